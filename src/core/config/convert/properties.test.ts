import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pyFloat, type PyDict } from '../../python/value.ts';
import { convertToMmcv1 } from './convertToMmcv1.ts';
import { convertToMmengine } from './convertToMmengine.ts';

const seed = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31);
const runs = Number(process.env.FC_RUNS ?? 150);

const ratio = fc.double({ min: 1e-4, max: 1, noNaN: true });
const warmup = fc.option(
  fc.record({ warmup: fc.constantFrom('linear', 'constant', 'exp'), warmup_iters: fc.integer({ min: 1, max: 60 }), warmup_ratio: ratio }),
  { nil: undefined },
);
const target = fc.oneof(
  fc.record({ min_lr: fc.constantFrom(0, 1e-5, 1e-3) }),
  fc.record({ min_lr_ratio: fc.constantFrom(0, 0.01, 0.05) }),
);
const policy = fc.oneof(
  fc.record({ policy: fc.constant('step'), step: fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 3 }).map((s) => s.sort((a, b) => a - b)), gamma: fc.constantFrom(0.1, 0.5) }),
  fc.record({ policy: fc.constant('step'), step: fc.integer({ min: 1, max: 5 }), gamma: fc.constantFrom(0.1, 0.3) }),
  target.map((t) => ({ policy: 'CosineAnnealing', ...t })),
  fc.record({ policy: fc.constant('poly'), power: fc.constantFrom(1, 0.9, 2), min_lr: fc.constantFrom(0, 1e-4) }),
);
const schedule = fc.record({
  lr: policy,
  warmup,
  byEpoch: fc.boolean(),
  iterRunner: fc.boolean(),
  maxEpochs: fc.integer({ min: 1, max: 12 }),
  itersPerEpoch: fc.integer({ min: 1, max: 40 }),
  lrMult: fc.option(fc.constantFrom(0.1, 0.5), { nil: undefined }),
});

type ScheduleCase = typeof schedule extends fc.Arbitrary<infer T> ? T : never;

function buildConfig(s: ScheduleCase): PyDict {
  const lrConfig: PyDict = { ...s.lr, by_epoch: s.byEpoch, ...(s.warmup ? { ...s.warmup, warmup_ratio: pyFloat(s.warmup.warmup_ratio) } : {}) };
  const optimizer: PyDict = { type: 'SGD', lr: 0.02, momentum: 0.9 };
  if (s.lrMult !== undefined) optimizer.paramwise_cfg = { custom_keys: { backbone: { lr_mult: s.lrMult } } };
  const runner: PyDict = s.iterRunner
    ? { type: 'IterBasedRunner', max_iters: s.maxEpochs * s.itersPerEpoch }
    : { type: 'EpochBasedRunner', max_epochs: s.maxEpochs };
  return { optimizer, lr_config: lrConfig, runner };
}

describe(`random MMCV step/cosine/poly schedules with warmups (fast-check seed ${seed}, FC_SEED to replay)`, () => {
  it('a conversion that claims exact is exact, and the converted config simulates whenever the source does', () => {
    let claimed = 0;
    fc.assert(
      fc.property(schedule, (s) => {
        const config = buildConfig(s);
        const result = convertToMmengine(config, { itersPerEpoch: s.itersPerEpoch });
        const check = result.curveCheck;
        if (check.sourceError !== null) return;
        expect(check.targetError).toBeNull();
        if (result.claimedExact) {
          claimed++;
          expect(check.exact, JSON.stringify({ config, scheduler: result.config.param_scheduler, check })).toBe(true);
        }
        const back = convertToMmcv1(result.config, { itersPerEpoch: s.itersPerEpoch });
        if (back.claimedExact) expect(back.curveCheck.exact, JSON.stringify({ config, back: back.config.lr_config })).toBe(true);
      }),
      { seed, numRuns: runs },
    );
    console.log(`fast-check seed ${seed}: ${claimed}/${runs} conversions claimed exact (all verified)`);
  });
});
