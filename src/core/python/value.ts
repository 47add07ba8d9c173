/**
 * The values a Python config holds, as plain JSON-friendly data shared by the reader,
 * the writer, the model and the scheduler.
 *
 * Python keeps int and float apart (`1` vs `1.0`) and tuple and list apart; MMCV cares about
 * both (a list `target_ratio` raises, `pct_start` must be a float), so the distinction is kept:
 * - a JS `number` that is an integer is a Python `int`; a non-integer `number` is a `float`;
 * - a float whose value is integral (`1.0`, `1e20`) or not finite is wrapped: `{ $float: 1 }`;
 * - a tuple is `{ $tuple: [...] }`; a list is a JS array;
 * - a dict is a plain object with string keys, in insertion order (configs only use str keys);
 * - `None` is `null`.
 */
export type PyValue = null | boolean | number | string | PyFloat | PyTuple | PyValue[] | PyDict;
export interface PyFloat {
  readonly $float: number;
}
export interface PyTuple {
  readonly $tuple: PyValue[];
}
export interface PyDict {
  [key: string]: PyValue;
}

/** Makes the PyValue of a Python float, wrapping only where a bare number would read as int. */
export function pyFloat(x: number): number | PyFloat {
  return Number.isInteger(x) || !Number.isFinite(x) ? { $float: x } : x;
}

export function pyTuple(items: PyValue[]): PyTuple {
  return { $tuple: items };
}

export function isPyFloat(v: unknown): v is PyFloat {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && '$float' in v && Object.keys(v).length === 1;
}

export function isPyTuple(v: unknown): v is PyTuple {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && '$tuple' in v && Object.keys(v).length === 1;
}

export function isPyDict(v: unknown): v is PyDict {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !isPyFloat(v) && !isPyTuple(v);
}

/** True for Python int or float (bool excluded, as configs mean it). */
export function isPyNumber(v: unknown): v is number | PyFloat {
  return typeof v === 'number' || isPyFloat(v);
}

/** The numeric value of an int or float PyValue; undefined for anything else. */
export function numberOf(v: PyValue | undefined): number | undefined {
  if (typeof v === 'number') return v;
  if (isPyFloat(v)) return v.$float;
  return undefined;
}

/** True when the PyValue is a Python float (not int). */
export function isFloatValue(v: PyValue | undefined): boolean {
  return isPyFloat(v) || (typeof v === 'number' && !Number.isInteger(v));
}

/**
 * Converts to what `json.dumps` of the loaded Python object gives once parsed in JS:
 * tuples become arrays, floats plain numbers. This is the shape of mmcv's `to_dict()` as JSON.
 */
export function toPlain(v: PyValue): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(toPlain);
  if (isPyFloat(v)) return v.$float;
  if (isPyTuple(v)) return v.$tuple.map(toPlain);
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) out[k] = toPlain(x);
  return out;
}

/** Structural equality that tells int from float and tuple from list, like Python's repr would. */
export function pyEqual(a: PyValue, b: PyValue): boolean {
  if (a === b) return true;
  if (typeof a === 'number' || typeof b === 'number' || isPyFloat(a) || isPyFloat(b)) {
    return isPyNumber(a) && isPyNumber(b) && numberOf(a) === numberOf(b) && isFloatValue(a) === isFloatValue(b);
  }
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => pyEqual(x, b[i] as PyValue));
  }
  if (isPyTuple(a) || isPyTuple(b)) {
    return isPyTuple(a) && isPyTuple(b) && pyEqual(a.$tuple, b.$tuple);
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => k in b && pyEqual(a[k] as PyValue, b[k] as PyValue));
}
