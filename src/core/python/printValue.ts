import type { PyValue } from './value.ts';
import { isPyBigInt, isPyDict, isPyFloat, isPyTuple } from './value.ts';

/**
 * Writes a PyValue as Python source in the style of MMCV/MMDetection configs (yapf, pep8,
 * 79 columns): `dict(k=v)` when every key can be a keyword argument, `{'k': v}` otherwise,
 * tuples as tuples (`('x', )` for one item, as yapf writes it), floats as Python's `repr`.
 *
 * Lines are broken after `dict(` / `[` / `(` / `{` with a 4-space hanging indent; items go
 * on one continuation line when they fit, else one per line (scalars are packed), and closing
 * brackets stay on the last item's line as yapf leaves them.
 *
 * @param indent indentation of the line the value starts on; continuation lines add 4.
 * @param width the column limit.
 * @param column where on its first line the value starts (e.g. after `optimizer = `).
 */
export function printValue(value: PyValue, indent = 0, width = 79, column = indent): string {
  const text = layoutValue(value, { indent, column, trailing: 0, width });
  // yapf leaves the closing bracket of a split statement-level list on a line of its own
  // (`_base_ = [\n    ...\n]`, `train_pipeline = [...]` in the mmdet files).
  return Array.isArray(value) && text.includes('\n') ? `${text.slice(0, -1)}\n${' '.repeat(indent)}]` : text;
}

const pythonKeywords = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue',
  'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import',
  'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while',
  'with', 'yield',
]);

/**
 * True when `name` can be written as `name=` in `dict(...)` or as a module-level name.
 * Only ASCII identifiers count: Python NFKC-normalises non-ASCII identifiers (`ﬁ` becomes
 * `fi`), so such keys go through the `{'key': v}` form, which keeps them byte for byte.
 */
export function isPythonName(name: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !pythonKeywords.has(name);
}

/** Writes a Python float the way `repr(float)` does: shortest round-trip digits. */
export function printFloat(x: number): string {
  if (Number.isNaN(x)) return "float('nan')";
  if (x === Infinity) return "float('inf')";
  if (x === -Infinity) return "float('-inf')";
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const sign = x < 0 ? '-' : '';
  const { digits, exp } = decomposeShortest(Math.abs(x));
  // CPython's float_repr_style 'short' switches to exponent form outside 1e-4 <= |x| < 1e16.
  if (exp < -4 || exp >= 16) {
    const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const e = String(Math.abs(exp)).padStart(2, '0');
    return `${sign}${mantissa}e${exp < 0 ? '-' : '+'}${e}`;
  }
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  if (digits.length <= exp + 1) return `${sign}${digits.padEnd(exp + 1, '0')}.0`;
  return `${sign}${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
}

/** The significant digits (no trailing zeros) and decimal exponent of JS's shortest round-trip form. */
function decomposeShortest(abs: number): { digits: string; exp: number } {
  const text = String(abs);
  const [mantissa = '', expText] = text.split('e');
  const [intPart = '', fracPart = ''] = mantissa.split('.');
  let exp = (expText === undefined ? 0 : Number(expText)) + intPart.length - 1;
  let digits = intPart + fracPart;
  const leadingZeros = digits.length - digits.replace(/^0+/, '').length;
  digits = digits.slice(leadingZeros).replace(/0+$/, '');
  exp -= leadingZeros;
  return { digits: digits === '' ? '0' : digits, exp };
}

/** Writes a Python int; integers past 2**53 keep every digit of the double they hold. */
export function printInt(x: number): string {
  return Number.isSafeInteger(x) ? String(x) : BigInt(x).toString();
}

/**
 * Writes a str literal with `repr`'s quote choice: single quotes unless the text holds `'` and
 * no `"`. Non-printable characters are escaped; `{{` is written `{\x7b` because mmcv 1.x
 * rewrites `{{ fileDirname }}` and `{{ _base_.x }}` in the raw file text before running it.
 */
export function printString(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  let afterBrace = false;
  for (const ch of s) {
    out += ch === '{' && afterBrace ? '\\x7b' : escapeChar(ch, quote);
    afterBrace = ch === '{' && !afterBrace;
  }
  return out + quote;
}

const simpleEscapes: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeChar(ch: string, quote: string): string {
  if (ch === quote) return `\\${quote}`;
  const simple = simpleEscapes[ch];
  if (simple !== undefined) return simple;
  if (ch === ' ' || !/[\p{C}\p{Z}]/u.test(ch)) return ch;
  const cp = ch.codePointAt(0) ?? 0;
  const hex = cp.toString(16);
  if (cp < 0x100) return `\\x${hex.padStart(2, '0')}`;
  if (cp < 0x10000) return `\\u${hex.padStart(4, '0')}`;
  return `\\U${hex.padStart(8, '0')}`;
}

interface Place {
  indent: number;
  column: number;
  /** Characters that will follow the value on its last line (closing brackets, a comma). */
  trailing: number;
  width: number;
}

interface Container {
  open: string;
  close: string;
  items: { prefix: string; value: PyValue; forceMapping?: boolean }[];
  oneTuple: boolean;
}

/**
 * Keys whose dict value is written `{'k': v}` even when its keys are identifiers, as MMDetection
 * writes `custom_keys={'backbone': dict(lr_mult=0.1)}` (its keys are parameter-name prefixes).
 */
const mappingValuedKeys = new Set(['custom_keys']);

function toContainer(v: PyValue, forceMapping = false): Container | undefined {
  if (Array.isArray(v)) return { open: '[', close: ']', items: v.map((value) => ({ prefix: '', value })), oneTuple: false };
  if (isPyTuple(v)) {
    return { open: '(', close: ')', items: v.$tuple.map((value) => ({ prefix: '', value })), oneTuple: v.$tuple.length === 1 };
  }
  if (isPyDict(v)) {
    const keys = Object.keys(v);
    const asCall = !forceMapping && keys.every(isPythonName);
    return {
      open: asCall ? 'dict(' : '{',
      close: asCall ? ')' : '}',
      items: keys.map((k) => ({
        prefix: asCall ? `${k}=` : `${printString(k)}: `,
        value: v[k] ?? null,
        forceMapping: mappingValuedKeys.has(k),
      })),
      oneTuple: false,
    };
  }
  return undefined;
}

function printScalar(v: PyValue): string {
  if (v === null) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (typeof v === 'string') return printString(v);
  if (typeof v === 'number') return Number.isInteger(v) ? printInt(v) : printFloat(v);
  if (isPyFloat(v)) return printFloat(v.$float);
  if (isPyBigInt(v)) return v.$int;
  return '';
}

function printFlat(v: PyValue, forceMapping = false): string {
  const c = toContainer(v, forceMapping);
  if (c === undefined) return printScalar(v);
  const body = c.items.map((it) => it.prefix + printFlat(it.value, it.forceMapping)).join(', ');
  return c.open + body + (c.oneTuple ? ', ' : '') + c.close;
}

/**
 * `printFlat(v)` when it has at most `max` characters, else undefined. Stops as soon as the text
 * is too long, so deciding whether a huge value fits on a line costs O(max), not O(size): the
 * layout asks that at every nesting level.
 */
function printFlatWithin(v: PyValue, max: number, forceMapping = false): string | undefined {
  const c = toContainer(v, forceMapping);
  if (c === undefined) {
    const text = printScalar(v);
    return text.length <= max ? text : undefined;
  }
  const parts: string[] = [c.open];
  let length = c.open.length + c.close.length + (c.oneTuple ? 2 : 0);
  for (let i = 0; i < c.items.length; i++) {
    const it = c.items[i];
    if (it === undefined) break;
    const sep = i > 0 ? ', ' : '';
    const item = printFlatWithin(it.value, max - length - sep.length - it.prefix.length, it.forceMapping);
    if (item === undefined) return undefined;
    length += sep.length + it.prefix.length + item.length;
    if (length > max) return undefined;
    parts.push(sep, it.prefix, item);
  }
  parts.push(c.oneTuple ? ', ' : '', c.close);
  return parts.join('');
}

function layoutValue(v: PyValue, at: Place, forceMapping = false): string {
  const c = toContainer(v, forceMapping);
  if (c === undefined) return printScalar(v);
  const flat = c.items.length === 0 ? printFlat(v, forceMapping) : printFlatWithin(v, at.width - at.column - at.trailing, forceMapping);
  if (flat !== undefined) return flat;
  const inner = at.indent + 4;
  const pad = ' '.repeat(inner);
  const tail = (c.oneTuple ? ',' : '') + c.close;
  const oneLine = printItemsWithin(c, at.width - inner - tail.length - at.trailing);
  if (oneLine !== undefined) return `${c.open}\n${pad}${oneLine}${tail}`;
  if (c.items.every((it) => toContainer(it.value) === undefined)) {
    const flatItems = c.items.map((it) => it.prefix + printFlat(it.value, it.forceMapping));
    return `${c.open}\n${pad}${packItems(flatItems, inner, at.width, at.width - tail.length - at.trailing).join(`\n${pad}`)}${tail}`;
  }
  const lines = c.items.map((it, i) => {
    const last = i === c.items.length - 1;
    const trailing = last ? tail.length + at.trailing : 1;
    const place = { indent: inner, column: inner + it.prefix.length, trailing, width: at.width };
    return it.prefix + layoutValue(it.value, place, it.forceMapping);
  });
  return `${c.open}\n${pad}${lines.join(`,\n${pad}`)}${tail}`;
}

/** The container's items joined by `, ` when that has at most `max` characters. */
function printItemsWithin(c: Container, max: number): string | undefined {
  const parts: string[] = [];
  let length = 0;
  for (const [i, it] of c.items.entries()) {
    const sep = i > 0 ? ', ' : '';
    const item = printFlatWithin(it.value, max - length - sep.length - it.prefix.length, it.forceMapping);
    if (item === undefined) return undefined;
    length += sep.length + it.prefix.length + item.length;
    parts.push(sep, it.prefix, item);
  }
  return length <= max ? parts.join('') : undefined;
}

/**
 * Fills lines with scalar items as yapf does for long number lists: every line fits `width`,
 * the last one also leaves room for what closes the container (`lastWidth`).
 */
function packItems(items: string[], indent: number, width: number, lastWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  items.forEach((item, i) => {
    const last = i === items.length - 1;
    const piece = last ? item : `${item},`;
    const candidate = line === '' ? piece : `${line} ${piece}`;
    if (line !== '' && indent + candidate.length > (last ? lastWidth : width)) {
      lines.push(line);
      line = piece;
    } else {
      line = candidate;
    }
  });
  lines.push(line);
  return lines;
}
