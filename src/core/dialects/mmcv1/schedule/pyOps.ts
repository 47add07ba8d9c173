import { truthy } from '../../../python/runtime.ts';
import { isPyFloat, type PyValue } from '../../../python/value.ts';

/** Python 3 `round(x)` for a float: ties go to the even integer. */
export function roundHalfEven(x: number): number {
  const floor = Math.floor(x);
  const rest = x - floor; // exact for |x| < 2**52
  if (rest < 0.5) return floor;
  if (rest > 0.5) return floor + 1;
  return floor % 2 === 0 ? floor : floor + 1;
}

/** Python `str.title()`: a letter is upper-cased when the character before it is not a letter. */
export function titleCasePy(s: string): string {
  let out = '';
  let previousCased = false;
  for (const ch of s) {
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    const cased = lower !== upper;
    out += cased ? (previousCased ? lower : upper) : ch;
    previousCased = cased;
  }
  return out;
}

/** Python truthiness of a config value (`if not self.by_epoch`); a missing argument is None. */
export function isPyTruthy(v: PyValue | undefined): boolean {
  return v !== undefined && truthy(v);
}

/** Python `isinstance(v, int)`: bool counts, as it does in Python. */
export function isPyInt(v: PyValue | undefined): v is number | boolean {
  return typeof v === 'boolean' || (typeof v === 'number' && Number.isInteger(v));
}

/** Python `isinstance(v, float)`. */
export function isPyFloatValue(v: PyValue | undefined): boolean {
  return isPyFloat(v) || (typeof v === 'number' && !Number.isInteger(v));
}

/** `isinstance(v, numbers.Number)` and the value, bools as 0/1. */
export function toPyNumber(v: PyValue | undefined): number | undefined {
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') return v;
  if (isPyFloat(v)) return v.$float;
  return undefined;
}
