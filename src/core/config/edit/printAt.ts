/** Printing a value where it will sit in an existing file (its line's indent and column). */
import { printValue } from '../../python/printValue.ts';
import type { PyValue } from '../../python/value.ts';
import { isPyDict, isPyMap, isPyRef, isPyTuple } from '../../python/value.ts';
import { indentOf, lineStartOf } from './textEdits.ts';


/** A value the MMCV-style printer cannot write (an MMEngine lazy-import class reference). */
export class UnprintableValueError extends Error {}

/**
 * Writes `value` as it would start at `offset` of `text`, breaking lines with the indent of that
 * line, within 79 columns as MMDetection's yapf style does.
 * @throws UnprintableValueError for a class reference ({ $ref }), which has no literal form.
 */
export function printValueAt(value: PyValue, text: string, offset: number, extraColumn = 0): string {
  assertPrintable(value);
  const indent = indentOf(text, offset).length;
  return printValue(value, indent, 79, offset - lineStartOf(text, offset) + extraColumn);
}

/** Writes `value` for a new line indented by `indent` spaces, after `prefix` on that line. */
export function printValueIndented(value: PyValue, indent: number, prefix: string): string {
  assertPrintable(value);
  return printValue(value, indent, 79, indent + prefix.length);
}

function assertPrintable(value: PyValue): void {
  if (isPyRef(value)) throw new UnprintableValueError(`a class reference (${value.module}.${value.$ref}) cannot be written as a literal`);
  if (Array.isArray(value)) value.forEach(assertPrintable);
  else if (isPyTuple(value)) value.$tuple.forEach(assertPrintable);
  else if (isPyDict(value)) Object.values(value).forEach(assertPrintable);
  else if (isPyMap(value)) value.$map.flat().forEach(assertPrintable);
}
