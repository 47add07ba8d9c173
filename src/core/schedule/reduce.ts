/** A reduced series: iterations and the values at them, in increasing iteration order. */
export interface ReducedSeries {
  x: Float64Array;
  y: Float64Array;
}

/**
 * Shrinks `values[from, to)` to at most `maxPoints` points for charting (units: x is the
 * iteration index). The range is cut into `floor(maxPoints / 2)` equal buckets; each keeps its
 * minimum and maximum at the iterations where they occur, in iteration order, so every step
 * edge and cyclic peak is drawn where it really is. A range that already fits is copied whole.
 */
export function reduceSeries(values: Float64Array, maxPoints: number, from = 0, to = values.length): ReducedSeries {
  const start = Math.max(0, Math.min(from, values.length));
  const end = Math.max(start, Math.min(to, values.length));
  const count = end - start;
  const limit = Math.max(2, Math.floor(maxPoints));
  if (count <= limit) {
    const x = new Float64Array(count);
    for (let i = 0; i < count; i++) x[i] = start + i;
    return { x, y: values.slice(start, end) };
  }
  const buckets = Math.floor(limit / 2);
  const x = new Float64Array(buckets * 2);
  const y = new Float64Array(buckets * 2);
  let n = 0;
  for (let b = 0; b < buckets; b++) {
    // Integer bucket edges spread any remainder evenly and cover [start, end) exactly.
    const lo = start + Math.floor((b * count) / buckets);
    const hi = start + Math.floor(((b + 1) * count) / buckets);
    let min = values[lo] ?? 0;
    let max = min;
    let firstMin = lo;
    let lastMin = lo;
    let firstMax = lo;
    let lastMax = lo;
    for (let i = lo + 1; i < hi; i++) {
      const v = values[i] ?? 0;
      if (v < min) {
        min = v;
        firstMin = i;
        lastMin = i;
      } else if (v === min) {
        lastMin = i;
      }
      if (v > max) {
        max = v;
        firstMax = i;
        lastMax = i;
      } else if (v === max) {
        lastMax = i;
      }
    }
    if (min === max) {
      x[n] = lo;
      y[n++] = min;
      continue;
    }
    n = writeBucketExtremes(x, y, n, min, max, firstMin, lastMin, firstMax, lastMax);
  }
  return { x: x.slice(0, n), y: y.slice(0, n) };
}

/**
 * Writes one column's minimum and maximum in iteration order and returns the next free slot.
 * A step down keeps the last high and the first low, a step up the reverse, so the edge is drawn
 * between the two iterations where it happens. Shared by `reduceSeries` and the column sink.
 */
export function writeBucketExtremes(x: Float64Array, y: Float64Array, n: number, min: number, max: number, firstMin: number, lastMin: number, firstMax: number, lastMax: number): number {
  let minAt = firstMin;
  let maxAt = firstMax;
  if (lastMax < firstMin) maxAt = lastMax;
  else if (lastMin < firstMax) minAt = lastMin;
  if (minAt < maxAt) {
    x[n] = minAt;
    y[n++] = min;
    x[n] = maxAt;
    y[n++] = max;
  } else {
    x[n] = maxAt;
    y[n++] = max;
    x[n] = minAt;
    y[n++] = min;
  }
  return n;
}
