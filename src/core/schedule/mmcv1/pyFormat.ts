import { isPyDict, isPyFloat, isPyTuple, type PyValue } from '../../python/value.ts';

/**
 * Python's `repr(float)`: the shortest round-trip digits, like JS, but Python switches to
 * exponent form below 1e-4 and from 1e16, and always writes `.0` or a two-digit exponent.
 * Upstream error messages embed values this way, so ours must too.
 */
export function formatPyFloat(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const [mantissa = '', expText = '0'] = x.toExponential().split('e');
  const exp = Number(expText);
  const negative = mantissa.startsWith('-');
  const digits = mantissa.replace('-', '').replace('.', '');
  const sign = negative ? '-' : '';
  if (exp < -4 || exp >= 16) {
    const head = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const expSign = exp < 0 ? '-' : '+';
    return `${sign}${head}e${expSign}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  const intLen = exp + 1;
  if (digits.length <= intLen) return `${sign}${digits.padEnd(intLen, '0')}.0`;
  return `${sign}${digits.slice(0, intLen)}.${digits.slice(intLen)}`;
}

/** Python's `repr` of a config value, as it appears inside upstream messages. */
export function formatPyRepr(v: PyValue): string {
  if (v === null) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : formatPyFloat(v);
  if (typeof v === 'string') return `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  if (isPyFloat(v)) return formatPyFloat(v.$float);
  if (Array.isArray(v)) return `[${v.map(formatPyRepr).join(', ')}]`;
  if (isPyTuple(v)) {
    const items = v.$tuple.map(formatPyRepr);
    return items.length === 1 ? `(${items[0]},)` : `(${items.join(', ')})`;
  }
  return `{${Object.entries(v)
    .map(([k, x]) => `'${k}': ${formatPyRepr(x)}`)
    .join(', ')}}`;
}

/** Python's `str` of a value (what an f-string writes): like repr except that strings are bare. */
export function formatPyStr(v: PyValue): string {
  return typeof v === 'string' ? v : formatPyRepr(v);
}

/** Python's `type(v)` as printed: `<class 'list'>`. */
export function describePyType(v: PyValue | undefined): string {
  return `<class '${pyTypeName(v)}'>`;
}

export function pyTypeName(v: PyValue | undefined): string {
  if (v === null || v === undefined) return 'NoneType';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'float';
  if (typeof v === 'string') return 'str';
  if (isPyFloat(v)) return 'float';
  if (Array.isArray(v)) return 'list';
  if (isPyTuple(v)) return 'tuple';
  if (isPyDict(v)) return 'dict';
  return 'object';
}
