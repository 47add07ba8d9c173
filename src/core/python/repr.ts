/** Python's `repr` and `str` of config values, for messages, `str()` and f-strings. */
import { isPyBigInt, isPyDict, isPyFloat, isPyRef, isPyTuple, refToString } from './value.ts';
import type { PyValue } from './value.ts';

/**
 * Formats a float the way Python's `repr(float)` does: shortest round-trip digits, fixed notation
 * for decimal exponents -4..16, otherwise `1e-05` style; integral values keep `.0`.
 */
export function formatFloat(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const [mant = '0', expText = '0'] = x.toExponential().split('e');
  const sign = mant.startsWith('-') ? '-' : '';
  const digits = mant.replace('-', '').replace('.', '');
  const exp = Number(expText);
  const decpt = exp + 1;
  if (decpt <= -4 || decpt > 16) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const e = Math.abs(exp).toString().padStart(2, '0');
    return `${sign}${m}e${exp < 0 ? '-' : '+'}${e}`;
  }
  if (decpt <= 0) return `${sign}0.${'0'.repeat(-decpt)}${digits}`;
  if (decpt >= digits.length) return `${sign}${digits}${'0'.repeat(decpt - digits.length)}.0`;
  return `${sign}${digits.slice(0, decpt)}.${digits.slice(decpt)}`;
}

/** Formats a number PyValue: ints in decimal, floats as {@link formatFloat}. */
export function formatNumber(v: number, isFloat: boolean): string {
  if (isFloat || !Number.isInteger(v)) return formatFloat(v);
  return Number.isSafeInteger(v) ? String(v) : BigInt(v).toString();
}

/** Python's `repr(str)`: single quotes unless the text has `'` and no `"`. */
export function reprString(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if (ch === quote || ch === '\\') out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) out += `\\x${cp.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return out + quote;
}

/** Python's `repr()` of a config value (dicts as `{'k': v}`, tuples as `(a,)`). */
export function reprPy(v: PyValue): string {
  if (v === null) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (typeof v === 'number') return formatNumber(v, false);
  if (typeof v === 'string') return reprString(v);
  if (Array.isArray(v)) return `[${v.map(reprPy).join(', ')}]`;
  if (isPyFloat(v)) return formatFloat(v.$float);
  if (isPyBigInt(v)) return v.$int;
  if (isPyTuple(v)) {
    const items = v.$tuple.map(reprPy);
    return items.length === 1 ? `(${items[0]},)` : `(${items.join(', ')})`;
  }
  if (isPyRef(v)) return refToString(v);
  if (isPyDict(v)) return `{${Object.entries(v).map(([k, x]) => `${reprString(k)}: ${reprPy(x)}`).join(', ')}}`;
  return String(v);
}

/** Python's `str()`: like repr except that a string is itself. */
export function strPy(v: PyValue): string {
  return typeof v === 'string' ? v : reprPy(v);
}
