import { normalizePath } from '../load/fileSystem.ts';

export interface InputFile {
  /** Path as the user gave it: a bare name, or relative to a dropped folder. */
  path: string;
  text: string;
}

/**
 * The leaf config among files dropped together: a `.py` no other file names as a base and that
 * does not live under `_base_/`; the first such file in the order given.
 */
export function pickEntryFile(files: readonly InputFile[]): InputFile | undefined {
  const py = files.filter((f) => f.path.endsWith('.py'));
  const named = new Set<string>();
  for (const f of py) {
    for (const m of f.text.matchAll(/['"]([^'"]+\.py)['"]/g)) named.add(normalizePath(m[1] as string).split('/').pop() ?? '');
  }
  const leaves = py.filter((f) => !/(^|\/)_base_\//.test(f.path));
  return leaves.find((f) => !named.has(f.path.split('/').pop() ?? '')) ?? leaves[0] ?? py[0];
}

/**
 * Where a file the user gave without a folder is placed, so that mmdet's usual
 * `../_base_/...` references resolve to the built-in bases: `configs/<name>/<file>`.
 */
export function placeLooseFile(path: string): string {
  const p = normalizePath(path);
  return p.includes('/') ? p : `configs/studio/${p}`;
}
