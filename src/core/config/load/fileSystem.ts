/**
 * File access for the loaders, abstract so the same core runs in Node (the CLI, tests) and in
 * the browser (files the user dropped in). Paths use `/`; relative paths are resolved the way
 * `os.path.join(dirname(file), base)` followed by normalization would.
 */

export interface ConfigFs {
  /** The file's text, or undefined when there is no such file. */
  readFile(path: string): string | undefined;
}

/** Makes a {@link ConfigFs} over an in-memory map of path to text (paths are normalized). */
export function createMemoryFs(files: Record<string, string> | Map<string, string>): ConfigFs {
  const map = new Map<string, string>();
  for (const [k, v] of files instanceof Map ? files : Object.entries(files)) map.set(normalizePath(k), v);
  return { readFile: (path) => map.get(normalizePath(path)) };
}

/** Collapses `.` and `..` segments and duplicate slashes; keeps a leading `/`. */
export function normalizePath(path: string): string {
  const absolute = path.startsWith('/');
  const out: string[] = [];
  for (const part of path.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else if (part !== '..' || !absolute) out.push(part);
  }
  return (absolute ? '/' : '') + out.join('/');
}

/** The directory part of a path (`''` for a bare file name). */
export function dirnamePath(path: string): string {
  const i = path.replace(/\\/g, '/').lastIndexOf('/');
  return i < 0 ? '' : i === 0 ? '/' : path.slice(0, i);
}

/** Joins like `os.path.join`: an absolute second part wins. */
export function joinPath(dir: string, rel: string): string {
  if (rel.startsWith('/') || dir === '') return normalizePath(rel);
  return normalizePath(`${dir}/${rel}`);
}

/** The file name without its directory. */
export function basenamePath(path: string): string {
  return path.replace(/\\/g, '/').split('/').pop() ?? path;
}
