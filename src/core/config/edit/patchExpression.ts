/**
 * Rewrites one expression of an imported file so it evaluates to a new value, touching as little
 * text as possible: inside a `dict(...)` call or `{...}` display only the changed entries are
 * replaced, dropped entries removed and new ones added in the surrounding layout; anything else
 * is replaced by the new value printed in MMCV style (a variable read such as
 * `max_epochs=max_epochs` becomes the literal, the variable itself is left alone).
 */
import type { Expr } from '../../python/ast.ts';
import type { Span } from '../../python/diagnostics.ts';
import { isPythonName } from '../../python/printValue.ts';
import { reprStringSource } from '../../python/repr.ts';
import type { PyDict, PyValue } from '../../python/value.ts';
import { isPyDict, pyEqual } from '../../python/value.ts';
import { deleteKey } from '../write/diffAgainstBase.ts';
import { printValueAt, printValueIndented } from './printAt.ts';
import type { TextEdit } from './textEdits.ts';
import { applyTextEdits, endsLineAfter, indentOf, lineEndAfterBreak, lineStartOf, startsLine, wholeLines } from './textEdits.ts';

interface Entry {
  key: string;
  value: Expr;
  span: Span;
}

/** A dict written literally with one entry per key: what can be patched entry by entry. */
interface DictShape {
  form: 'call' | 'display';
  entries: Entry[];
}

/**
 * Appends to `edits` what turns `expr` (which evaluates to `own`) into source evaluating to
 * `desired`. Nothing is added when the two are equal.
 * @throws UnprintableValueError when a changed part holds a class reference.
 */
export function patchExpression(text: string, expr: Expr, own: PyValue, desired: PyValue, edits: TextEdit[]): void {
  if (pyEqual(own, desired)) return;
  const shape = readDictShape(expr);
  if (shape && isPyDict(own) && isPyDict(desired) && matchesKeys(shape, own) && patchDict(text, expr.span, shape, own, desired, edits)) return;
  edits.push({ start: expr.span.start, end: expr.span.end, text: printValueAt(desired, text, expr.span.start) });
}

function readDictShape(expr: Expr): DictShape | undefined {
  const entries: Entry[] = [];
  if (expr.kind === 'Call' && expr.func.kind === 'Name' && expr.func.id === 'dict') {
    for (const arg of expr.args) {
      if (arg.kind !== 'keyword') return undefined;
      entries.push({ key: arg.name, value: arg.value, span: arg.span });
    }
    return unique(entries) ? { form: 'call', entries } : undefined;
  }
  if (expr.kind === 'Dict') {
    for (const item of expr.items) {
      if (!('key' in item) || item.key.kind !== 'String') return undefined;
      entries.push({ key: item.key.value, value: item.value, span: item.span });
    }
    return unique(entries) ? { form: 'display', entries } : undefined;
  }
  return undefined;
}

function unique(entries: Entry[]): boolean {
  return new Set(entries.map((e) => e.key)).size === entries.length;
}

function matchesKeys(shape: DictShape, own: PyDict): boolean {
  const keys = Object.keys(own);
  return keys.length === shape.entries.length && shape.entries.every((e) => Object.hasOwn(own, e.key));
}

/** Patches entry by entry; false when the dict must be reprinted whole instead. */
function patchDict(text: string, span: Span, shape: DictShape, own: PyDict, desired: PyDict, edits: TextEdit[]): boolean {
  const { entries } = shape;
  const kept = entries.filter((e) => Object.hasOwn(desired, e.key));
  const added = Object.keys(desired).filter((k) => !entries.some((e) => e.key === k));
  const anchor = kept[kept.length - 1];
  if (anchor === undefined) return false;
  if (shape.form === 'call' && !added.every(isPythonName)) return false;
  const local: TextEdit[] = [];
  for (const e of kept) patchExpression(text, e.value, own[e.key] ?? null, desired[e.key] ?? null, local);
  local.push(...removeEntries(text, entries, desired));
  const entryText = (key: string, indent: number): string => {
    const prefix = shape.form === 'call' ? `${key}=` : `${reprStringSource(key)}: `;
    return prefix + printValueIndented(desired[key] ?? null, indent, prefix);
  };
  const first = entries[0];
  if (added.includes(deleteKey) && first !== undefined) {
    const ownLine = startsLine(text, first.span.start);
    const sep = ownLine ? `,\n${indentOf(text, first.span.start)}` : ', ';
    local.push({ start: first.span.start, end: first.span.start, text: entryText(deleteKey, 0) + sep });
  }
  const tail = added.filter((k) => k !== deleteKey);
  if (tail.length > 0) local.push(...insertAfter(text, anchor, tail, entryText));
  if (overlaps(local) || (added.length > 0 && overflowsLines(text, span, local))) return false;
  edits.push(...local);
  return true;
}

/**
 * Removes the entries `desired` lacks: a whole line when the entry has its own line, otherwise
 * the entry with the comma that separates it from its neighbour.
 */
function removeEntries(text: string, entries: Entry[], desired: PyDict): TextEdit[] {
  const out: TextEdit[] = [];
  let i = 0;
  while (i < entries.length) {
    if (Object.hasOwn(desired, (entries[i] as Entry).key)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < entries.length && !Object.hasOwn(desired, (entries[j + 1] as Entry).key)) j++;
    const run = entries.slice(i, j + 1);
    const next = entries[j + 1];
    const prev = entries[i - 1];
    if (run.every((e) => startsLine(text, e.span.start) && endsLineAfter(text, e.span.end))) {
      for (const e of run) out.push({ ...wholeLines(text, e.span), text: '' });
    } else if (next !== undefined) {
      out.push({ start: (run[0] as Entry).span.start, end: next.span.start, text: '' });
    } else if (prev !== undefined) {
      out.push({ start: prev.span.end, end: (run[run.length - 1] as Entry).span.end, text: '' });
    }
    i = j + 1;
  }
  return out;
}

/** New entries after `anchor`, one per line when the entries are one per line, else inline. */
function insertAfter(text: string, anchor: Entry, keys: string[], entryText: (key: string, indent: number) => string): TextEdit[] {
  const at = anchor.span.end;
  if (!startsLine(text, anchor.span.start)) {
    const column = at - text.lastIndexOf('\n', at - 1) - 1;
    return [{ start: at, end: at, text: keys.map((k) => `, ${entryText(k, column)}`).join('') }];
  }
  const indent = indentOf(text, anchor.span.start);
  const lineEnd = lineEndAfterBreak(text, at);
  const rest = text.slice(at, lineEnd);
  const comment = /^([ \t]*,)?[ \t]*#[^\r\n]*/.exec(rest);
  if (comment === null) {
    return [{ start: at, end: at, text: keys.map((k) => `,\n${indent}${entryText(k, indent.length)}`).join('') }];
  }
  // Keep the anchor's trailing comment on the anchor's line: new entries go on the lines after it.
  const hasComma = comment[1] !== undefined;
  const lines = keys.map((k) => `\n${indent}${entryText(k, indent.length)}`).join(',');
  const afterComment = at + comment[0].length;
  return [
    ...(hasComma ? [] : [{ start: at, end: at, text: ',' }]),
    { start: afterComment, end: afterComment, text: lines + (hasComma ? ',' : '') },
  ];
}

/** True when two edits touch the same text (a removal swallowing a comment an insertion follows). */
function overlaps(edits: TextEdit[]): boolean {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  return sorted.some((e, i) => i > 0 && e.start < (sorted[i - 1] as TextEdit).end);
}

const lineWidth = 79;

/**
 * True when the patch pushes a line of the dict past 79 columns that was within them: inline
 * additions to a one-line dict then read better reprinted, broken the way yapf would.
 */
function overflowsLines(text: string, span: Span, edits: TextEdit[]): boolean {
  const start = lineStartOf(text, span.start);
  const end = lineEndAfterBreak(text, span.end);
  const region = text.slice(start, end);
  const shifted = edits.map((e) => ({ start: e.start - start, end: e.end - start, text: e.text }));
  const longest = (s: string): number => s.split(/\r\n|\n|\r/).reduce((m, l) => Math.max(m, l.length), 0);
  return longest(applyTextEdits(region, shifted)) > Math.max(lineWidth, longest(region));
}
