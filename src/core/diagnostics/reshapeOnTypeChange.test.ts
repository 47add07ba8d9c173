/** One mechanism for every type change a form makes; the result must pass the unknown-argument rules. */
import { describe, expect, it } from 'vitest';
import { mergeAIntoB } from '../config/load/merge.ts';
import type { PyDict } from '../python/value.ts';
import { applyFix } from './applyFix.ts';
import { diagnose } from './engine.ts';
import { reshapeOnTypeChange } from './reshapeOnTypeChange.ts';
import type { TypeChange } from './reshapeOnTypeChange.ts';
import type { DialectId } from './types.ts';
import { diagnoseFixture } from '../../test/diagnostics/probe.ts';

const v2 = diagnoseFixture('v2/configs/faster_rcnn/faster_rcnn_r50_fpn_1x_coco.py');
const v3 = diagnoseFixture('v3/configs/faster_rcnn/faster-rcnn_r50_fpn_1x_coco.py');

/** Applies the change in inherit mode (own = {} over the fixture's merged config as bases) and diagnoses the merge. */
function changeInInheritMode(bases: PyDict, dialect: DialectId, change: TypeChange): { own: PyDict; merged: PyDict; errors: string[] } {
  const r = reshapeOnTypeChange({ config: bases, dialect, bases }, change);
  const own = applyFix({}, { title: { en: '', zh: '' }, edits: [r.edit] });
  const merged = mergeAIntoB(structuredClone(own), bases);
  const errors = diagnose({ config: merged, dialect, bases, own }).filter((d) => d.severity === 'error').map((d) => `${d.rule} ${d.path.join('.')}`);
  return { own, merged, errors };
}

describe('reshapeOnTypeChange', () => {
  it('SGD → AdamW in inherit mode writes _delete_=True without momentum (the DETR recipe from the forms)', () => {
    const { own, merged, errors } = changeInInheritMode(v2.loaded.config, 'mmcv1', { component: 'optimizer', path: ['optimizer'], newType: 'AdamW' });
    expect(own.optimizer).toEqual({ _delete_: true, type: 'AdamW', lr: 0.02, weight_decay: 0.0001 });
    expect(merged.optimizer).toEqual({ type: 'AdamW', lr: 0.02, weight_decay: 0.0001 });
    expect(errors).toEqual([]);
  });

  it('in a standalone config it just sets the section', () => {
    const r = reshapeOnTypeChange({ config: v2.loaded.config, dialect: 'mmcv1' }, { component: 'optimizer', path: ['optimizer'], newType: 'Adam' });
    expect(r.edit.op).toBe('set');
    expect(r.dropped).toEqual(['momentum']);
  });

  it('lr policy step → CosineAnnealing drops step and adds min_lr_ratio, keeping the warmup', () => {
    const { merged, errors } = changeInInheritMode(v2.loaded.config, 'mmcv1', { component: 'lr-policy', path: ['lr_config'], newType: 'CosineAnnealing' });
    expect(merged.lr_config).toEqual({ policy: 'CosineAnnealing', warmup: 'linear', warmup_iters: 500, warmup_ratio: 0.001, min_lr_ratio: 1e-5 });
    expect(errors).toEqual([]);
  });

  it('momentum policy cyclic gets by_epoch=False and drops it again when leaving', () => {
    const base: PyDict = { ...v2.loaded.config, momentum_config: { policy: 'cyclic', by_epoch: false, target_ratio: { $tuple: [0.85, 1] }, cyclic_times: 1 } };
    const r = reshapeOnTypeChange({ config: base, dialect: 'mmcv1' }, { component: 'momentum-policy', path: ['momentum_config'], newType: 'CosineAnnealing' });
    expect(r.section.by_epoch).toBeUndefined();
    expect(r.section).toMatchObject({ policy: 'CosineAnnealing' });
    expect(r.dropped.sort()).toEqual(['by_epoch', 'cyclic_times', 'target_ratio']);
  });

  it('EpochBasedRunner → IterBasedRunner converts the length with iterations per epoch', () => {
    const r = reshapeOnTypeChange({ config: v2.loaded.config, dialect: 'mmcv1', itersPerEpoch: 7330 }, { component: 'runner', path: ['runner'], newType: 'IterBasedRunner' });
    expect(r.section).toEqual({ type: 'IterBasedRunner', max_iters: 87960 });
  });

  it('3.x MultiStepLR → CosineAnnealingLR drops milestones and gamma, keeps the range', () => {
    const { merged, errors } = changeInInheritMode(v3.loaded.config, 'mmengine', { component: 'scheduler', path: ['param_scheduler', '1'], newType: 'CosineAnnealingLR' });
    expect((merged.param_scheduler as PyDict[])[1]).toEqual({ type: 'CosineAnnealingLR', begin: 0, end: 12, by_epoch: true });
    expect(errors).toEqual([]);
  });

  it('3.x EpochBasedTrainLoop → IterBasedTrainLoop replaces max_epochs by max_iters', () => {
    const { merged, errors } = changeInInheritMode(v3.loaded.config, 'mmengine', { component: 'train-loop', path: ['train_cfg'], newType: 'IterBasedTrainLoop' });
    expect(merged.train_cfg).toEqual({ type: 'IterBasedTrainLoop', val_interval: 1, max_iters: 90000 });
    expect(errors).toEqual([]);
  });
});
