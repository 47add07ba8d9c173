import type { Diagnostic, FieldMessage } from '../../core/index.ts';
import { ruleOf } from '../fields/FieldMessages.tsx';
import { pickText } from '../i18n.ts';

type Range = Pick<Diagnostic, 'line' | 'column' | 'endLine' | 'endColumn'>;

/** A diagnostic placed on the code pane's text, in the UI language. */
export interface LocatedProblem {
  range: Range;
  severity: FieldMessage['severity'];
  rule: string;
  text: string;
  fix?: FieldMessage['fix'];
  fixTitle: string;
}

/**
 * The messages placed where the shown text writes their field (or the deepest written part of it,
 * so an inherited `optimizer.momentum` marks `optimizer = dict(...)`); messages of fields the text
 * does not write at all are left to the forms and the Problems list.
 */
export function locateProblems(messages: readonly FieldMessage[], locate: (path: readonly string[]) => Range | undefined, language: 'en' | 'zh'): LocatedProblem[] {
  const out: LocatedProblem[] = [];
  for (const m of messages) {
    const found = locate(m.path);
    if (!found) continue;
    // A whole multi-line dict would be one long squiggle: mark its first line only.
    const range = found.endLine !== undefined && found.endLine > found.line ? { line: found.line, column: found.column, endLine: found.line, endColumn: 1000 } : found;
    out.push({ range, severity: m.severity, rule: ruleOf(m), text: pickText(m.message, language), ...(m.fix ? { fix: m.fix } : {}), fixTitle: m.fix ? pickText(m.fix.title, language) : '' });
  }
  return out;
}
