/**
 * Python's `repr` and `str` of config values: the one place that spells floats, ints, strings,
 * tuples and dicts as CPython does. Messages, f-strings, form fields, JSON and the config writer
 * all print through here, so `1e-05`, `"it's"` and `(1,)` come out the same everywhere.
 */
import { isPyBigInt, isPyDict, isPyFloat, isPyMap, isPyRef, isPyTuple, refToString } from './value.ts';
import type { PyValue } from './value.ts';

/**
 * Python's `repr(float)`: shortest round-trip digits (JS and CPython both pick them), fixed
 * notation for 1e-4 <= |x| < 1e16, otherwise `1e-05` style with at least two exponent digits;
 * integral values keep `.0`; `nan`, `inf`, `-inf`, `-0.0`.
 */
export function formatFloat(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const [mant = '0', expText = '0'] = x.toExponential().split('e');
  const sign = mant.startsWith('-') ? '-' : '';
  const digits = mant.replace('-', '').replace('.', '');
  const exp = Number(expText);
  if (exp < -4 || exp >= 16) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  if (digits.length <= exp + 1) return `${sign}${digits.padEnd(exp + 1, '0')}.0`;
  return `${sign}${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
}

/**
 * A float as Python source text: {@link formatFloat}, except that `nan` and `inf` are not
 * literals, so they are written `float('nan')`, `float('inf')`, `float('-inf')`.
 */
export function formatFloatSource(x: number): string {
  if (Number.isNaN(x)) return "float('nan')";
  if (!Number.isFinite(x)) return x > 0 ? "float('inf')" : "float('-inf')";
  return formatFloat(x);
}

/** Python's `repr(int)`: every digit, without the exponent JS uses from 1e21 on. */
export function formatInt(n: number): string {
  return Number.isSafeInteger(n) ? String(n) : BigInt(n).toString();
}

/** Formats a number PyValue: ints in decimal, floats as {@link formatFloat}. */
export function formatNumber(v: number, isFloat: boolean): string {
  return isFloat || !Number.isInteger(v) ? formatFloat(v) : formatInt(v);
}

const simpleEscapes: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** One character as `repr(str)` writes it: non-printable ones (`str.isprintable()`) as `\x`, `\u`, `\U`. */
function escapeChar(ch: string, quote: string): string {
  if (ch === quote) return `\\${quote}`;
  const simple = simpleEscapes[ch];
  if (simple !== undefined) return simple;
  // Python counts categories C* (control, format, surrogate, private use, unassigned) and Z*
  // (separators) as non-printable, except the ASCII space.
  if (ch === ' ' || !/[\p{C}\p{Z}]/u.test(ch)) return ch;
  const cp = ch.codePointAt(0) ?? 0;
  const hex = cp.toString(16);
  if (cp < 0x100) return `\\x${hex.padStart(2, '0')}`;
  if (cp < 0x10000) return `\\u${hex.padStart(4, '0')}`;
  return `\\U${hex.padStart(8, '0')}`;
}

/** Python's `repr(str)`: single quotes unless the text has `'` and no `"`. */
export function reprString(s: string): string {
  return quoteString(s, false);
}

/**
 * {@link reprString} for text written into a config file: the second `{` of `{{` is written
 * `\x7b` (the same string), because mmcv 1.x rewrites `{{ fileDirname }}` and `{{ _base_.x }}`
 * in a config's raw text before running it.
 */
export function reprStringSource(s: string): string {
  return quoteString(s, true);
}

function quoteString(s: string, guardBraces: boolean): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  let afterBrace = false;
  for (const ch of s) {
    out += guardBraces && ch === '{' && afterBrace ? '\\x7b' : escapeChar(ch, quote);
    afterBrace = ch === '{' && !afterBrace;
  }
  return out + quote;
}

/** Python's `repr()` of a config value (dicts as `{'k': v}`, tuples as `(a,)`, big ints exact, class references as `module.Name`). */
export function reprPy(v: PyValue): string {
  return reprWith(v, formatFloat);
}

/**
 * {@link reprPy}, except that non-finite floats are written `float('inf')`: the text is a literal
 * that reads back to an equal value (form fields show values this way).
 */
export function reprSource(v: PyValue): string {
  return reprWith(v, formatFloatSource);
}

function reprWith(v: PyValue, float: (x: number) => string): string {
  if (v === null) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (typeof v === 'number') return Number.isInteger(v) ? formatInt(v) : float(v);
  if (typeof v === 'string') return reprString(v);
  if (Array.isArray(v)) return `[${v.map((x) => reprWith(x, float)).join(', ')}]`;
  if (isPyFloat(v)) return float(v.$float);
  if (isPyBigInt(v)) return v.$int;
  if (isPyTuple(v)) {
    const items = v.$tuple.map((x) => reprWith(x, float));
    return items.length === 1 ? `(${items[0]},)` : `(${items.join(', ')})`;
  }
  if (isPyRef(v)) return refToString(v);
  if (isPyDict(v)) return `{${Object.entries(v).map(([k, x]) => `${reprString(k)}: ${reprWith(x, float)}`).join(', ')}}`;
  if (isPyMap(v)) return `{${v.$map.map(([k, x]) => `${reprWith(k, float)}: ${reprWith(x, float)}`).join(', ')}}`;
  return String(v);
}

/** Python's `str()`: like repr except that a string is itself. */
export function strPy(v: PyValue): string {
  return typeof v === 'string' ? v : reprPy(v);
}

/** `type(v).__name__` of a config value (`undefined`, a missing argument, is None). */
export function pyTypeName(v: PyValue | undefined): string {
  if (v === null || v === undefined) return 'NoneType';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'float';
  if (typeof v === 'string') return 'str';
  if (isPyFloat(v)) return 'float';
  if (isPyBigInt(v)) return 'int';
  if (Array.isArray(v)) return 'list';
  if (isPyTuple(v)) return 'tuple';
  if (isPyDict(v) || isPyMap(v)) return 'dict';
  return 'object';
}

/** `type(v)` as Python prints it inside messages: `<class 'list'>`. */
export function describePyType(v: PyValue | undefined): string {
  return `<class '${pyTypeName(v)}'>`;
}
