import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pyFloat, pyTuple, type PyDict } from '../../../python/value.ts';
import type { ScheduleCurves } from '../../../schedule/types.ts';
import { simulateMmengine } from './simulate.ts';
import { makeConfig } from '../../../../test/mmengineConfigs.ts';

const SEED = Number(process.env['FC_SEED'] ?? Date.now() % 2 ** 31);
// Printed so a failing run can be replayed with FC_SEED=<seed>.
console.log(`fast-check seed for mmengine properties: ${SEED}`);
const RUNS = { seed: SEED, numRuns: 200 };

function simulateOk(config: PyDict, itersPerEpoch: number): ScheduleCurves {
  const result = simulateMmengine(config, { itersPerEpoch });
  if (!result.ok) throw new Error(result.error.message);
  return result.curves;
}

const RULES: fc.Arbitrary<PyDict>[] = [
  fc.record({ type: fc.constant('LinearLR'), start_factor: fc.double({ min: 0.001, max: 1, noNaN: true }) }),
  fc.record({ type: fc.constant('ConstantLR'), factor: fc.double({ min: 0.01, max: 1, noNaN: true }) }),
  fc.record({ type: fc.constant('MultiStepLR'), milestones: fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 3 }), gamma: fc.double({ min: 0.01, max: 1, noNaN: true }) }),
  fc.record({ type: fc.constant('StepLR'), step_size: fc.integer({ min: 1, max: 5 }), gamma: fc.double({ min: 0.01, max: 1, noNaN: true }) }),
  fc.record({ type: fc.constant('ExponentialLR'), gamma: fc.double({ min: 0.5, max: 1, noNaN: true }) }),
  fc.record({ type: fc.constant('CosineAnnealingLR'), eta_min: fc.double({ min: 0, max: 0.01, noNaN: true }) }),
  fc.record({ type: fc.constant('PolyLR'), eta_min: fc.double({ min: 0, max: 0.01, noNaN: true }), power: fc.double({ min: 0.5, max: 2, noNaN: true }) }),
  fc.record({ type: fc.constant('CosineRestartLR'), periods: fc.constant([3, 4]), restart_weights: fc.constant([1, 0.5]), eta_min: fc.constant(0) }),
  fc.record({ type: fc.constant('QuadraticWarmupLR') }),
];

/** Configs that MMEngine accepts: every scheduler in range, factors in [0, 1], eta_min >= 0. */
const validScheduler = (maxEpochs: number): fc.Arbitrary<PyDict> =>
  fc
    .record({
      byEpoch: fc.boolean(),
      convert: fc.boolean(),
      begin: fc.integer({ min: 0, max: Math.max(0, maxEpochs - 1) }),
      length: fc.integer({ min: 1, max: maxEpochs + 2 }),
      rule: fc.oneof(...RULES),
    })
    .map(({ byEpoch, convert, begin, length, rule }) => {
      const dict: PyDict = { ...rule, by_epoch: byEpoch, begin: byEpoch ? begin : begin * 3, end: byEpoch ? begin + length : (begin + length) * 3 };
      if (byEpoch && convert) dict['convert_to_iter_based'] = true;
      return dict;
    });

const validSetup = fc.integer({ min: 1, max: 8 }).chain((maxEpochs) =>
  fc.record({
    maxEpochs: fc.constant(maxEpochs),
    itersPerEpoch: fc.integer({ min: 1, max: 6 }),
    schedulers: fc.array(validScheduler(maxEpochs), { minLength: 1, maxLength: 3 }),
    lr: fc.double({ min: 1e-4, max: 0.5, noNaN: true }),
  }),
);

describe('scheduler invariants', () => {
  it('never gives a negative or non-finite lr', () => {
    fc.assert(
      fc.property(validSetup, ({ maxEpochs, itersPerEpoch, schedulers, lr }) => {
        const config = makeConfig(schedulers, { type: 'EpochBasedTrainLoop', max_epochs: maxEpochs }, { type: 'SGD', lr, momentum: 0.9 });
        const curves = simulateOk(config, itersPerEpoch);
        expect(curves.base.lr.length).toBe(maxEpochs * itersPerEpoch);
        for (const v of curves.base.lr) expect(Number.isFinite(v) && v >= 0).toBe(true);
      }),
      RUNS,
    );
  });

  it('brings a LinearLR warmup to the base lr at end - 1 and holds it', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-5, max: 0.99, noNaN: true }),
        fc.integer({ min: 2, max: 2000 }),
        fc.double({ min: 1e-4, max: 1, noNaN: true }),
        (startFactor, end, lr) => {
          const config = makeConfig([{ type: 'LinearLR', start_factor: startFactor, by_epoch: false, begin: 0, end }], {
            type: 'IterBasedTrainLoop',
            max_iters: end + 50,
          }, { type: 'SGD', lr, momentum: 0.9 });
          const curves = simulateOk(config, 10);
          const at = curves.base.lr[end - 1] ?? Number.NaN;
          expect(Math.abs(at - lr)).toBeLessThanOrEqual(1e-10 * lr);
          expect(curves.base.lr[0]).toBe(lr * startFactor);
          const lrs = Array.from(curves.base.lr);
          expect(lrs.slice(1, end).every((v, i) => v > (lrs[i] ?? Number.POSITIVE_INFINITY))).toBe(true);
          expect(lrs.slice(end).every((v) => v === at)).toBe(true);
          expect(curves.marks.warmupEnd).toBe(end);
        },
      ),
      RUNS,
    );
  });

  it('never raises the lr with MultiStepLR, and marks each drop', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 11 }), { minLength: 1, maxLength: 4 }),
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        fc.integer({ min: 1, max: 9 }),
        (milestones, gamma, itersPerEpoch) => {
          const config = makeConfig([{ type: 'MultiStepLR', milestones, gamma }], { type: 'EpochBasedTrainLoop', max_epochs: 12 });
          const curves = simulateOk(config, itersPerEpoch);
          const drops: number[] = [];
          for (let i = 1; i < curves.totalIters; i++) {
            const before = curves.base.lr[i - 1] ?? 0;
            const now = curves.base.lr[i] ?? 0;
            expect(now).toBeLessThanOrEqual(before);
            if (now < before) drops.push(i);
          }
          expect(curves.marks.milestones).toEqual(drops);
        },
      ),
      RUNS,
    );
  });

  it('keeps lr_mult groups proportional under multiplicative schedulers', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 2, noNaN: true }), validSetup, (mult, { maxEpochs, itersPerEpoch }) => {
        const config: PyDict = {
          optim_wrapper: {
            optimizer: { type: 'SGD', lr: 0.02, momentum: 0.9 },
            paramwise_cfg: { custom_keys: { backbone: { lr_mult: mult }, neck: { decay_mult: pyFloat(0) } } },
          },
          param_scheduler: [
            { type: 'LinearLR', start_factor: 0.1, by_epoch: false, end: 7 },
            { type: 'MultiStepLR', milestones: [1, 3], gamma: 0.5 },
            { type: 'ExponentialMomentum', gamma: 0.99 },
          ],
          train_cfg: { type: 'EpochBasedTrainLoop', max_epochs: maxEpochs },
        };
        const curves = simulateOk(config, itersPerEpoch);
        expect(curves.extraGroups.map((g) => g.customKey)).toEqual(['backbone']);
        const extra = curves.extraGroups[0];
        const offBy = Array.from(curves.base.lr).findIndex((v, i) => !(Math.abs((extra?.lr[i] ?? 0) - v * mult) <= 1e-12 * v * mult));
        expect(offBy).toBe(-1);
        expect(extra?.momentum).toEqual(curves.base.momentum);
      }),
      RUNS,
    );
  });
});

describe('error predictions', () => {
  it('always rejects begin >= end with the ValueError text', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 50 }), fc.boolean(), (begin, shift, byEpoch) => {
        const end = begin - shift;
        const config = makeConfig([{ type: 'CosineAnnealingLR', begin, end, by_epoch: byEpoch }], { type: 'EpochBasedTrainLoop', max_epochs: 5 });
        const result = simulateMmengine(config, { itersPerEpoch: 4 });
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error.message).toBe(`ValueError: end should be larger than begin, but got begin=${begin}, end=${end}`);
      }),
      RUNS,
    );
  });

  it('always rejects an unregistered type with a KeyError', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Z][a-z]{2,8}LR$/), (type) => {
        fc.pre(!['StepLR', 'PolyLR'].includes(type));
        const result = simulateMmengine(makeConfig([{ type }], { type: 'EpochBasedTrainLoop', max_epochs: 2 }), { itersPerEpoch: 3 });
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error.message.startsWith(`KeyError: '${type} is not in the mmdet::parameter scheduler registry.`)).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('train loop semantics', () => {
  const schedule: PyDict[] = [
    { type: 'LinearLR', start_factor: 0.001, by_epoch: false, end: 20 },
    { type: 'MultiStepLR', milestones: [2], by_epoch: true },
  ];

  it('treats the by_epoch shorthand as the loop type', () => {
    const typed = simulateOk(makeConfig(schedule, { type: 'EpochBasedTrainLoop', max_epochs: 4 }), 7);
    const shorthand = simulateOk(makeConfig(schedule, { by_epoch: true, max_epochs: 4, val_interval: 1 }), 7);
    expect(shorthand.base.lr).toEqual(typed.base.lr);
    const iterTyped = simulateOk(makeConfig(schedule, { type: 'IterBasedTrainLoop', max_iters: 30 }), 7);
    const iterShort = simulateOk(makeConfig(schedule, { by_epoch: false, max_iters: 30 }), 7);
    expect(iterShort.base.lr).toEqual(iterTyped.base.lr);
  });

  it('runs IterBasedTrainLoop as one epoch: epoch schedulers end at 1 and never step inside', () => {
    const curves = simulateOk(makeConfig([{ type: 'CosineAnnealingLR', by_epoch: true }], { type: 'IterBasedTrainLoop', max_iters: 40 }), 7);
    expect(new Set(curves.base.lr)).toEqual(new Set([0.02]));
    const converted = simulateOk(
      makeConfig([{ type: 'CosineAnnealingLR', by_epoch: true, convert_to_iter_based: true }], { type: 'IterBasedTrainLoop', max_iters: 40 }),
      10,
    );
    // Converted end = 1 epoch * 10 iterations: the last step in range is T_max - 1, so eta_min = 0
    // is never reached and the value of iteration 9 holds afterwards.
    expect(converted.base.lr[9]).toBeGreaterThan(0);
    expect(converted.base.lr[39]).toBe(converted.base.lr[9]);
  });

  it('reports Adam betas[0] as momentum and schedules it', () => {
    const config = makeConfig([{ type: 'LinearMomentum', start_factor: 0.5, by_epoch: false, end: 4 }], { type: 'IterBasedTrainLoop', max_iters: 6 }, {
      type: 'AdamW',
      lr: 1e-3,
      betas: pyTuple([pyFloat(0.9), 0.999]),
    });
    const curves = simulateOk(config, 2);
    expect(curves.base.momentum?.[0]).toBe(0.45);
    expect(Math.abs((curves.base.momentum?.[3] ?? 0) - 0.9)).toBeLessThan(1e-15);
  });
});
