/**
 * `mmcfg json FILE...`: prints the merged config as `json.dumps(Config.fromfile(FILE).to_dict())`
 * would, choosing MMCV 1.x or MMEngine semantics from the file (see detectDialect). One file keeps
 * that plain output (errors on stderr as `FILE:LINE:COL: error: message`); several files print one
 * JSON line each, `{"file": PATH, "config": {...}}` or `{"file": PATH, "error": "FILE:LINE:COL: ..."}`,
 * so outputs line up with inputs even when a file fails. Exit 1 when any file fails.
 */
import { printJson } from '../../core/index.ts';
import { formatDiagnostic, reportDiagnostics, sortDiagnostics } from '../diagnosticText.ts';
import { loadConfigFromDisk } from '../loadFromDisk.ts';
import { writeOut } from '../output.ts';
import { UsageError } from '../usage.ts';

export async function run(args: string[]): Promise<number> {
  if (args.length === 0 || args.some((a) => a.startsWith('-'))) throw new UsageError('usage: mmcfg json FILE...');
  const [only] = args;
  if (args.length === 1 && only !== undefined) {
    const load = loadConfigFromDisk(only);
    const errors = load.diagnostics.filter((d) => d.severity === 'error');
    if (reportDiagnostics(errors, only) || !load.ok) return 1;
    await writeOut(`${printJson(load.value.config)}\n`);
    return 0;
  }
  let exitCode = 0;
  for (const file of args) {
    const load = loadConfigFromDisk(file);
    const errors = sortDiagnostics(load.diagnostics.filter((d) => d.severity === 'error'));
    const first = errors[0];
    if (!load.ok || first) {
      exitCode = 1;
      const error = first ? formatDiagnostic(first, file) : `${file}:1:1: error: cannot be loaded`;
      await writeOut(`{"file":${JSON.stringify(file)},"error":${JSON.stringify(error)}}\n`);
      continue;
    }
    await writeOut(`{"file":${JSON.stringify(file)},"config":${printJson(load.value.config)}}\n`);
  }
  return exitCode;
}
