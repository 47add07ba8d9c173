/**
 * `mmcfg check FILE.py`: loads the config and its bases and prints each problem as
 * `FILE:LINE:COL: error|warning: message`; exit code 1 when any is an error.
 */
import { relative, resolve } from 'node:path';
import { loadConfig, type LoadResult } from '../../core/entries/loader.ts';
import type { Diagnostic } from '../../core/index.ts';
import { nodeFs } from './json.ts';
import { checkRuntimeFields } from './runtimeChecks.ts';

/** A config-level check run after loading; the lead adds semantic checks here. */
export type ConfigCheck = (loaded: LoadResult) => Diagnostic[];

/** Extra checks run by `check`, after the reader's and loader's own diagnostics. */
export const configChecks: ConfigCheck[] = [checkRuntimeFields];

/** Formats a diagnostic like a compiler: `FILE:LINE:COL: severity: message`. */
export function formatDiagnostic(d: Diagnostic, fallbackFile: string): string {
  const file = d.file === undefined ? fallbackFile : relativeIfInside(d.file);
  return `${file}:${d.line}:${d.column}: ${d.severity}: ${d.message}`;
}

function relativeIfInside(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') ? path : rel;
}

/** Orders diagnostics by file, then position, for reading top to bottom. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) => (a.file ?? '').localeCompare(b.file ?? '') || a.line - b.line || a.column - b.column,
  );
}

/** Loads a config and returns every diagnostic: the loader's and those of {@link configChecks}. */
export function checkConfigFile(file: string, checks: readonly ConfigCheck[] = configChecks): Diagnostic[] {
  const loaded = loadConfig(resolve(file), nodeFs);
  return sortDiagnostics([...loaded.diagnostics, ...checks.flatMap((check) => check(loaded))]);
}

export async function run(args: string[]): Promise<number> {
  const [file, ...rest] = args;
  if (file === undefined || rest.length > 0) {
    process.stderr.write('usage: mmcfg check FILE.py\n');
    return 2;
  }
  const diagnostics = checkConfigFile(file);
  for (const d of diagnostics) process.stdout.write(`${formatDiagnostic(d, file)}\n`);
  return diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}
