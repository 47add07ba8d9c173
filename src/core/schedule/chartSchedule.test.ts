import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pyTuple, type PyDict } from '../python/value.ts';
import { configOf, float01, setups } from './mmcv1/configArbitraries.ts';
import { reduceSeries } from './reduce.ts';
import { chartSchedule, simulateSchedule } from './simulate.ts';
import type { ReducedSeries } from './reduce.ts';

const SEED = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31);
// Printed so a failing run can be replayed with FC_SEED=<seed>.
console.log(`fast-check seed for chart-resolution properties: ${SEED}`);

const momentumPolicies = fc.option(
  fc.oneof(
    fc.record({ policy: fc.constant('step'), step: fc.integer({ min: 1, max: 10 }), gamma: float01(0.5, 1.5) }),
    fc.record({ policy: fc.constant('CosineAnnealing'), min_momentum_ratio: float01(0.5, 1) }),
    fc.record({ policy: fc.constant('LinearAnnealing'), min_momentum: float01(0.5, 0.9) }),
    fc.record({ policy: fc.constant('cyclic'), by_epoch: fc.constant(false), target_ratio: fc.constant(pyTuple([0.85 / 0.95, 1])), cyclic_times: fc.integer({ min: 1, max: 3 }) }),
    fc.record({ policy: fc.constant('OneCycle'), by_epoch: fc.constant(false) }),
  ),
  { nil: undefined },
);

const windows = fc.record({ from: fc.nat({ max: 700 }), span: fc.integer({ min: 1, max: 700 }), maxPoints: fc.integer({ min: 2, max: 120 }) });

function same(a: ReducedSeries, b: ReducedSeries): void {
  expect(Array.from(a.x)).toEqual(Array.from(b.x));
  expect(Array.from(a.y)).toEqual(Array.from(b.y));
}

describe('chart-resolution curves', () => {
  it("give every column the full simulation's min and max at the same iterations (MMCV 1.x, every policy)", () => {
    fc.assert(
      fc.property(setups, momentumPolicies, windows, fc.boolean(), (s, momentum, w, whole) => {
        const config: PyDict = configOf(s);
        if (momentum) config.momentum_config = momentum;
        const full = simulateSchedule('mmcv1', config, { itersPerEpoch: s.itersPerEpoch });
        const window = whole ? { from: 0, to: Number.POSITIVE_INFINITY, maxPoints: w.maxPoints } : { from: w.from, to: w.from + w.span, maxPoints: w.maxPoints };
        const chart = chartSchedule('mmcv1', config, { itersPerEpoch: s.itersPerEpoch, window });
        expect(chart.ok).toBe(full.ok);
        if (!full.ok || !chart.ok) {
          if (!full.ok && !chart.ok) expect(chart.error).toEqual(full.error);
          return;
        }
        const to = Math.min(window.to, full.curves.totalIters);
        const pairs = [[full.curves.base, chart.curves.base] as const, ...full.curves.extraGroups.map((g, i) => [g, chart.curves.extraGroups[i]] as const)];
        for (const [f, c] of pairs) {
          if (!c) throw new Error('missing group');
          same(c.lr, reduceSeries(f.lr, window.maxPoints, window.from, to));
          expect(c.momentum === null).toBe(f.momentum === null);
          if (f.momentum && c.momentum) same(c.momentum, reduceSeries(f.momentum, window.maxPoints, window.from, to));
        }
        expect(chart.curves.marks).toEqual(full.curves.marks);
        expect(chart.curves.totalIters).toBe(full.curves.totalIters);
      }),
      { seed: SEED, numRuns: 400 },
    );
  });
});
