import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatLogTick } from './axisTicks.ts';
import { makeValueAxis } from './chartScales.ts';

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
