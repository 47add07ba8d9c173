import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pyTuple, type PyDict } from '../python/value.ts';
import { configOf, float01, setups } from '../dialects/mmcv1/schedule/configArbitraries.ts';
import { makeConfig } from '../../test/mmengineConfigs.ts';
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

  it("give every column the full simulation's min and max at the same iterations (MMEngine, every scheduler)", () => {
    const rules: fc.Arbitrary<PyDict>[] = [
      fc.record({ type: fc.constant('LinearLR'), start_factor: float01(0.001, 1) }),
      fc.record({ type: fc.constant('ConstantLR'), factor: float01(0.01, 1) }),
      fc.record({ type: fc.constant('MultiStepLR'), milestones: fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 3 }), gamma: float01(0.01, 1) }),
      fc.record({ type: fc.constant('StepLR'), step_size: fc.integer({ min: 1, max: 5 }), gamma: float01(0.01, 1) }),
      fc.record({ type: fc.constant('ExponentialLR'), gamma: float01(0.5, 1) }),
      fc.record({ type: fc.constant('CosineAnnealingLR'), eta_min: float01(0, 0.01) }),
      fc.record({ type: fc.constant('PolyLR'), eta_min: float01(0, 0.01), power: float01(0.5, 2) }),
      fc.record({ type: fc.constant('CosineRestartLR'), periods: fc.constant([3, 4]), restart_weights: fc.constant([1, 0.5]), eta_min: fc.constant(0) }),
      fc.record({ type: fc.constant('OneCycleLR'), eta_max: float01(0.01, 0.5), total_steps: fc.constant(200) }),
      fc.record({ type: fc.constant('QuadraticWarmupLR') }),
      fc.record({ type: fc.constant('CosineAnnealingMomentum'), eta_min: float01(0.5, 0.9) }),
      fc.record({ type: fc.constant('MultiStepMomentum'), milestones: fc.constant([2, 4]), gamma: float01(0.5, 1) }),
    ];
    const scheduler = (maxEpochs: number) =>
      fc.record({ byEpoch: fc.boolean(), convert: fc.boolean(), begin: fc.integer({ min: 0, max: Math.max(0, maxEpochs - 1) }), length: fc.integer({ min: 1, max: maxEpochs + 2 }), rule: fc.oneof(...rules) }).map(({ byEpoch, convert, begin, length, rule }) => {
        const dict: PyDict = { ...rule, by_epoch: byEpoch, begin: byEpoch ? begin : begin * 3, end: byEpoch ? begin + length : (begin + length) * 3 };
        if (byEpoch && convert) dict['convert_to_iter_based'] = true;
        return dict;
      });
    const setup = fc.integer({ min: 1, max: 10 }).chain((maxEpochs) =>
      fc.record({
        maxEpochs: fc.constant(maxEpochs),
        iterLoop: fc.boolean(),
        itersPerEpoch: fc.integer({ min: 1, max: 40 }),
        schedulers: fc.array(scheduler(maxEpochs), { minLength: 0, maxLength: 3 }),
        adam: fc.boolean(),
      }),
    );
    fc.assert(
      fc.property(setup, windows, fc.boolean(), (s, w, whole) => {
        const trainCfg: PyDict = s.iterLoop ? { type: 'IterBasedTrainLoop', max_iters: s.maxEpochs * s.itersPerEpoch } : { type: 'EpochBasedTrainLoop', max_epochs: s.maxEpochs };
        const optimizer: PyDict = s.adam ? { type: 'AdamW', lr: 0.001 } : { type: 'SGD', lr: 0.02, momentum: 0.9 };
        const config = makeConfig(s.schedulers, trainCfg, optimizer);
        const full = simulateSchedule('mmengine', config, { itersPerEpoch: s.itersPerEpoch });
        const window = whole ? { from: 0, to: Number.POSITIVE_INFINITY, maxPoints: w.maxPoints } : { from: w.from, to: w.from + w.span, maxPoints: w.maxPoints };
        const chart = chartSchedule('mmengine', config, { itersPerEpoch: s.itersPerEpoch, window });
        expect(chart.ok).toBe(full.ok);
        if (!full.ok || !chart.ok) {
          if (!full.ok && !chart.ok) expect(chart.error).toEqual(full.error);
          return;
        }
        const to = Math.min(window.to, full.curves.totalIters);
        same(chart.curves.base.lr, reduceSeries(full.curves.base.lr, window.maxPoints, window.from, to));
        expect(chart.curves.base.momentum === null).toBe(full.curves.base.momentum === null);
        if (full.curves.base.momentum && chart.curves.base.momentum) same(chart.curves.base.momentum, reduceSeries(full.curves.base.momentum, window.maxPoints, window.from, to));
        expect(chart.curves.marks).toEqual(full.curves.marks);
        expect(chart.curves.epochBased).toBe(!s.iterLoop);
      }),
      { seed: SEED, numRuns: 400 },
    );
  });
});
