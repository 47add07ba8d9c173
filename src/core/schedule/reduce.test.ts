import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reduceSeries } from './reduce.ts';

const series = fc
  .array(fc.double({ min: -1, max: 1, noNaN: true, noDefaultInfinity: true }), { minLength: 0, maxLength: 3000 })
  .map((xs) => Float64Array.from(xs));
const stepSeries = fc
  .array(fc.tuple(fc.integer({ min: 1, max: 400 }), fc.double({ min: 0, max: 1, noNaN: true })), { minLength: 1, maxLength: 12 })
  .map((runs) => Float64Array.from(runs.flatMap(([n, v]) => Array.from({ length: n }, () => v))));

describe('reduceSeries', () => {
  it('keeps at most maxPoints points, in increasing iteration order, each a real sample', () => {
    fc.assert(
      fc.property(series, fc.integer({ min: 2, max: 500 }), (values, maxPoints) => {
        const { x, y } = reduceSeries(values, maxPoints);
        expect(x.length).toBe(y.length);
        expect(x.length).toBeLessThanOrEqual(Math.max(2, maxPoints));
        for (let i = 0; i < x.length; i++) {
          const at = x[i] ?? -1;
          expect(Number.isInteger(at)).toBe(true);
          expect(y[i]).toBe(values[at]);
          if (i > 0) expect(at).toBeGreaterThan(x[i - 1] ?? -1);
        }
      }),
    );
  });

  it('keeps the true min and max of every bucket, so of the whole range', () => {
    fc.assert(
      fc.property(series, fc.integer({ min: 2, max: 500 }), (values, maxPoints) => {
        const { x, y } = reduceSeries(values, maxPoints);
        if (values.length === 0) return x.length === 0;
        const buckets = values.length <= Math.max(2, maxPoints) ? values.length : Math.floor(maxPoints / 2);
        for (let b = 0; b < buckets; b++) {
          const lo = Math.floor((b * values.length) / buckets);
          const hi = Math.floor(((b + 1) * values.length) / buckets);
          let min = Number.POSITIVE_INFINITY;
          let max = Number.NEGATIVE_INFINITY;
          for (let i = lo; i < hi; i++) {
            min = Math.min(min, values[i] ?? 0);
            max = Math.max(max, values[i] ?? 0);
          }
          const kept: number[] = [];
          for (let i = 0; i < x.length; i++) if ((x[i] ?? -1) >= lo && (x[i] ?? -1) < hi) kept.push(y[i] ?? 0);
          expect(kept).toContain(min);
          expect(kept).toContain(max);
        }
        return true;
      }),
    );
  });

  it('puts every step edge of a piecewise-constant series at its real iterations', () => {
    fc.assert(
      fc.property(stepSeries, fc.integer({ min: 4, max: 200 }), (values, maxPoints) => {
        const { x, y } = reduceSeries(values, maxPoints);
        // Between two kept points the series only changes if it changes inside their gap:
        // a drawn edge never claims a change earlier or later than the data has it.
        for (let i = 1; i < x.length; i++) {
          const a = x[i - 1] ?? 0;
          const b = x[i] ?? 0;
          if (y[i] === y[i - 1]) continue;
          let edges = 0;
          for (let k = a + 1; k <= b; k++) if (values[k] !== values[k - 1]) edges++;
          expect(edges).toBeGreaterThan(0);
        }
        return true;
      }),
    );
  });

  it('reduces a sub-range with absolute iterations', () => {
    const values = Float64Array.from({ length: 1000 }, (_, i) => (i >= 600 ? 0.1 : 1));
    const { x, y } = reduceSeries(values, 10, 500, 700);
    expect(x[0]).toBeGreaterThanOrEqual(500);
    expect(x.at(-1)).toBeLessThan(700);
    const edge = Array.from(x).indexOf(600);
    expect(edge).toBeGreaterThan(0);
    expect(y[edge]).toBe(0.1);
    expect(x[edge - 1]).toBe(599);
  });
});
