/**
 * `mmcfg json FILE.py`: prints the merged config as `json.dumps(Config.fromfile(FILE).to_dict())`
 * would, choosing MMCV 1.x or MMEngine semantics from the file (see detectDialect).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadConfig, type ConfigFs } from '../../core/entries/loader.ts';
import { printJson } from '../../core/index.ts';
import { formatDiagnostic, sortDiagnostics } from './check.ts';

/** Reads files from disk for the loader; a missing file is `undefined`, not an exception. */
export const nodeFs: ConfigFs = {
  readFile(path) {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
  },
};

export async function run(args: string[]): Promise<number> {
  const [file, ...rest] = args;
  if (file === undefined || rest.length > 0) {
    process.stderr.write('usage: mmcfg json FILE.py\n');
    return 2;
  }
  const result = loadConfig(resolve(file), nodeFs);
  const errors = sortDiagnostics(result.diagnostics.filter((d) => d.severity === 'error'));
  for (const d of errors) process.stderr.write(`${formatDiagnostic(d, file)}\n`);
  if (errors.length > 0) return 1;
  process.stdout.write(`${printJson(result.config)}\n`);
  return 0;
}
