/**
 * `mmcfg json FILE.py`: prints the merged config as `json.dumps(Config.fromfile(FILE).to_dict())`
 * would, choosing MMCV 1.x or MMEngine semantics from the file (see detectDialect).
 */
import { readFileSync, statSync } from 'node:fs';
import { limits } from '../../core/limits.ts';
import { resolve } from 'node:path';
import { loadConfig } from '../../core/config/load/loadConfig.ts';
import type { ConfigFs } from '../../core/config/load/loadConfig.ts';
import { printJson } from '../../core/python/jsonText.ts';
import { formatDiagnostic, sortDiagnostics } from './check.ts';

/** Reads files from disk for the loader; a missing file is `undefined`, not an exception. */
export const nodeFs: ConfigFs = {
  readFile(path) {
    try {
      // Only regular files: `/dev/zero` or a FIFO would never end. An oversized file is cut at the
      // limit plus one character, so the loader reports it by its size without reading it all.
      const stat = statSync(path);
      if (!stat.isFile()) return undefined;
      if (stat.size > limits.fileSize.value * 4) return 'x'.repeat(limits.fileSize.value + 1);
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
