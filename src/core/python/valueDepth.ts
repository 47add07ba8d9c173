/**
 * Python values can contain themselves (`x.append(x)`) or nest thousands deep (`x = [x]` repeated);
 * `json.dumps`, `repr` and MMCV's `Config` then raise RecursionError. Every printer, merger and
 * writer here recurses over values, so a value past the nesting limit is refused where it is defined.
 */
import { limits } from '../limits.ts';
import { isPyTuple } from './value.ts';
import type { PyValue } from './value.ts';

/**
 * True when `v` nests no deeper than the value depth limit (a cycle counts as infinitely deep).
 * Heights of shared containers are memoised, so a value built by doubling (`x = [x, x]`) is
 * checked in time linear in its distinct containers, not in its printed size.
 */
export function withinValueDepth(v: PyValue): boolean {
  const heights = new WeakMap<object, number>();
  const max = limits.valueDepth.value;
  const height = (x: PyValue, depth: number): number => {
    if (x === null || typeof x !== 'object') return 0;
    const known = heights.get(x);
    if (known !== undefined) return known;
    if (depth >= max) return Infinity;
    const children: readonly PyValue[] = Array.isArray(x) ? x : isPyTuple(x) ? x.$tuple : Object.values(x);
    let h = 0;
    for (const c of children) {
      h = Math.max(h, height(c, depth + 1) + 1);
      if (h === Infinity) return h;
    }
    heights.set(x, h);
    return h;
  };
  return height(v, 0) <= max;
}
