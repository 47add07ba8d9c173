/** Replacements in a source text by offset, and the line facts a patch needs to match its style. */
import type { Span } from '../../python/diagnostics.ts';

/** Replace `[start, end)` of the original text with `text` (an insertion when start === end). */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/**
 * Applies non-overlapping edits to `source`. Insertions at one offset keep the order they were
 * made in, so "add a comma after the last entry" then "add the new entry" read in that order.
 * @throws Error when two edits overlap (a bug in the patcher, not a user error).
 */
export function applyTextEdits(source: string, edits: readonly TextEdit[]): string {
  const ordered = edits.map((e, i) => ({ e, i })).sort((a, b) => a.e.start - b.e.start || a.e.end - b.e.end || a.i - b.i);
  let out = '';
  let at = 0;
  for (const { e } of ordered) {
    if (e.start < at) throw new Error(`overlapping text edits at offset ${e.start}`);
    out += source.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + source.slice(at);
}

/** Offset of the first character of the line holding `offset`. */
export function lineStartOf(text: string, offset: number): number {
  const nl = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1));
  return nl + 1;
}

/** Offset just past the line break ending the line that holds `offset` (or the text's end). */
export function lineEndAfterBreak(text: string, offset: number): number {
  const m = /\r\n|\n|\r/g;
  m.lastIndex = offset;
  const found = m.exec(text);
  return found ? found.index + found[0].length : text.length;
}

/** The leading spaces of the line holding `offset`. */
export function indentOf(text: string, offset: number): string {
  const start = lineStartOf(text, offset);
  return /^[ \t]*/.exec(text.slice(start))?.[0] ?? '';
}

/** True when only whitespace precedes `offset` on its line. */
export function startsLine(text: string, offset: number): boolean {
  return /^[ \t]*$/.test(text.slice(lineStartOf(text, offset), offset));
}

/** True when the rest of the line after `offset` holds only whitespace, commas and a comment. */
export function endsLineAfter(text: string, offset: number): boolean {
  const end = lineEndAfterBreak(text, offset);
  return /^[ \t,]*(#[^\r\n]*)?(\r\n|\n|\r)?$/.test(text.slice(offset, end));
}

/** The whole lines covering a span, line break included: what deleting a statement removes. */
export function wholeLines(text: string, span: Span): Span {
  return { start: lineStartOf(text, span.start), end: lineEndAfterBreak(text, span.end) };
}

/** The line break the file uses (CRLF files stay CRLF). */
export function lineBreakOf(text: string): string {
  return /\r\n/.test(text) ? '\r\n' : '\n';
}
