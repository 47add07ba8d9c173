/**
 * Loading a config from disk for a CLI command. Two differences from the app, both because the
 * CLI sees the whole disk as `Config.fromfile` does: a missing `_base_` is an error (mmcv and
 * mmengine raise FileNotFoundError; the app only warns, since a user may drop a leaf without its
 * bases), and a path that is no readable text file is one located error saying what it is.
 */
import { resolve } from 'node:path';
import { importDocument, type Diagnostic, type ImportedDoc } from '../core/index.ts';
import { loadConfig, type LoadResult } from '../core/entries/loader.ts';
import { nodeFs, readConfigText } from './readConfigText.ts';

/** A loaded config with every diagnostic the CLI reports, or only the reason it could not load. */
export type DiskLoad<T> = { ok: true; value: T; diagnostics: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] };

/** `Config.fromfile(file)` semantics over the disk, with the CLI's stricter diagnostics. */
export function loadConfigFromDisk(file: string): DiskLoad<LoadResult> {
  const path = resolve(file);
  const problem = describeUnreadableRoot(path, file);
  if (problem) return { ok: false, diagnostics: [problem] };
  const loaded = loadConfig(path, nodeFs);
  return { ok: true, value: loaded, diagnostics: withMissingBasesAsErrors(loaded) };
}

/** {@link importDocument} over the disk, with the CLI's stricter diagnostics. */
export function importDocumentFromDisk(file: string): DiskLoad<ImportedDoc> {
  const path = resolve(file);
  const problem = describeUnreadableRoot(path, file);
  if (problem) return { ok: false, diagnostics: [problem] };
  const doc = importDocument(path, nodeFs);
  return { ok: true, value: doc, diagnostics: withMissingBasesAsErrors(doc.loaded) };
}

function describeUnreadableRoot(path: string, written: string): Diagnostic | undefined {
  const read = readConfigText(path);
  if ('text' in read) return undefined;
  return { file: path, line: read.line, column: read.column, severity: 'error', message: `${written} ${read.problem}` };
}

/**
 * The loader's diagnostics with each missing base turned from a warning into an error that names
 * the file looked for and why it gave nothing (not there, a directory, not text, ...).
 */
export function withMissingBasesAsErrors(loaded: LoadResult): Diagnostic[] {
  const missing = loaded.bases.filter((b) => b.source === 'missing');
  if (missing.length === 0) return loaded.diagnostics;
  const out = [...loaded.diagnostics];
  for (const base of missing) {
    const read = readConfigText(base.path);
    const why = 'text' in read ? 'was not found' : read.problem;
    const message = `base config '${base.written}' ${why}: ${base.path}`;
    // The loader's warning carries the location of the `_base_` entry: reuse it.
    const i = out.findIndex((d) => d.severity === 'warning' && d.file === base.from && d.message.includes(`(looked for ${base.path})`));
    const at = i >= 0 ? out[i] : undefined;
    const error: Diagnostic = { ...(at ?? { line: 1, column: 1 }), file: base.from, severity: 'error', message };
    if (i >= 0) out[i] = error;
    else if (!out.some((d) => d.severity === 'error' && d.message === message)) out.push(error);
  }
  return out;
}
