/**
 * The values a Python config holds, as plain JSON-friendly data shared by the reader,
 * the writer, the model and the scheduler.
 *
 * Python keeps int and float apart (`1` vs `1.0`) and tuple and list apart; MMCV cares about
 * both (a list `target_ratio` raises, `pct_start` must be a float), so the distinction is kept:
 * - a JS `number` that is an integer is a Python `int`; a non-integer `number` is a `float`;
 * - a float whose value is integral (`1.0`, `1e20`) or not finite is wrapped: `{ $float: 1 }`;
 * - a tuple is `{ $tuple: [...] }`; a list is a JS array;
 * - a dict whose keys are all strings, none of them integer-like ({@link isIndexLikeKey}), is an
 *   object with those keys, in insertion order;
 * - any other dict (`{0: dict(...)}`, `{(1, 2): 3}`, and `{'b': 1, '1': 2}`, whose `'1'` a JS object
 *   would move to the front) is `{ $map: [[key, value], ...] }` in insertion order (see {@link PyMap});
 *   a dict the object form holds in order is never written that way;
 * - `None` is `null`.
 *
 * Dicts built from input have no prototype ({@link newDict}) and are read with own-property checks
 * only, so `__proto__`, `constructor` or `$float` are ordinary keys: a config can neither reach
 * `Object.prototype` nor pass itself off as a float. A tag (`$float`, `$tuple`, `$ref`) is therefore
 * only recognised on an object that has a prototype, i.e. one made by this code, never on an input dict.
 */
export type PyValue = null | boolean | number | string | PyFloat | PyBigInt | PyTuple | PyValue[] | PyDict | PyMap;
/**
 * A Python int outside JS's safe integer range (`2**53 + 1`), kept exact as its decimal text.
 * A tagged object rather than a JS `bigint` so saved state and share links (JSON) carry it.
 * Ints inside the safe range are always plain numbers.
 */
export interface PyBigInt {
  readonly $int: string;
}
export interface PyFloat {
  readonly $float: number;
}
export interface PyTuple {
  readonly $tuple: PyValue[];
}
export interface PyDict {
  [key: string]: PyValue;
}
/**
 * A dict holding a key that is not a string (int, float, bool, None, tuple), as mmpose's
 * `keypoint_info={0: dict(...)}` or mmdet3d's `labels_map={0: 19}`. Keys are PyValues compared as
 * Python hashes them (`1`, `1.0` and `True` are one key, see `python/pyMap.ts`); they are never
 * object property names, so no key can reach a prototype. The entry list is owned by the map.
 */
export interface PyMap {
  readonly $map: [PyValue, PyValue][];
}

/**
 * True for a string key that a JS object lists before all others, whatever the insertion order:
 * an array index, i.e. the canonical decimal of an integer from 0 to 2**32 - 2 (`'0'`, `'7'`,
 * `'4294967294'`; not `'01'`, `'-1'`, `'1.0'` or `'4294967295'`). Python keeps such a key where it
 * was inserted, so a dict holding one takes the {@link PyMap} form.
 */
export function isIndexLikeKey(k: string): boolean {
  return /^(?:0|[1-9][0-9]{0,9})$/.test(k) && Number(k) <= 4294967294;
}

/** Makes the PyValue of a Python float, wrapping only where a bare number would read as int. */
export function pyFloat(x: number): number | PyFloat {
  return Number.isInteger(x) || !Number.isFinite(x) ? { $float: x } : x;
}

export function pyTuple(items: PyValue[]): PyTuple {
  return { $tuple: items };
}

/** A new, empty dict with no prototype: every key, `__proto__` included, is an own data property. */
export function newDict(): PyDict {
  return Object.create(null) as PyDict;
}

/** A prototype-free copy of a dict's own entries (Python's `dict(d)`). */
export function copyDict(d: PyDict): PyDict {
  const out = newDict();
  for (const [k, v] of Object.entries(d)) out[k] = v;
  return out;
}

/** `key in d` for a Python dict: own keys only, never inherited names like `toString`. */
export function hasKey(d: PyDict, key: string): boolean {
  return Object.hasOwn(d, key);
}

/** `d[key]` for a Python dict: undefined when the dict does not hold the key itself. */
export function getKey(d: PyDict, key: string): PyValue | undefined {
  return Object.hasOwn(d, key) ? d[key] : undefined;
}

/** True for an object carrying exactly one own tag key, made by this code (it has a prototype). */
function isTagged(v: unknown, tag: string): boolean {
  return (
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    Object.getPrototypeOf(v) !== null &&
    Object.hasOwn(v, tag) &&
    Object.keys(v).length === 1
  );
}

export function isPyFloat(v: unknown): v is PyFloat {
  return isTagged(v, '$float');
}

export function isPyTuple(v: unknown): v is PyTuple {
  return isTagged(v, '$tuple');
}

export function isPyMap(v: unknown): v is PyMap {
  return isTagged(v, '$map') && Array.isArray((v as { $map: unknown }).$map);
}

export function isPyBigInt(v: unknown): v is PyBigInt {
  return isTagged(v, '$int') && typeof (v as { $int: unknown }).$int === 'string';
}

/** The PyValue of an exact int: a number when safe, else a {@link PyBigInt}. */
export function pyInt(n: bigint): number | PyBigInt {
  return n >= -maxSafe && n <= maxSafe ? Number(n) : { $int: n.toString() };
}
const maxSafe = BigInt(Number.MAX_SAFE_INTEGER);

/** The exact value of an int PyValue (an integral number or a {@link PyBigInt}); undefined otherwise. */
export function bigIntOf(v: unknown): bigint | undefined {
  if (typeof v === 'number') return Number.isInteger(v) ? BigInt(v) : undefined;
  return isPyBigInt(v) ? BigInt(v.$int) : undefined;
}

export function isPyDict(v: unknown): v is PyDict {
  return (
    typeof v === 'object' && v !== null && !Array.isArray(v) && !isPyFloat(v) && !isPyTuple(v) && !isPyRef(v) && !isPyBigInt(v) && !isPyMap(v)
  );
}

/** True for Python int or float (bool excluded, as configs mean it). */
export function isPyNumber(v: unknown): v is number | PyFloat | PyBigInt {
  return typeof v === 'number' || isPyFloat(v) || isPyBigInt(v);
}

/** The numeric value of an int or float PyValue; undefined for anything else. */
export function numberOf(v: PyValue | undefined): number | undefined {
  if (typeof v === 'number') return v;
  if (isPyFloat(v)) return v.$float;
  if (isPyBigInt(v)) return Number(v.$int);
  return undefined;
}

/** True when the PyValue is a Python float (not int). */
export function isFloatValue(v: PyValue | undefined): boolean {
  return isPyFloat(v) || (typeof v === 'number' && !Number.isInteger(v));
}

/** Structural equality that tells int from float and tuple from list, like Python's repr would. */
export function pyEqual(a: PyValue, b: PyValue): boolean {
  if (a === b) return true;
  if (isPyBigInt(a) || isPyBigInt(b)) {
    // An integral JS number past the safe range (from model code) equals the exact int it spells.
    const x = bigIntOf(a);
    const y = bigIntOf(b);
    return x !== undefined && y !== undefined && x === y;
  }
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
  if (isPyMap(a) || isPyMap(b)) {
    // Order-blind like dict ==, but a key must be spelled alike (1 is not 1.0 here, as in repr).
    return (
      isPyMap(a) &&
      isPyMap(b) &&
      a.$map.length === b.$map.length &&
      a.$map.every(([k, v]) => b.$map.some(([k2, v2]) => pyEqual(k, k2) && pyEqual(v, v2)))
    );
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && pyEqual(a[k] as PyValue, b[k] as PyValue));
}

/**
 * A class or function that a pure-Python ("lazy import") MMEngine config imported, e.g.
 * `from mmengine.hooks import CheckpointHook` gives `{ $ref: 'CheckpointHook', module: 'mmengine.hooks' }`.
 * MMEngine 0.10.7 never imports it while reading; `Config.to_dict()` writes it as
 * `f'{module}.{name}'` (see {@link refToString}). `module` is the module path exactly as the file's
 * import statement spelled it, so a writer can emit `from <module> import <$ref>` again.
 * An attribute of a reference (`nn.SyncBatchNorm` after `import torch.nn as nn`) is a reference
 * whose `module` is the parent's string form, as mmengine's `LazyAttr` does.
 * Structurally it is also a PyDict; test with {@link isPyRef} before {@link isPyDict}.
 */
export type PyRef = {
  readonly $ref: string;
  readonly module: string;
};

/** Makes a class reference (see {@link PyRef}). */
export function pyRef(module: string, name: string): PyRef {
  return { $ref: name, module };
}

/** True for a {@link PyRef}: an object with exactly the string keys `$ref` and `module`. */
export function isPyRef(v: unknown): v is PyRef {
  if (typeof v !== 'object' || v === null || Array.isArray(v) || Object.getPrototypeOf(v) === null) return false;
  const keys = Object.keys(v);
  return (
    keys.length === 2 &&
    Object.hasOwn(v, '$ref') &&
    Object.hasOwn(v, 'module') &&
    typeof (v as { $ref?: unknown }).$ref === 'string' &&
    typeof (v as { module?: unknown }).module === 'string'
  );
}

/** The string MMEngine 0.10.7's `Config.to_dict()` gives for a lazy object: `f'{obj.module}.{obj}'`. */
export function refToString(ref: PyRef): string {
  return `${ref.module}.${ref.$ref}`;
}
