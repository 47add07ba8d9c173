/** The CLI's one error format: `FILE:LINE:COL: error|warning: message`, as compilers print. */
import { relative } from 'node:path';
import type { Diagnostic } from '../core/index.ts';

/** Formats a diagnostic; `fallbackFile` names the file when the diagnostic carries none. */
export function formatDiagnostic(d: Diagnostic, fallbackFile: string): string {
  const file = d.file === undefined ? fallbackFile : relativeIfInside(d.file);
  return `${file}:${d.line}:${d.column}: ${d.severity}: ${d.message}`;
}

/** A path as the user would type it: relative to the working directory when inside it. */
export function relativeIfInside(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel === '' || rel.startsWith('..') ? path : rel;
}

/** Orders diagnostics by file, then position, for reading top to bottom. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) => (a.file ?? '').localeCompare(b.file ?? '') || a.line - b.line || a.column - b.column,
  );
}

/** Writes each diagnostic on its own stderr line; true when any is an error. */
export function reportDiagnostics(diagnostics: readonly Diagnostic[], fallbackFile: string): boolean {
  for (const d of sortDiagnostics(diagnostics)) process.stderr.write(`${formatDiagnostic(d, fallbackFile)}\n`);
  return diagnostics.some((d) => d.severity === 'error');
}
