/**
 * Python's `bisect.bisect_right(a, x)`, step for step, so unsorted milestone lists (which
 * mmdet does not check) give the same answer as in Python.
 */
export function bisectRight(a: readonly number[], x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (x < (a[mid] as number)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
