/**
 * `{{_base_.a.b}}` placeholders. Like MMCV/MMEngine, the module is evaluated with a placeholder
 * string in their place, and after the bases are merged every config value equal to a
 * placeholder is replaced by the base value at that path (`_substitute_base_vars`).
 */
import { isDictValue } from '../../python/runtime.ts';
import { hasKey, isPyMap, isPyTuple, newDict, pyTuple } from '../../python/value.ts';
import type { PyDict, PyValue } from '../../python/value.ts';
import { mapValues } from '../../python/pyMap.ts';

/** A private-use character keeps placeholders from colliding with real strings. */
const mark = '\u{E000}';

/** The placeholder string standing for `{{_base_.<path>}}` while the module is evaluated. */
export function makeBaseVarPlaceholder(path: string[]): string {
  return `${mark}_base_.${path.join('.')}${mark}`;
}

function placeholderPath(v: string): string[] | undefined {
  if (!v.startsWith(mark) || !v.endsWith(mark) || v.length < 2) return undefined;
  return v.slice(1 + '_base_.'.length, -1).split('.');
}

/** Follows a dotted path through dicts, as `base_cfg[k1][k2]...` does. */
export function lookupBasePath(base: PyDict, path: readonly string[]): PyValue | undefined {
  let cur: PyValue | undefined = base;
  for (const k of path) {
    if (cur === undefined || !isDictValue(cur) || !hasKey(cur, k)) return undefined;
    cur = cur[k];
  }
  return cur;
}

/**
 * Replaces placeholder strings found as values (not inside f-strings) by the base values.
 * Like upstream (a `copy.deepcopy` per nested call), it returns fresh containers, so two keys that
 * shared one dict (`test_dataloader = val_dataloader`) are independent from here on, and popping
 * `_delete_` while merging one does not affect the other.
 */
export function substituteBaseVars(v: PyValue, base: PyDict, missing: (path: string[]) => void): PyValue {
  if (typeof v === 'string') {
    const path = placeholderPath(v);
    if (!path) return v;
    const found = lookupBasePath(base, path);
    if (found === undefined) {
      missing(path);
      return null;
    }
    return found;
  }
  if (Array.isArray(v)) return v.map((x) => substituteBaseVars(x, base, missing));
  if (isPyTuple(v)) return pyTuple(v.$tuple.map((x) => substituteBaseVars(x, base, missing)));
  if (isPyMap(v)) return mapValues(v, (x) => substituteBaseVars(x, base, missing));
  if (isDictValue(v)) {
    const out = newDict();
    for (const [k, x] of Object.entries(v)) out[k] = substituteBaseVars(x, base, missing);
    return out;
  }
  return v;
}
