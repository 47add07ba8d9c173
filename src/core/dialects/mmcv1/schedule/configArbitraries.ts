import fc from 'fast-check';
import { pyTuple, type PyDict, type PyValue } from '../../../python/value.ts';

/** fast-check arbitraries of MMCV 1.x schedule configs, shared by the property tests. */
export const float01 = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });

/** lr_config bodies a user could sensibly write (no policy that must raise). */
export const lrPolicies: fc.Arbitrary<PyDict> = fc.oneof(
  fc.constant<PyDict>({ policy: 'fixed' }),
  fc.record({
    policy: fc.constant('step'),
    step: fc.oneof(fc.integer({ min: 1, max: 30 }), fc.uniqueArray(fc.integer({ min: 1, max: 600 }), { minLength: 1, maxLength: 4 }).map((s) => s.sort((a, b) => a - b))),
    gamma: float01(0.01, 1),
  }),
  fc.record({ policy: fc.constant('exp'), gamma: float01(0.5, 1) }),
  fc.record({ policy: fc.constant('poly'), power: float01(0.1, 3), min_lr: float01(0, 1e-3) }),
  fc.record({ policy: fc.constant('inv'), gamma: float01(0, 1), power: float01(0.1, 2) }),
  fc.record({ policy: fc.constant('CosineAnnealing'), min_lr_ratio: float01(0, 0.5) }),
  fc.record({ policy: fc.constant('LinearAnnealing'), min_lr: float01(0, 1e-4) }),
  fc.record({ policy: fc.constant('FlatCosineAnnealing'), start_percent: float01(0.01, 0.99), min_lr: float01(0, 1e-4) }),
  fc.constant<PyDict>({ policy: 'CosineRestart', periods: [100, 100, 1_000_000], restart_weights: [1, 0.5, 0.25], min_lr: 0 }),
  fc.record({
    policy: fc.constant('cyclic'),
    target_ratio: fc.tuple(float01(1, 20), float01(1e-5, 1)).map((t) => pyTuple(t)),
    cyclic_times: fc.integer({ min: 1, max: 4 }),
    step_ratio_up: float01(0, 0.9),
    gamma: float01(0.1, 1),
    anneal_strategy: fc.constantFrom('cos', 'linear'),
  }),
  fc.record({ policy: fc.constant('OneCycle'), max_lr: float01(1e-3, 1), pct_start: float01(0.05, 0.9), three_phase: fc.boolean() }),
  fc.record({
    policy: fc.constant('YOLOX'),
    num_last_epochs: fc.integer({ min: 0, max: 2 }),
    min_lr_ratio: float01(0, 0.5),
    by_epoch: fc.constant(false),
  }),
);

export const warmups = fc.option(
  fc.record({
    warmup: fc.constantFrom('constant', 'linear', 'exp'),
    warmup_iters: fc.integer({ min: 1, max: 300 }),
    warmup_ratio: float01(1e-4, 1),
    warmup_by_epoch: fc.constant(false),
  }),
  { nil: undefined },
);

export const setups = fc.record({
  policy: lrPolicies,
  byEpoch: fc.boolean(),
  warmup: warmups,
  iterRunner: fc.boolean(),
  itersPerEpoch: fc.integer({ min: 1, max: 40 }),
  epochs: fc.integer({ min: 1, max: 15 }),
  lr: float01(1e-5, 1),
  lrMult: fc.option(float01(0.01, 2), { nil: undefined }),
});

export type Setup = typeof setups extends fc.Arbitrary<infer T> ? T : never;

export function configOf(s: Setup, withWarmup = true): PyDict {
  const lrConfig: PyDict = { ...s.policy };
  const forcedIter = ['cyclic', 'OneCycle', 'YOLOX'].includes(String(s.policy.policy));
  if (!forcedIter) lrConfig.by_epoch = s.byEpoch;
  if (s.warmup && withWarmup) Object.assign(lrConfig, s.warmup);
  else if (s.warmup) lrConfig.warmup_iters = s.warmup.warmup_iters; // YOLOX reads it without warmup too
  const optimizer: PyDict = { type: 'SGD', lr: s.lr, momentum: 0.9 };
  if (s.lrMult !== undefined) optimizer.paramwise_cfg = { custom_keys: { backbone: { lr_mult: s.lrMult } as PyValue } };
  const runner: PyDict = s.iterRunner
    ? { type: 'IterBasedRunner', max_iters: s.epochs * s.itersPerEpoch }
    : { type: 'EpochBasedRunner', max_epochs: s.epochs };
  return { optimizer, lr_config: lrConfig, runner };
}

