import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatLogTick } from './axisTicks.ts';
import { makeValueAxis, valueFraction } from './chartScales.ts';

const seed = Number(process.env.FC_SEED ?? Date.now() % 100000);
console.log(`fast-check seed ${seed}`);

const lrs = fc.array(fc.double({ min: 1e-9, max: 10, noNaN: true }), { minLength: 1, maxLength: 50 });

describe('value axis handed to recharts', () => {
  it('keeps every value strictly inside the domain, and the ticks inside too (linear and log)', () => {
    fc.assert(
      fc.property(lrs, fc.boolean(), (ys, log) => {
        const axis = makeValueAxis(ys, log);
        const [lo, hi] = axis.domain;
        for (const y of ys) expect(lo < y && y < hi).toBe(true);
        for (const t of axis.ticks) expect(lo <= t && t <= hi).toBe(true);
        expect(axis.log).toBe(log);
      }),
      { seed },
    );
  });

  it('log ticks print in one exponent form; values ≤ 0 do not reach the log domain', () => {
    const axis = makeValueAxis([0, 2e-5, 0.02], true);
    expect(axis.domain[0]).toBeGreaterThan(0);
    expect(axis.ticks.map(formatLogTick)).toEqual(['1e-4', '1e-3', '1e-2']);
  });

  it('a flat line gets room above and below', () => {
    expect(makeValueAxis([0.9, 0.9], false).domain).toEqual([0.9 - 0.09 - 0.009, 0.9 + 0.09 + 0.009]);
    expect(makeValueAxis([0, 0], false).domain).toEqual([-1.1, 1.1]);
  });
});

describe('value fraction (where the value axis places a value)', () => {
  it('puts the domain ends at 0 and 1, equal steps (linear) or equal ratios (log) at equal distances', () => {
    fc.assert(
      fc.property(lrs, fc.boolean(), fc.double({ min: 0.01, max: 0.99, noNaN: true }), (ys, log, t) => {
        const axis = makeValueAxis(ys, log);
        const [lo, hi] = axis.domain;
        expect(valueFraction(axis, lo)).toBeCloseTo(0, 9);
        expect(valueFraction(axis, hi)).toBeCloseTo(1, 9);
        // The value a fraction t of the way up, computed independently of valueFraction.
        const v = log ? lo * (hi / lo) ** t : lo + (hi - lo) * t;
        expect(valueFraction(axis, v)).toBeCloseTo(t, 9);
        for (const y of ys) {
          const f = valueFraction(axis, y);
          expect(f > 0 && f < 1).toBe(true);
        }
      }),
      { seed },
    );
  });

  it('has no place for values ≤ 0 on a log axis, nor for non-finite values', () => {
    const axis = makeValueAxis([1e-3, 1e-1], true);
    expect(valueFraction(axis, 0)).toBeNaN();
    expect(valueFraction(axis, -1)).toBeNaN();
    expect(valueFraction(makeValueAxis([1, 2], false), Number.NaN)).toBeNaN();
    expect(valueFraction(makeValueAxis([1, 2], false), Number.POSITIVE_INFINITY)).toBeNaN();
  });
});
