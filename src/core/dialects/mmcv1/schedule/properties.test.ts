import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pyTuple, type PyDict, type PyValue } from '../../../python/value.ts';
import { configOf, setups } from './configArbitraries.ts';
import { simulateMmcv1 } from './simulate.ts';

describe('MMCV 1.x schedule invariants', () => {
  it('never yields a negative lr', () => {
    fc.assert(
      fc.property(setups, (s) => {
        const result = simulateMmcv1(configOf(s), { itersPerEpoch: s.itersPerEpoch });
        if (!result.ok) return true;
        for (const group of [result.curves.base, ...result.curves.extraGroups]) {
          for (const v of group.lr) if (!(v >= 0)) return false;
        }
        return true;
      }),
      { numRuns: 400 },
    );
  });

  it('warmup ends exactly at the scheduled value', () => {
    fc.assert(
      fc.property(setups, (s) => {
        if (!s.warmup) return true;
        const warm = simulateMmcv1(configOf(s), { itersPerEpoch: s.itersPerEpoch });
        const cold = simulateMmcv1(configOf(s, false), { itersPerEpoch: s.itersPerEpoch });
        if (!warm.ok || !cold.ok) return warm.ok === cold.ok;
        const { warmupEnd } = warm.curves.marks;
        const a = warm.curves.base.lr;
        const b = cold.curves.base.lr;
        for (let i = warmupEnd; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it('step schedules never increase once warmup is over', () => {
    fc.assert(
      fc.property(setups, (s) => {
        if (s.policy.policy !== 'step') return true;
        const result = simulateMmcv1(configOf(s), { itersPerEpoch: s.itersPerEpoch });
        if (!result.ok) return false;
        const { lr } = result.curves.base;
        for (let i = result.curves.marks.warmupEnd + 1; i < lr.length; i++) {
          if ((lr[i] ?? 0) > (lr[i - 1] ?? 0)) return false;
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it('gives every curve one value per iteration and keeps the extra group in step with its multiplier', () => {
    fc.assert(
      fc.property(setups, (s) => {
        const result = simulateMmcv1(configOf(s), { itersPerEpoch: s.itersPerEpoch });
        if (!result.ok) return true;
        const c = result.curves;
        expect(c.totalIters).toBe(s.epochs * s.itersPerEpoch);
        expect(c.base.lr.length).toBe(c.totalIters);
        expect(c.base.momentum?.length).toBe(c.totalIters);
        expect(c.extraGroups.length).toBe(s.lrMult === undefined ? 0 : 1);
        return true;
      }),
      { numRuns: 200 },
    );
  });
});

describe('runner semantics', () => {
  const sgd: PyDict = { type: 'SGD', lr: 0.02, momentum: 0.9 };
  it('a by_epoch hook does nothing under IterBasedRunner (before_train_epoch never runs)', () => {
    const result = simulateMmcv1(
      {
        optimizer: sgd,
        runner: { type: 'IterBasedRunner', max_iters: 50 },
        lr_config: { policy: 'step', step: [1], by_epoch: true },
        momentum_config: { policy: 'step', step: [1] },
      },
      { itersPerEpoch: 10 },
    );
    if (!result.ok) throw new Error(result.error.message);
    expect(new Set(result.curves.base.lr)).toEqual(new Set([0.02]));
    expect(new Set(result.curves.base.momentum)).toEqual(new Set([0.9]));
  });
  it('IterBasedRunner defaults lr_config.by_epoch to False but not momentum_config.by_epoch', () => {
    const result = simulateMmcv1(
      {
        optimizer: sgd,
        runner: { type: 'IterBasedRunner', max_iters: 50 },
        lr_config: { policy: 'step', step: [20] },
        momentum_config: { policy: 'step', step: [1] },
      },
      { itersPerEpoch: 10 },
    );
    if (!result.ok) throw new Error(result.error.message);
    expect(result.curves.base.lr[19]).toBe(0.02);
    expect(result.curves.base.lr[20]).toBeCloseTo(0.002, 15);
    expect(result.curves.marks.milestones).toEqual([20]);
    expect(new Set(result.curves.base.momentum)).toEqual(new Set([0.9]));
  });
  it('marks the warmup end and the decay epochs in iterations', () => {
    const result = simulateMmcv1(
      {
        optimizer: sgd,
        runner: { type: 'EpochBasedRunner', max_epochs: 12 },
        lr_config: { policy: 'step', step: [8, 11], warmup: 'linear', warmup_iters: 500, warmup_ratio: 0.001 },
      },
      { itersPerEpoch: 100 },
    );
    if (!result.ok) throw new Error(result.error.message);
    expect(result.curves.marks).toEqual({ warmupEnd: 500, milestones: [800, 1100] });
  });
  it('reports the Adam-like momentum as betas[0]', () => {
    const result = simulateMmcv1(
      { optimizer: { type: 'AdamW', lr: 1e-4, betas: pyTuple([0.95, 0.999]) }, runner: { type: 'EpochBasedRunner', max_epochs: 1 } },
      { itersPerEpoch: 3 },
    );
    if (!result.ok) throw new Error(result.error.message);
    expect(Array.from(result.curves.base.momentum ?? [])).toEqual([0.95, 0.95, 0.95]);
  });
});

describe('YOLOX under IterBasedRunner with by_epoch=True', () => {
  it('still ramps up (its warmup reads base_lr, not regular_lr) and then keeps the last warmup value', () => {
    const result = simulateMmcv1(
      {
        optimizer: { type: 'SGD', lr: 0.01, momentum: 0.9 },
        runner: { type: 'IterBasedRunner', max_iters: 20 },
        lr_config: { policy: 'YOLOX', warmup: 'exp', by_epoch: true, warmup_iters: 5, warmup_ratio: 0.5, num_last_epochs: 1, min_lr_ratio: 0.05 },
      },
      { itersPerEpoch: 4 },
    );
    if (!result.ok) throw new Error(result.error.message);
    const lr = Array.from(result.curves.base.lr);
    expect(lr.slice(0, 5)).toEqual([1, 2, 3, 4, 5].map((k) => 0.01 * (0.5 * (k / 5) ** 2)));
    expect(new Set(lr.slice(5))).toEqual(new Set([lr[4]]));
  });
});

describe('simulateMmcv1 is total', () => {
  const pyValue: fc.Arbitrary<PyValue> = fc.oneof(
    fc.constant(null),
    fc.boolean(),
    fc.integer({ min: -5, max: 50 }),
    fc.double({ min: -2, max: 2, noNaN: true }),
    fc.constantFrom('cos', 'linear', 'exp', 'constant', 'x'),
    fc.array(fc.oneof(fc.integer({ min: -2, max: 30 }), fc.double({ min: 0, max: 2, noNaN: true })), { maxLength: 4 }),
    fc.array(fc.double({ min: 0, max: 2, noNaN: true }), { maxLength: 3 }).map((xs) => pyTuple(xs)),
  );
  const keys = [
    'by_epoch', 'warmup', 'warmup_iters', 'warmup_ratio', 'warmup_by_epoch', 'step', 'gamma', 'min_lr', 'min_lr_ratio',
    'power', 'periods', 'restart_weights', 'target_ratio', 'cyclic_times', 'step_ratio_up', 'anneal_strategy',
    'max_lr', 'total_steps', 'pct_start', 'div_factor', 'final_div_factor', 'three_phase', 'start_percent',
    'num_last_epochs', 'min_momentum', 'base_momentum', 'max_momentum',
  ];
  const policies = ['step', 'exp', 'poly', 'inv', 'fixed', 'cyclic', 'CosineAnnealing', 'FlatCosineAnnealing', 'CosineRestart', 'OneCycle', 'LinearAnnealing', 'YOLOX'];
  const hookConfig = fc
    .tuple(fc.constantFrom(...policies), fc.dictionary(fc.constantFrom(...keys), pyValue, { maxKeys: 5 }))
    .map(([policy, rest]): PyDict => ({ policy, ...rest }));
  it('returns a result (never throws) for arbitrary hook arguments', () => {
    fc.assert(
      fc.property(hookConfig, fc.option(hookConfig, { nil: undefined }), fc.boolean(), (lr, momentum, iterRunner) => {
        const config: PyDict = {
          optimizer: { type: 'SGD', lr: 0.02, momentum: 0.9 },
          runner: iterRunner ? { type: 'IterBasedRunner', max_iters: 60 } : { type: 'EpochBasedRunner', max_epochs: 6 },
          lr_config: lr,
        };
        if (momentum) config.momentum_config = momentum;
        const result = simulateMmcv1(config, { itersPerEpoch: 10 });
        if (!result.ok) return typeof result.error.message === 'string' && result.error.message.length > 0;
        return result.curves.base.lr.length === 60;
      }),
      { numRuns: 1000 },
    );
  });
});
