/**
 * Property: any sequence of form type changes (optimizer type, lr/momentum policy, scheduler type,
 * runner/loop type), applied in inherit mode over a real fixture config, leaves a merged config
 * that no unknown-argument or stray-_delete_ rule rejects.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeAIntoB } from '../config/load/merge.ts';
import { lrPolicies, momentumPolicies } from '../model/policies.ts';
import type { PyDict } from '../python/value.ts';
import { SCHEDULER_CLASSES } from '../dialects/mmengine/schedule/schedulerClasses.ts';
import { applyFix } from './applyFix.ts';
import { diagnose } from './engine.ts';
import { schedulerEntries } from './facts.ts';
import { reshapeOnTypeChange } from './reshapeOnTypeChange.ts';
import type { TypeChange } from './reshapeOnTypeChange.ts';
import { optimizerNames } from './signatures/optimizerSignatures.ts';
import type { DialectId } from './types.ts';
import { diagnoseFixture } from '../../test/diagnostics/probe.ts';

const seed = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31);
const checkedRules = new Set(['optimizer/unknown-argument', 'hook/unknown-argument', 'runner/unknown-argument', 'scheduler/unknown-argument', 'config/stray-delete']);
const lrSchedulers = [...SCHEDULER_CLASSES.keys()].filter((k) => k.endsWith('LR'));

function changes(dialect: DialectId, config: PyDict): fc.Arbitrary<TypeChange> {
  const optimizer = fc.constantFrom(...optimizerNames).map((t): TypeChange => ({ component: 'optimizer', path: dialect === 'mmcv1' ? ['optimizer'] : ['optim_wrapper', 'optimizer'], newType: t }));
  if (dialect === 'mmcv1') {
    return fc.oneof(
      optimizer,
      fc.constantFrom(...lrPolicies).map((t): TypeChange => ({ component: 'lr-policy', path: ['lr_config'], newType: t })),
      fc.constantFrom(...momentumPolicies).map((t): TypeChange => ({ component: 'momentum-policy', path: ['momentum_config'], newType: t })),
      fc.constantFrom('EpochBasedRunner', 'IterBasedRunner').map((t): TypeChange => ({ component: 'runner', path: ['runner'], newType: t })),
    );
  }
  const indices = schedulerEntries(config).map((e) => e.path);
  return fc.oneof(
    optimizer,
    fc.tuple(fc.constantFrom(...indices), fc.constantFrom(...lrSchedulers)).map(([path, t]): TypeChange => ({ component: 'scheduler', path, newType: t })),
    fc.constantFrom('EpochBasedTrainLoop', 'IterBasedTrainLoop').map((t): TypeChange => ({ component: 'train-loop', path: ['train_cfg'], newType: t })),
  );
}

const fixtures = ['v2/configs/faster_rcnn/faster_rcnn_r50_fpn_1x_coco.py', 'v2/configs/yolox/yolox_s_8x8_300e_coco.py', 'v3/configs/faster_rcnn/faster-rcnn_r50_fpn_1x_coco.py', 'v3/configs/rtmdet/rtmdet_l_8xb32-300e_coco.py'];

describe(`reshapeOnTypeChange keeps configs buildable (seed ${seed}, replay with FC_SEED=${seed})`, () => {
  for (const rel of fixtures) {
    it(rel, () => {
      const { loaded } = diagnoseFixture(rel);
      const bases = loaded.config;
      const dialect = loaded.dialect;
      fc.assert(
        fc.property(fc.array(changes(dialect, bases), { minLength: 1, maxLength: 6 }), (steps) => {
          let own: PyDict = {};
          let merged = bases;
          for (const change of steps) {
            const r = reshapeOnTypeChange({ config: merged, dialect, bases, itersPerEpoch: 100 }, change);
            own = applyFix(own, { title: { en: '', zh: '' }, edits: [r.edit] });
            merged = mergeAIntoB(structuredClone(own), bases);
            const bad = diagnose({ config: merged, dialect, bases, own }).filter((d) => d.severity === 'error' && checkedRules.has(d.rule));
            expect(bad.map((d) => `${d.rule} ${d.path.join('.')} after ${change.component}→${change.newType}`)).toEqual([]);
          }
        }),
        { seed, numRuns: 150 },
      );
    });
  }
});
