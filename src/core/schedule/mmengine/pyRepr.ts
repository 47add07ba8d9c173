import { isPyDict, isPyFloat, isPyTuple, type PyValue } from '../../python/value.ts';

/**
 * Formats a float the way Python's `repr(float)` does (shortest round-trip digits, fixed
 * notation for decimal exponents -4..15, `1e-05` style otherwise), so predicted error
 * messages read exactly like the ones MMEngine prints.
 */
export function formatPyFloat(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const [mantissa = '0', expText = '0'] = x.toExponential().split('e');
  const exp = Number(expText);
  const sign = mantissa.startsWith('-') ? '-' : '';
  const digits = mantissa.replace('-', '').replace('.', '');
  if (exp < -4 || exp >= 16) {
    const body = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const expSign = exp < 0 ? '-' : '+';
    return `${sign}${body}e${expSign}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  const intPart = digits.slice(0, exp + 1).padEnd(exp + 1, '0');
  const fracPart = digits.slice(exp + 1);
  return `${sign}${intPart}.${fracPart.length > 0 ? fracPart : '0'}`;
}

/** Formats an int or float as Python's `str()` would. */
export function formatPyNumber(x: number, isFloat: boolean): string {
  return isFloat ? formatPyFloat(x) : String(x);
}

/** Quotes a string as Python's `repr(str)` does for plain text. */
export function reprPyString(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  const escaped = s.replaceAll('\\', '\\\\').replaceAll('\n', '\\n').replaceAll(quote, `\\${quote}`);
  return `${quote}${escaped}${quote}`;
}

/** Renders a config value as Python's `repr()` would, for error messages. */
export function reprPyValue(v: PyValue): string {
  if (v === null) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : formatPyFloat(v);
  if (typeof v === 'string') return reprPyString(v);
  if (isPyFloat(v)) return formatPyFloat(v.$float);
  if (Array.isArray(v)) return `[${v.map(reprPyValue).join(', ')}]`;
  if (isPyTuple(v)) {
    const items = v.$tuple.map(reprPyValue);
    return items.length === 1 ? `(${items[0]},)` : `(${items.join(', ')})`;
  }
  if (isPyDict(v)) {
    return `{${Object.entries(v)
      .map(([k, x]) => `${reprPyString(k)}: ${reprPyValue(x)}`)
      .join(', ')}}`;
  }
  return String(v);
}
