/**
 * Dicts with keys that are not strings ({@link PyMap}): `keypoint_info={0: dict(...)}` in mmpose's
 * dataset bases, `epoch_attributes={280: ...}` in RTMO, `labels_map={0: 19}` in mmdet3d.
 * Keys compare as Python's dict compares them: by hash and `==`, so `1`, `1.0` and `True` are one
 * key (the first spelling stays, the last value wins), `'1'` is another, a tuple key equals a tuple
 * of equal items, and lists or dicts are unhashable. A dict whose keys are all strings also takes
 * this form when one of them is integer-like (`'1'`): a JS object would list that key first, Python
 * keeps it where it was inserted. Every dict the reader builds goes through {@link dictFromEntries},
 * so a dict the plain object form holds in order is always that form.
 */
import { copyDict, isIndexLikeKey, isPyBigInt, isPyDict, isPyFloat, isPyMap, isPyRef, isPyTuple, newDict } from './value.ts';
import type { PyDict, PyMap, PyValue } from './value.ts';

/** A dict in either form. */
export type AnyDict = PyDict | PyMap;

export function isAnyDict(v: unknown): v is AnyDict {
  return isPyMap(v) || (isPyDict(v) && !isPyRef(v));
}

/** True when a dict holding `k` must be a {@link PyMap}: the plain object cannot hold it, or not in its place. */
export function needsMapForm(k: PyValue): boolean {
  return typeof k !== 'string' || isIndexLikeKey(k);
}

/** Why `k` cannot be a dict key (`unhashable type: 'list'`), or undefined when it can. */
export function unhashableReason(k: PyValue): string | undefined {
  if (Array.isArray(k)) return "unhashable type: 'list'";
  if (isPyTuple(k)) {
    for (const x of k.$tuple) {
      const r = unhashableReason(x);
      if (r !== undefined) return r;
    }
    return undefined;
  }
  if (isPyMap(k) || (isPyDict(k) && !isPyRef(k))) return "unhashable type: 'dict'";
  return undefined;
}

/** The numeric value of a number or bool key (True is 1), exact for ints; undefined otherwise. */
function keyNumber(k: PyValue): { exact?: bigint; value: number } | undefined {
  if (typeof k === 'boolean') return { exact: k ? 1n : 0n, value: k ? 1 : 0 };
  if (typeof k === 'number') return Number.isInteger(k) ? { exact: BigInt(k), value: k } : { value: k };
  if (isPyBigInt(k)) return { exact: BigInt(k.$int), value: Number(k.$int) };
  if (isPyFloat(k)) {
    const x = k.$float;
    return Number.isInteger(x) ? { exact: BigInt(x), value: x } : { value: x };
  }
  return undefined;
}

/**
 * A string that two keys share exactly when they are equal as dict keys ({@link keyEqual}); NaN
 * keys get none (a NaN key equals no other key). Lets a map find a key in constant time, so a
 * comprehension building 200,000 int keys stays linear.
 */
function keyId(k: PyValue): string | undefined {
  if (typeof k === 'string') return `s${k}`;
  if (k === null) return 'N';
  const n = keyNumber(k);
  if (n !== undefined) {
    if (n.exact !== undefined) return `i${n.exact}`;
    return Number.isNaN(n.value) ? undefined : `f${n.value}`;
  }
  if (isPyTuple(k)) {
    const parts: string[] = [];
    for (const x of k.$tuple) {
      const id = keyId(x);
      if (id === undefined) return undefined;
      parts.push(`${id.length}:${id}`);
    }
    return `t${parts.join('')}`;
  }
  if (isPyRef(k)) return `r${k.module.length}:${k.module}${k.$ref}`;
  return undefined;
}

/** Position of each key id in a map's entry list, built on first use and kept in step by the functions here. */
const indexes = new WeakMap<PyMap['$map'], Map<string, number>>();

function indexOf(m: PyMap): Map<string, number> {
  let index = indexes.get(m.$map);
  if (index === undefined) {
    index = new Map();
    for (let i = 0; i < m.$map.length; i++) {
      const id = keyId((m.$map[i] as [PyValue, PyValue])[0]);
      if (id !== undefined && !index.has(id)) index.set(id, i);
    }
    indexes.set(m.$map, index);
  }
  return index;
}

function indexOfKey(m: PyMap, key: PyValue): number {
  const id = keyId(key);
  return id === undefined ? -1 : (indexOf(m).get(id) ?? -1);
}

/** Python's key equality (`hash(a) == hash(b) and a == b`): 1 == 1.0 == True; NaN equals nothing. */
export function keyEqual(a: PyValue, b: PyValue): boolean {
  const id = keyId(a);
  return id !== undefined && id === keyId(b);
}

/** The entries of a dict in insertion order. */
export function dictEntries(d: AnyDict): [PyValue, PyValue][] {
  return isPyMap(d) ? d.$map : Object.entries(d);
}

export function dictSize(d: AnyDict): number {
  return isPyMap(d) ? d.$map.length : Object.keys(d).length;
}

/**
 * The entries of a dict whose keys are all strings, in either form (a str dict holding `'1'` is a
 * map), in order; undefined for a non-dict or a dict with another key. For readers of sections
 * whose keys are names or patterns (`custom_keys`).
 */
export function stringKeyedEntries(v: PyValue | undefined): [string, PyValue][] | undefined {
  if (v === undefined || !isAnyDict(v)) return undefined;
  const entries = dictEntries(v);
  return entries.every((e): e is [string, PyValue] => typeof e[0] === 'string') ? entries : undefined;
}

/** `key in d`. */
export function dictHas(d: AnyDict, key: PyValue): boolean {
  if (isPyMap(d)) return indexOfKey(d, key) >= 0;
  return typeof key === 'string' && Object.hasOwn(d, key);
}

/** `d[key]`, undefined when the key is absent. */
export function dictGet(d: AnyDict, key: PyValue): PyValue | undefined {
  if (isPyMap(d)) {
    const i = indexOfKey(d, key);
    return i >= 0 ? d.$map[i]?.[1] : undefined;
  }
  return typeof key === 'string' && Object.hasOwn(d, key) ? d[key] : undefined;
}

/**
 * `d[key] = value` in place. A plain-object dict cannot take a key that needs the map form (a
 * non-string or integer-like one) in place: its form would change under the names that hold it.
 * That throws, and the caller reports it at its line.
 */
export function dictSet(d: AnyDict, key: PyValue, value: PyValue): void {
  if (isPyMap(d)) {
    const i = indexOfKey(d, key);
    if (i >= 0) (d.$map[i] as [PyValue, PyValue])[1] = value;
    else {
      const id = keyId(key);
      if (id !== undefined) indexOf(d).set(id, d.$map.length);
      d.$map.push([key, value]);
    }
    return;
  }
  if (needsMapForm(key)) throw new TypeError('a dict built with string keys cannot take a non-string or integer-like key afterwards');
  d[key as string] = value;
}

/** `del d[key]` / `d.pop(key)`: true when the key was there. */
export function dictDelete(d: AnyDict, key: PyValue): boolean {
  if (isPyMap(d)) {
    const i = indexOfKey(d, key);
    if (i < 0) return false;
    d.$map.splice(i, 1);
    indexes.delete(d.$map);
    return true;
  }
  if (typeof key !== 'string' || !Object.hasOwn(d, key)) return false;
  delete d[key];
  return true;
}

/**
 * A dict from entries in order, as `{k: v, ...}` builds it: a repeated key (by {@link keyEqual})
 * keeps its first spelling and position and takes the last value. String keys that are not
 * integer-like give the plain object form, anything else a {@link PyMap}. Keys must be hashable
 * (see {@link unhashableReason}).
 */
export function dictFromEntries(entries: Iterable<readonly [PyValue, PyValue]>): AnyDict {
  const list = [...entries];
  if (!list.some(([k]) => needsMapForm(k))) {
    const out = newDict();
    for (const [k, v] of list) out[k as string] = v;
    return out;
  }
  const map: PyMap = { $map: [] };
  for (const [k, v] of list) dictSet(map, k, v);
  return map;
}

/** `dict(d)`: a shallow copy in the same form. */
export function copyAnyDict(d: AnyDict): AnyDict {
  return isPyMap(d) ? { $map: d.$map.map(([k, v]): [PyValue, PyValue] => [k, v]) } : copyDict(d);
}

/** A new map with the same keys and each value passed through `f` (for walkers that rebuild values). */
export function mapValues(m: PyMap, f: (v: PyValue) => PyValue): PyMap {
  return { $map: m.$map.map(([k, v]): [PyValue, PyValue] => [k, f(v)]) };
}
