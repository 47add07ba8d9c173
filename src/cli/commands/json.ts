/**
 * `mmcfg json FILE.py`: prints the merged config as `json.dumps(Config.fromfile(FILE).to_dict())`
 * would, choosing MMCV 1.x or MMEngine semantics from the file (see detectDialect).
 */
import { printJson } from '../../core/index.ts';
import { reportDiagnostics } from '../diagnosticText.ts';
import { loadConfigFromDisk } from '../loadFromDisk.ts';
import { writeOut } from '../output.ts';
import { UsageError } from '../usage.ts';

export async function run(args: string[]): Promise<number> {
  const [file, ...rest] = args;
  if (file === undefined || file.startsWith('-') || rest.length > 0) throw new UsageError('usage: mmcfg json FILE.py');
  const load = loadConfigFromDisk(file);
  const errors = load.diagnostics.filter((d) => d.severity === 'error');
  if (reportDiagnostics(errors, file) || !load.ok) return 1;
  await writeOut(`${printJson(load.value.config)}\n`);
  return 0;
}
