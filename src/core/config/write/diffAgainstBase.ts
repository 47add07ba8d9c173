import type { PyDict, PyValue } from '../../python/value.ts';
import { isPyDict, isPyMap, isPyTuple, newDict, pyEqual } from '../../python/value.ts';
import { dictFromEntries } from '../../python/pyMap.ts';

/** The key mmcv 1.x pops from a child dict to replace the base dict instead of merging into it. */
export const deleteKey = '_delete_';

/** What a child config must write over a base, and what it cannot undo. */
export interface BaseDiff {
  /** Top-level assignments for the child file, `_delete_: true` placed where needed. */
  entries: PyDict;
  /**
   * Top-level keys of the base that the config lacks. mmcv 1.x has no way to delete a
   * top-level key from a child, so these stay in the loaded config with the base's value.
   */
  inheritedOnly: string[];
}

/**
 * The smallest child config that mmcv 1.x (`Config._merge_a_into_b`, v1.7.2) merges into
 * `base` to give `stripDeleteKeys(config)` (plus the `inheritedOnly` base keys).
 *
 * Rules, from that function: a child dict merges key by key into a base dict; anything else
 * (lists, tuples, scalars, a dict over a missing key) replaces the base value. So a dict is
 * written with `_delete_=True` and in full when the base value is not a dict (mmcv would raise
 * TypeError), when the base dict has keys the config lacks (they would survive the merge, e.g.
 * SGD's `momentum` under AdamW, `step` under CosineAnnealing), or when the config's own dict
 * carries `_delete_: true` and differs from the base. Otherwise only changed keys are written,
 * recursively. `_delete_` is never written where mmcv would not pop it (inside a replaced
 * value, or for a key the base lacks), since there it would reach the loaded config.
 */
export function diffAgainstBase(config: PyDict, base: PyDict): BaseDiff {
  const entries: PyDict = newDict();
  for (const key of Object.keys(config)) {
    if (key === deleteKey) continue;
    const value = config[key] ?? null;
    const written = Object.hasOwn(base, key) ? diffValue(value, base[key] ?? null) : stripDeleteKeys(value);
    if (written !== undefined) setKey(entries, key, written);
  }
  const inheritedOnly = Object.keys(base).filter((k) => !Object.hasOwn(config, k));
  return { entries, inheritedOnly };
}

/** What to write for `value` over `base` so the merge gives `value`; undefined when equal. */
function diffValue(value: PyValue, base: PyValue): PyValue | undefined {
  const clean = stripDeleteKeys(value);
  if (pyEqual(clean, base)) return undefined;
  if (!isPyDict(value) || !isPyDict(clean)) return clean;
  const hasStaleKeys = isPyDict(base) && Object.keys(base).some((k) => !Object.hasOwn(clean, k));
  if (!isPyDict(base) || hasStaleKeys || value[deleteKey] === true) return withDeleteFirst(clean);
  const out: PyDict = newDict();
  for (const key of Object.keys(value)) {
    if (key === deleteKey) continue;
    const sub = value[key] ?? null;
    const written = Object.hasOwn(base, key) ? diffValue(sub, base[key] ?? null) : stripDeleteKeys(sub);
    if (written !== undefined) setKey(out, key, written);
  }
  return out;
}

function withDeleteFirst(dict: PyDict): PyDict {
  const out: PyDict = { [deleteKey]: true };
  for (const key of Object.keys(dict)) setKey(out, key, dict[key] ?? null);
  return out;
}

/**
 * Removes `_delete_` keys at every depth: the config a child with those hints loads to.
 * Also what a standalone file must write, since without `_base_` mmcv pops nothing.
 */
export function stripDeleteKeys(value: PyValue): PyValue {
  if (Array.isArray(value)) return value.map(stripDeleteKeys);
  if (isPyTuple(value)) return { $tuple: value.$tuple.map(stripDeleteKeys) };
  if (isPyMap(value)) return dictFromEntries(value.$map.filter(([k]) => k !== deleteKey).map(([k, v]) => [k, stripDeleteKeys(v)]));
  if (!isPyDict(value)) return value;
  const out: PyDict = newDict();
  for (const key of Object.keys(value)) {
    if (key !== deleteKey) setKey(out, key, stripDeleteKeys(value[key] ?? null));
  }
  return out;
}

/** Assigns without the `__proto__` setter, since config keys are arbitrary strings. */
function setKey(dict: PyDict, key: string, value: PyValue): void {
  Object.defineProperty(dict, key, { value, enumerable: true, writable: true, configurable: true });
}
