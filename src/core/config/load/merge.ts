/** `Config._merge_a_into_b` of MMCV 1.7.2 / MMEngine 0.10.7 (the two are identical for `fromfile`). */
import { copyDict, hasKey, isPyMap, isPyRef, isPyTuple, newDict, pyTuple } from '../../python/value.ts';
import type { PyDict, PyMap, PyValue } from '../../python/value.ts';
import { isDictValue, truthy, typeName } from '../../python/runtime.ts';
import type { ConfigDictSet } from '../../python/runtime.ts';
import { reprPy, strPy } from '../../python/repr.ts';
import { dictDelete, dictEntries, dictFromEntries, dictGet, dictHas, dictSet, isAnyDict } from '../../python/pyMap.ts';
import type { AnyDict } from '../../python/pyMap.ts';

/** A merge failure: `path` is the key path from the top of the child config. */
export class MergeError extends Error {
  constructor(
    message: string,
    readonly path: string[],
  ) {
    super(message);
  }
}

function isPlainDict(v: PyValue | undefined): v is PyDict {
  return v !== undefined && isDictValue(v) && !isPyRef(v);
}

/**
 * Merges child dict `a` into a shallow copy of base dict `b`: dict values merge recursively,
 * anything else (lists included) replaces the base value. `_delete_` is popped from a child dict
 * only when the base has that key (Python's `k in b and not v.pop('_delete_', False)`), and a
 * truthy `_delete_` makes the child dict replace the base one. Child-only keys keep their
 * `_delete_`, exactly as upstream does. Mutates the child dicts the way upstream does.
 *
 * A child dict that does not merge is stored as `ConfigDict(v)`, a copy (addict's `_hook`), so it
 * no longer shares its dicts with other keys: popping `_delete_` from one key later (in a child
 * file) must not reach another key that held the same dict. MMCV's addict copies every nested dict;
 * MMEngine's `_hook` copies only plain dicts and shares nested ConfigDicts: pass `configDicts` for
 * MMEngine (the copies are registered as ConfigDicts there).
 */
export function mergeAIntoB(a: PyDict, b: PyDict, path: string[] = [], configDicts?: ConfigDictSet): PyDict {
  const out = copyDict(b);
  for (const [k, v] of Object.entries(a)) {
    if (isPyMap(v) || isPyMap(out[k])) out[k] = mergeAny(v, out, k, path, configDicts);
    else if (isPlainDict(v)) {
      let inherit = false;
      if (hasKey(out, k)) {
        const del = hasKey(v, '_delete_') ? v._delete_ : undefined;
        delete v._delete_;
        inherit = !(del !== undefined && truthy(del));
      }
      if (inherit) {
        const base = out[k];
        if (!isPlainDict(base)) {
          throw new MergeError(
            `${k}=${reprPy(v)} in child config cannot inherit from base because ${k} is a dict in the child config ` +
              `but is of type <class '${typeName(base ?? null)}'> in base config. ` +
              'You may set `_delete_=True` to ignore the base config.',
            [...path, k],
          );
        }
        out[k] = mergeAIntoB(v, base, [...path, k], configDicts);
      } else out[k] = configDictCopy(v, configDicts);
    } else out[k] = v;
  }
  return out;
}

/**
 * The same merge step for a key where either side is a dict with non-string keys (mmpose's
 * `keypoint_info={0: ...}` merged over a base's): the loaders merge those dicts key by key too.
 * Returns the new value of `b[k]`.
 */
function mergeAny(v: PyValue, b: AnyDict, k: PyValue, path: string[], configDicts: ConfigDictSet | undefined): PyValue {
  if (!isAnyDict(v)) return v;
  const keyPath = [...path, strPy(k)];
  if (dictHas(b, k)) {
    const del = dictGet(v, '_delete_');
    dictDelete(v, '_delete_');
    if (!(del !== undefined && truthy(del))) {
      const base = dictGet(b, k) ?? null;
      if (!isAnyDict(base)) {
        throw new MergeError(
          `${strPy(k)}=${reprPy(v)} in child config cannot inherit from base because ${strPy(k)} is a dict in the child config ` +
            `but is of type <class '${typeName(base)}'> in base config. ` +
            'You may set `_delete_=True` to ignore the base config.',
          keyPath,
        );
      }
      // A working map takes any key; the result is written back in its usual form.
      const work: PyMap = { $map: dictEntries(base).map(([bk, bv]): [PyValue, PyValue] => [bk, bv]) };
      for (const [ck, cv] of dictEntries(v)) dictSet(work, ck, mergeAny(cv, work, ck, keyPath, configDicts));
      const merged = dictFromEntries(work.$map);
      return merged;
    }
  }
  return configDictCopy(v, configDicts);
}

/** `ConfigDict(d)`: a new dict whose nested dicts are copied by `_hook` (see {@link mergeAIntoB}). */
function configDictCopy<D extends AnyDict>(d: D, configDicts: ConfigDictSet | undefined): D {
  const hook = (v: PyValue): PyValue => {
    if (Array.isArray(v)) return v.map(hook);
    if (isPyTuple(v)) return pyTuple(v.$tuple.map(hook));
    if ((isPlainDict(v) || isPyMap(v)) && !configDicts?.has(v)) return configDictCopy(v, configDicts);
    return v;
  };
  let out: AnyDict;
  if (isPyMap(d)) out = { $map: d.$map.map(([k, v]): [PyValue, PyValue] => [k, hook(v)]) };
  else {
    const copy = newDict();
    for (const [k, v] of Object.entries(d)) copy[k] = hook(v);
    out = copy;
  }
  configDicts?.add(out);
  return out as D;
}
