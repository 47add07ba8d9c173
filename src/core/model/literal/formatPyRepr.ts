import type { PyValue } from '../../python/value.ts';
import { isPyFloat, isPyTuple } from '../../python/value.ts';

/**
 * Writes a float the way Python's `repr(float)` does: the shortest digits that read back to the
 * same double (JS and CPython both pick them), scientific only below 1e-4 or from 1e16 on, an
 * exponent of at least two digits, and `.0` on integral values (`1e-05`, `0.0001`, `1.0`).
 * Non-finite values come out as `float('inf')` so the text stays valid Python source.
 */
export function formatPyFloat(x: number): string {
  if (Number.isNaN(x)) return "float('nan')";
  if (!Number.isFinite(x)) return x > 0 ? "float('inf')" : "-float('inf')";
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const sign = x < 0 ? '-' : '';
  const [mantissa = '', expText = '0'] = Math.abs(x).toExponential().split('e');
  const exp = Number(expText);
  const digits = mantissa.replace('.', '');
  if (exp < -4 || exp >= 16) {
    const head = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${head}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  const whole = digits.slice(0, exp + 1).padEnd(exp + 1, '0');
  const fraction = digits.slice(exp + 1);
  return `${sign}${whole}.${fraction === '' ? '0' : fraction}`;
}

/** Writes an int as Python does, without the exponent JS would use from 1e21 on. */
export function formatPyInt(n: number): string {
  return Number.isSafeInteger(n) ? String(n) : BigInt(n).toString();
}

/** Writes a str as Python's `repr` does: single quotes unless only double quotes avoid escapes. */
export function formatPyString(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = '';
  for (const ch of s) {
    if (ch === '\\') out += '\\\\';
    else if (ch === quote) out += `\\${quote}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch < ' ' || ch === '\x7f') out += `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return quote + out + quote;
}

/**
 * Writes a PyValue as Python's `repr` would (dicts as `{'k': v}`, tuples with the one-element
 * comma), so the text is a literal `parsePyLiteral` reads back to an equal value.
 */
export function formatPyRepr(v: PyValue): string {
  if (v === null) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'number') return Number.isInteger(v) ? formatPyInt(v) : formatPyFloat(v);
  if (typeof v === 'string') return formatPyString(v);
  if (Array.isArray(v)) return `[${v.map(formatPyRepr).join(', ')}]`;
  if (isPyFloat(v)) return formatPyFloat(v.$float);
  if (isPyTuple(v)) {
    const items = v.$tuple.map(formatPyRepr);
    return items.length === 1 ? `(${items[0]},)` : `(${items.join(', ')})`;
  }
  const entries = Object.entries(v).map(([k, x]) => `${formatPyString(k)}: ${formatPyRepr(x)}`);
  return `{${entries.join(', ')}}`;
}
