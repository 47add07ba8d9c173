/**
 * Each base file is evaluated once per load, however often the chain names it. Upstream loads a
 * base again for every mention, so a fan-out of 100 bases each naming 100 bases loads 100⁴ files;
 * here a later mention gets a deep copy of the first result, which is what a fresh load would give
 * (a copy, because merging pops `_delete_` from child dicts and must not reach the cached result).
 */
import type { ConfigDictSet } from '../../python/runtime.ts';
import { isDictValue } from '../../python/runtime.ts';
import { isPyMap, isPyTuple, newDict, pyTuple } from '../../python/value.ts';
import type { PyDict, PyValue } from '../../python/value.ts';
import type { FileResult } from './loadMmcv.ts';
import { mapValues } from '../../python/pyMap.ts';

/** Deep copy keeping shared containers shared and ConfigDicts registered as ConfigDicts. */
export function copyLoaded(result: FileResult, configDicts: ConfigDictSet): FileResult {
  const seen = new Map<object, PyValue>();
  const copy = (v: PyValue): PyValue => {
    if (v === null || typeof v !== 'object') return v;
    const known = seen.get(v);
    if (known !== undefined) return known;
    if (Array.isArray(v)) {
      const out: PyValue[] = [];
      seen.set(v, out);
      for (const x of v) out.push(copy(x));
      return out;
    }
    if (isPyTuple(v)) {
      const out = pyTuple(v.$tuple.map(copy));
      seen.set(v, out);
      return out;
    }
    if (isPyMap(v)) {
      const out = mapValues(v, copy);
      seen.set(v, out);
      if (configDicts.has(v)) configDicts.add(out);
      return out;
    }
    if (!isDictValue(v)) return v; // floats and class references are never mutated
    const out = newDict();
    seen.set(v, out);
    if (configDicts.has(v)) configDicts.add(out);
    for (const [k, x] of Object.entries(v)) out[k] = copy(x);
    return out;
  };
  return { cfg: copy(result.cfg) as PyDict, origins: new Map(result.origins) };
}
