/**
 * Where a config text writes a field, as editor lines: for the code pane's markers and "reveal
 * field" when a diagnostic comes from a config without source locations (one made in the forms,
 * then written by the writer). The deepest entry of the path literally written is the answer
 * (`optimizer = dict(...)` for an inherited `optimizer.momentum`).
 */
import type { Diagnostic } from './diagnostics.ts';
import { LineIndex } from './diagnostics.ts';
import { locateKeyPath } from './locate.ts';
import { parsePython } from './parse.ts';

export type TextRange = Pick<Diagnostic, 'line' | 'column' | 'endLine' | 'endColumn'>;

/** A locator for one text: parses once, then answers each path (undefined when not written). */
export function fieldLocator(text: string): (path: readonly string[]) => TextRange | undefined {
  const { tree } = parsePython(text);
  const lines = new LineIndex(text);
  return (path) => {
    const span = locateKeyPath(tree, path);
    if (!span) return undefined;
    const { line, column, endLine, endColumn } = lines.diagnose(span, 'warning', '');
    return { line, column, endLine, endColumn };
  };
}
