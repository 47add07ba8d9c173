/**
 * `mmcfg export FILE.py [--standalone]`: prints FILE as the studio exports it after importing it
 * unchanged. By default the file keeps its `_base_` and comes back as written; `--standalone`
 * writes one file without `_base_` holding every key. Bases resolve relative to FILE, as in Python.
 */
import { resolve } from 'node:path';
import { exportImported, importDocument, type ExportResult } from '../../core/index.ts';
import { formatDiagnostic, sortDiagnostics } from './check.ts';
import { nodeFs } from './json.ts';

/** Imports `file` from disk and exports it unchanged; load errors come back as diagnostics. */
export function exportFile(file: string, standalone: boolean): ExportResult {
  const doc = importDocument(resolve(file), nodeFs);
  const loadErrors = doc.diagnostics.filter((d) => d.severity === 'error');
  if (loadErrors.length > 0) return { text: '', diagnostics: loadErrors, changedKeys: [] };
  return exportImported(doc, doc.config, { mode: standalone ? 'standalone' : 'inherit' });
}

export async function run(args: string[]): Promise<number> {
  const standalone = args.includes('--standalone');
  const rest = args.filter((a) => a !== '--standalone');
  const [file, ...extra] = rest;
  if (file === undefined || extra.length > 0 || file.startsWith('--')) {
    process.stderr.write('usage: mmcfg export FILE.py [--standalone]\n');
    return 2;
  }
  const result = exportFile(file, standalone);
  const diagnostics = sortDiagnostics(result.diagnostics);
  for (const d of diagnostics) process.stderr.write(`${formatDiagnostic(d, file)}\n`);
  if (diagnostics.some((d) => d.severity === 'error')) return 1;
  process.stdout.write(result.text);
  return 0;
}
