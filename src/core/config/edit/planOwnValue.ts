/** What a child file must write for one key so the merge with its bases gives the wanted value. */
import type { PyDict, PyValue } from '../../python/value.ts';
import { isPyDict, newDict, pyEqual } from '../../python/value.ts';
import { deleteKey, diffAgainstBase } from '../write/diffAgainstBase.ts';

/**
 * The value a child config should write for a key, so that mmcv 1.x / MMEngine's
 * `_merge_a_into_b` of it into `base` gives `target`, staying as close as possible to what the
 * child wrote before (`own`), so a patch touches only what changed.
 *
 * Same rules as {@link diffAgainstBase} (mmcv 1.7.2 `Config._merge_a_into_b`): a dict over a base
 * dict merges key by key; anything else replaces. `_delete_=True` is written where the base
 * dict has keys the target lacks or the base value is not a dict; a `_delete_` the child already
 * wrote is kept. Keys the child wrote stay written (even when equal to the base); keys it did
 * not write are added only when the base value differs.
 *
 * @param own what the child wrote before (undefined when it did not write the key).
 * @param base the merged bases' value (undefined when no base has the key: no merge happens).
 */
export function planOwnValue(own: PyValue | undefined, base: PyValue | undefined, target: PyValue): PyValue {
  if (base === undefined || !isPyDict(target)) return target;
  const ownDict = isPyDict(own) ? own : undefined;
  const ownDeletes = ownDict !== undefined && isTruthyDelete(ownDict[deleteKey]);
  const stale = isPyDict(base) && Object.keys(base).some((k) => !Object.hasOwn(target, k));
  if (!isPyDict(base) || stale || ownDeletes) {
    // The child dict replaces the base one: written in full, in the child's own key order.
    const out: PyDict = newDict();
    setKey(out, deleteKey, ownDeletes && ownDict ? (ownDict[deleteKey] ?? true) : true);
    for (const k of ownOrder(ownDict, target)) setKey(out, k, target[k] ?? null);
    return out;
  }
  const out: PyDict = newDict();
  for (const k of ownOrder(ownDict, target)) {
    const written = ownDict !== undefined && Object.hasOwn(ownDict, k);
    const t = target[k] ?? null;
    if (!Object.hasOwn(base, k)) setKey(out, k, t);
    else if (written) setKey(out, k, planOwnValue(ownDict[k], base[k], t));
    else if (!pyEqual(base[k] ?? null, t)) setKey(out, k, writeOver(t, base[k]));
  }
  return out;
}

/**
 * What to write for a key the child does not define yet: the smallest value that merges into
 * `base` to give `target` (diffAgainstBase's rules), or the whole target when they are equal.
 */
export function writeOver(target: PyValue, base: PyValue | undefined): PyValue {
  if (base === undefined) return target;
  const written = diffAgainstBase({ k: target }, { k: base }).entries.k;
  return written === undefined ? target : written;
}

/** The target's keys, those the child already wrote first in its order, then the rest. */
function ownOrder(own: PyDict | undefined, target: PyDict): string[] {
  const first = own === undefined ? [] : Object.keys(own).filter((k) => k !== deleteKey && Object.hasOwn(target, k));
  const rest = Object.keys(target).filter((k) => !first.includes(k) && k !== deleteKey);
  return [...first, ...rest];
}

function isTruthyDelete(v: PyValue | undefined): boolean {
  return v !== undefined && v !== null && v !== false && v !== 0 && v !== '';
}

function setKey(dict: PyDict, key: string, value: PyValue): void {
  Object.defineProperty(dict, key, { value, enumerable: true, writable: true, configurable: true });
}
