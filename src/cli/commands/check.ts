/**
 * `mmcfg check FILE.py`: loads the config and its bases and prints each problem as
 * `FILE:LINE:COL: error|warning: message`; exit code 1 when any is an error.
 */
import type { LoadResult } from '../../core/entries/loader.ts';
import type { Diagnostic } from '../../core/index.ts';
import { formatDiagnostic, sortDiagnostics } from '../diagnosticText.ts';
import { loadConfigFromDisk } from '../loadFromDisk.ts';
import { writeOut } from '../output.ts';
import { UsageError } from '../usage.ts';
import { checkRuntimeFields } from './runtimeChecks.ts';

/** A config-level check run after loading; the lead adds semantic checks here. */
export type ConfigCheck = (loaded: LoadResult) => Diagnostic[];

/** Extra checks run by `check`, after the reader's and loader's own diagnostics. */
export const configChecks: ConfigCheck[] = [checkRuntimeFields];

/** Loads a config and returns every diagnostic: the loader's and those of {@link configChecks}. */
export function checkConfigFile(file: string, checks: readonly ConfigCheck[] = configChecks): Diagnostic[] {
  const load = loadConfigFromDisk(file);
  if (!load.ok) return load.diagnostics;
  const loaded = load.value;
  return sortDiagnostics([...load.diagnostics, ...checks.flatMap((check) => check(loaded))]);
}

export async function run(args: string[]): Promise<number> {
  const [file, ...rest] = args;
  if (file === undefined || file.startsWith('-') || rest.length > 0) throw new UsageError('usage: mmcfg check FILE.py');
  const diagnostics = checkConfigFile(file);
  await writeOut(diagnostics.map((d) => `${formatDiagnostic(d, file)}\n`).join(''));
  return diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}
