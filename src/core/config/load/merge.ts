/** `Config._merge_a_into_b` of MMCV 1.7.2 / MMEngine 0.10.7 (the two are identical for `fromfile`). */
import { isPyRef } from '../../python/value.ts';
import type { PyDict, PyValue } from '../../python/value.ts';
import { isDictValue, truthy, typeName } from '../../python/runtime.ts';
import { reprPy } from '../../python/repr.ts';

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
 */
export function mergeAIntoB(a: PyDict, b: PyDict, path: string[] = []): PyDict {
  const out: PyDict = { ...b };
  for (const [k, v] of Object.entries(a)) {
    if (isPlainDict(v)) {
      let inherit = false;
      if (k in out) {
        const del = v._delete_;
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
        out[k] = mergeAIntoB(v, base, [...path, k]);
      } else out[k] = v;
    } else out[k] = v;
  }
  return out;
}
