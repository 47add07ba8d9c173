/**
 * `mmcfg export FILE.py [--standalone]`: prints FILE as the studio exports it after importing it
 * unchanged. By default the file keeps its `_base_` and comes back as written; `--standalone`
 * writes one file without `_base_` holding every key. Bases resolve relative to FILE, as in Python.
 */
import { exportFromImported, type ExportResult } from '../../core/index.ts';
import { dialectById } from '../../core/entries/allDialects.ts';
import { reportDiagnostics } from '../diagnosticText.ts';
import { importDocumentFromDisk } from '../loadFromDisk.ts';
import { writeOut } from '../output.ts';
import { UsageError } from '../usage.ts';

/** Imports `file` from disk and exports it unchanged; load errors come back as diagnostics. */
export function exportFile(file: string, standalone: boolean): ExportResult {
  const load = importDocumentFromDisk(file);
  const loadErrors = load.diagnostics.filter((d) => d.severity === 'error');
  if (!load.ok || loadErrors.length > 0) return { text: '', diagnostics: loadErrors, changedKeys: [] };
  // The writer fallback needs a schedule base only for an inherit export of a file that cannot
  // be patched; the studio's default (schedule_1x) is what the app would use for a fresh import.
  const { write } = dialectById(load.value.dialect);
  return exportFromImported(load.value, load.value.config, { mode: standalone ? 'standalone' : 'inherit', scheduleBase: '1x' }, write);
}

export async function run(args: string[]): Promise<number> {
  const standalone = args.includes('--standalone');
  const rest = args.filter((a) => a !== '--standalone');
  const [file, ...extra] = rest;
  if (file === undefined || extra.length > 0 || file.startsWith('-')) throw new UsageError('usage: mmcfg export FILE.py [--standalone]');
  const result = exportFile(file, standalone);
  if (reportDiagnostics(result.diagnostics, file)) return 1;
  await writeOut(result.text);
  return 0;
}
