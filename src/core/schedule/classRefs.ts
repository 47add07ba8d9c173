import { isPyDict, isPyRef, isPyTuple, newDict, type PyDict, type PyValue } from '../python/value.ts';

/**
 * A copy where every class reference (`type=MultiStepLR` in a lazy-import config) is the class
 * name instead. MMEngine builds a class given directly or found by that name in the registry
 * alike, and the simulator (v0.10.7 semantics) only reads names.
 */
export function replaceClassRefsByName(v: PyValue): PyValue {
  if (isPyRef(v)) return v.$ref;
  if (Array.isArray(v)) return v.map(replaceClassRefsByName);
  if (isPyTuple(v)) return { $tuple: v.$tuple.map(replaceClassRefsByName) };
  if (!isPyDict(v)) return v;
  const out: PyDict = newDict();
  for (const [k, x] of Object.entries(v)) out[k] = replaceClassRefsByName(x);
  return out;
}

