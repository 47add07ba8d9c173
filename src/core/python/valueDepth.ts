/**
 * Python values can contain themselves (`x.append(x)`) or nest thousands deep (`x = [x]` repeated);
 * `json.dumps`, `repr` and MMCV's `Config` then raise RecursionError. Every printer, merger and
 * writer here recurses over values, so a value past the nesting limit is refused where it is defined.
 */
import { limits } from '../limits.ts';
import { isPyMap, isPyTuple } from './value.ts';
import type { PyValue } from './value.ts';

/**
 * The limit `v` breaks, if any: nesting deeper than the value depth limit (a cycle counts as
 * infinitely deep), or more items written out than the written-size limit. Heights and sizes of
 * shared containers are memoised, so a value built by doubling (`x = [x, x]`) is checked in time
 * linear in its distinct containers, not in its printed size.
 */
export function valueLimitBroken(v: PyValue): 'valueDepth' | 'writtenSize' | undefined {
  const known = new WeakMap<object, { height: number; size: number }>();
  const max = limits.valueDepth.value;
  const measure = (x: PyValue, depth: number): { height: number; size: number } => {
    if (x === null || typeof x !== 'object') return { height: 0, size: 1 };
    const memo = known.get(x);
    if (memo !== undefined) return memo;
    if (depth >= max) return { height: Infinity, size: 1 };
    const children: readonly PyValue[] = Array.isArray(x) ? x : isPyTuple(x) ? x.$tuple : isPyMap(x) ? x.$map.flat() : Object.values(x);
    const out = { height: 0, size: 1 };
    for (const c of children) {
      const m = measure(c, depth + 1);
      out.height = Math.max(out.height, m.height + 1);
      out.size += m.size;
      if (out.height === Infinity) return out;
    }
    known.set(x, out);
    return out;
  };
  const m = measure(v, 0);
  if (m.height > max) return 'valueDepth';
  return m.size > limits.writtenSize.value ? 'writtenSize' : undefined;
}
