/** Property: the engine is total — any config shape, in either dialect, gives diagnostics, never an exception. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PyDict, PyValue } from '../python/value.ts';
import { diagnose } from './engine.ts';

const seed = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31);

/** Keys the rules look at, so random configs reach their code paths. */
const keys = [
  'optimizer', 'optim_wrapper', 'lr_config', 'momentum_config', 'runner', 'checkpoint_config', 'log_config', 'evaluation', 'param_scheduler',
  'default_hooks', 'train_cfg', 'val_cfg', 'test_cfg', 'auto_scale_lr', 'type', 'policy', 'step', 'milestones', 'begin', 'end', 'by_epoch',
  'max_epochs', 'max_iters', 'interval', 'warmup', 'warmup_iters', 'warmup_ratio', 'save_last', 'T_max', 'hooks', 'checkpoint', 'logger', '_delete_',
  'base_batch_size', 'enable', 'val_begin', 'resume', 'load_from', 'resume_from', 'momentum', 'lr',
];
const names = ['SGD', 'AdamW', 'step', 'CosineAnnealing', 'Cosine', 'MultiStepLR', 'LinearLR', 'CosineAnnealingLR', 'IterBasedRunner', 'EpochBasedTrainLoop', 'CheckpointHook', 'linear'];

const { value } = fc.letrec<{ value: PyValue }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    fc.integer({ min: -5, max: 100000 }),
    fc.double({ noNaN: false }),
    fc.constantFrom(...names),
    fc.record({ $float: fc.constantFrom(1, 0, Infinity) }),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.record({ $tuple: fc.array(tie('value'), { maxLength: 3 }) }),
    fc.dictionary(fc.constantFrom(...keys), tie('value'), { maxKeys: 6 }),
  ),
}));

describe(`diagnose is total (seed ${seed}, replay with FC_SEED=${seed})`, () => {
  it('never throws and returns well-formed diagnostics', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...keys), value, { maxKeys: 8 }), fc.constantFrom('mmcv1' as const, 'mmengine' as const), fc.option(fc.integer({ min: 1, max: 5000 }), { nil: undefined }), (config, dialect, itersPerEpoch) => {
        // fast-check builds null-prototype dicts; the loader gives plain objects.
        const plain = structuredClone(config) as PyDict;
        const out = diagnose({ config: plain, dialect, bases: plain, fileName: 'x_8xb2-1x_coco.py', ...(itersPerEpoch === undefined ? {} : { itersPerEpoch }) });
        for (const d of out) {
          expect(['error', 'warning', 'info']).toContain(d.severity);
          expect(d.message.en.length).toBeGreaterThan(0);
          expect(d.message.zh.length).toBeGreaterThan(0);
        }
      }),
      { seed, numRuns: 1500 },
    );
  });
});
