import { describe, expect, it } from 'vitest';
import { epochTicksIn, formatExact, formatLogTick, logTicks, niceTicks } from './axisTicks.ts';

describe('axis ticks', () => {
  it('log ticks all print in one exponent form', () => {
    const ticks = logTicks(2e-5, 0.02);
    expect(ticks.map(formatLogTick)).toEqual(['1e-4', '1e-3', '1e-2']);
    // A short range gets 2x and 5x too, in the same form.
    expect(logTicks(0.004, 0.03).map(formatLogTick)).toEqual(['5e-3', '1e-2', '2e-2']);
  });

  it('nice ticks are round steps inside the range', () => {
    expect(niceTicks(0, 87959, 6)).toEqual([0, 20000, 40000, 60000, 80000]);
    expect(niceTicks(262, 1759, 4)).toEqual([500, 1000, 1500]);
  });

  it('a range of one ulp ends (its steps lie past 2^53 steps from zero)', () => {
    const lr = 0.02;
    const ticks = niceTicks(lr, lr + Number.EPSILON * lr, 4);
    expect(ticks.length).toBeLessThanOrEqual(20);
    expect(ticks.length).toBeGreaterThan(0);
  });

  it('epoch ticks from the real iterations per epoch, only inside the view', () => {
    expect(epochTicksIn(0, 87960, 7330, 12).map((t) => t.epoch)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(epochTicksIn(0, 87960, 7330, 12).at(-1)?.iter).toBe(87960);
    expect(epochTicksIn(100, 7000, 7330, 10)).toEqual([]);
  });

  it('values under the pointer keep 5 significant digits', () => {
    expect(formatExact(0.02)).toBe('0.020000');
    expect(formatExact(0.0123456789)).toBe('0.012346');
    expect(formatExact(2e-7)).toBe('2.0000e-7');
  });
});
