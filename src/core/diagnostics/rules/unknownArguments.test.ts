/** optimizer/, hook/, runner/ and scheduler/unknown-argument on real configs and issue repros. */
import { describe, expect, it } from 'vitest';
import { mergeAIntoB } from '../../config/load/merge.ts';
import type { PyDict } from '../../python/value.ts';
import { applyFix } from '../applyFix.ts';
import { diagnose } from '../engine.ts';
import { byRule, diagnoseFixture, diagnoseProbe } from '../../../test/diagnostics/probe.ts';

const V2_FASTER = 'v2/configs/faster_rcnn/faster_rcnn_r50_fpn_1x_coco.py';
const V3_FASTER = 'v3/configs/faster_rcnn/faster-rcnn_r50_fpn_1x_coco.py';

describe('optimizer/unknown-argument', () => {
  // The repro: Optimizer type → AdamW over schedule_1x.py's SGD (momentum=0.9), mmpretrain #1587.
  const leaf = "_base_ = './faster_rcnn_r50_fpn_1x_coco.py'\noptimizer = dict(type='AdamW', lr=0.0001, weight_decay=0.0001)\n";

  it('fires on momentum inherited by AdamW, located in schedule_1x.py, fixed with _delete_=True', () => {
    const result = diagnoseProbe(V2_FASTER, leaf);
    const [d, ...rest] = byRule(result, 'optimizer/unknown-argument');
    expect(rest).toEqual([]);
    expect(d?.severity).toBe('error');
    expect(d?.path).toEqual(['optimizer', 'momentum']);
    expect(d?.message.en).toContain("AdamW.__init__() got an unexpected keyword argument 'momentum'");
    expect(d?.message.en).toContain('inherited from the base config');
    expect(d?.source?.file).toMatch(/_base_\/schedules\/schedule_1x\.py$/);
    expect(d?.fix?.edits).toEqual([{ op: 'replace', path: ['optimizer'], value: { type: 'AdamW', lr: 0.0001, weight_decay: 0.0001 } }]);
  });

  it('the fix, applied to the leaf and merged again, leaves no error', () => {
    const result = diagnoseProbe(V2_FASTER, leaf);
    const fix = byRule(result, 'optimizer/unknown-argument')[0]?.fix;
    expect(fix).toBeDefined();
    if (!fix || !result.bases) throw new Error('no fix or bases');
    const own: PyDict = { optimizer: { type: 'AdamW', lr: 0.0001, weight_decay: 0.0001 } };
    const merged = mergeAIntoB(structuredClone(applyFix(own, fix)), result.bases);
    expect(merged.optimizer).toEqual({ type: 'AdamW', lr: 0.0001, weight_decay: 0.0001 });
    expect(diagnose({ config: merged, dialect: 'mmcv1', bases: result.bases }).filter((x) => x.severity === 'error')).toEqual([]);
  });

  it('fires on the 3.x optim_wrapper too', () => {
    const result = diagnoseProbe(V3_FASTER, "_base_ = './faster-rcnn_r50_fpn_1x_coco.py'\noptim_wrapper = dict(optimizer=dict(type='AdamW', lr=0.0001, weight_decay=0.05))\n");
    expect(byRule(result, 'optimizer/unknown-argument').map((d) => d.path.join('.'))).toEqual(['optim_wrapper.optimizer.momentum']);
  });

  it('a key the leaf writes itself is deleted, not replaced', () => {
    const result = diagnoseProbe('v2/configs/detr/detr_r50_8x2_150e_coco.py', "_base_ = './detr_r50_8x2_150e_coco.py'\noptimizer = dict(momentum=0.9)\n");
    expect(byRule(result, 'optimizer/unknown-argument')[0]?.fix?.edits).toEqual([{ op: 'delete', path: ['optimizer', 'momentum'] }]);
  });

  it('stays silent on the real DETR recipes (AdamW without momentum; paramwise_cfg is popped by MMCV)', () => {
    expect(byRule(diagnoseFixture('v2/configs/detr/detr_r50_8x2_150e_coco.py'), 'optimizer/unknown-argument')).toEqual([]);
    expect(byRule(diagnoseFixture('v3/configs/detr/detr_r50_8xb2-150e_coco.py'), 'optimizer/unknown-argument')).toEqual([]);
  });
});

describe('hook/unknown-argument', () => {
  it('fires on step= inherited by a CosineAnnealing policy change', () => {
    const result = diagnoseProbe(V2_FASTER, "_base_ = './faster_rcnn_r50_fpn_1x_coco.py'\nlr_config = dict(policy='CosineAnnealing', min_lr_ratio=1e-5)\n");
    const [d] = byRule(result, 'hook/unknown-argument');
    expect(d?.message.en).toContain("CosineAnnealingLrUpdaterHook.__init__() got an unexpected keyword argument 'step'");
    expect(d?.fix?.edits[0]?.op).toBe('replace');
  });

  it('fires on save_best in a 2.x checkpoint_config (passed on to save_checkpoint)', () => {
    const result = diagnoseProbe(V2_FASTER, "_base_ = './faster_rcnn_r50_fpn_1x_coco.py'\ncheckpoint_config = dict(interval=1, save_best='auto')\n");
    expect(byRule(result, 'hook/unknown-argument').map((d) => d.path.join('.'))).toEqual(['checkpoint_config.save_best']);
  });

  it('fires on by_epoch in an MMEngine LoggerHook (it takes log_metric_by_epoch)', () => {
    const result = diagnoseProbe(V3_FASTER, "_base_ = './faster-rcnn_r50_fpn_1x_coco.py'\ndefault_hooks = dict(logger=dict(type='LoggerHook', interval=50, by_epoch=False))\n");
    expect(byRule(result, 'hook/unknown-argument').map((d) => d.path.join('.'))).toEqual(['default_hooks.logger.by_epoch']);
  });

  it('stays silent on the real YOLOX recipe (downstream YOLOX policy, _delete_ over the base lr_config)', () => {
    expect(byRule(diagnoseFixture('v2/configs/yolox/yolox_s_8x8_300e_coco.py'), 'hook/unknown-argument')).toEqual([]);
    expect(byRule(diagnoseFixture(V3_FASTER), 'hook/unknown-argument')).toEqual([]);
  });
});

describe('runner/unknown-argument', () => {
  it('fires on max_epochs given to an IterBasedTrainLoop (lazy common/ms_3x_coco.py the other way round)', () => {
    const result = diagnoseProbe(V3_FASTER, "_base_ = './faster-rcnn_r50_fpn_1x_coco.py'\ntrain_cfg = dict(_delete_=True, type='IterBasedTrainLoop', max_epochs=12)\n");
    expect(byRule(result, 'runner/unknown-argument').map((d) => d.message.en)).toEqual(["TypeError: IterBasedTrainLoop.__init__() got an unexpected keyword argument 'max_epochs'."]);
  });

  it('stays silent on the real 90k iteration recipe', () => {
    expect(byRule(diagnoseFixture('v3/configs/retinanet/retinanet_r50_fpn_90k_coco.py'), 'runner/unknown-argument')).toEqual([]);
  });
});

describe('scheduler/unknown-argument', () => {
  it('fires on T_max given to MultiStepLR', () => {
    const result = diagnoseProbe(V3_FASTER, "_base_ = './faster-rcnn_r50_fpn_1x_coco.py'\nparam_scheduler = [dict(type='MultiStepLR', milestones=[8, 11], T_max=12)]\n");
    expect(byRule(result, 'scheduler/unknown-argument').map((d) => d.path.join('.'))).toEqual(['param_scheduler.0.T_max']);
  });

  it('stays silent on the real RTMDet schedule (LinearLR + CosineAnnealingLR)', () => {
    expect(byRule(diagnoseFixture('v3/configs/rtmdet/rtmdet_l_8xb32-300e_coco.py'), 'scheduler/unknown-argument')).toEqual([]);
  });
});

describe('optimizer/unknown-argument on a lazy-import (pure Python) config', () => {
  const lazyLeaf = [
    'from mmengine.config import read_base',
    'from torch.optim import AdamW',
    '',
    'with read_base():',
    '    from .faster_rcnn_r50_fpn_1x_coco import *',
    '',
    'optim_wrapper.optimizer.type = AdamW',
    '',
  ].join('\n');

  it('reads the imported class and fires on the SGD momentum left behind', () => {
    const result = diagnoseProbe('v3/mmdet_configs/faster_rcnn/faster_rcnn_r50_fpn_1x_coco.py', lazyLeaf);
    expect(result.loaded.lazy).toBe(true);
    expect(byRule(result, 'optimizer/unknown-argument').map((d) => d.path.join('.'))).toEqual(['optim_wrapper.optimizer.momentum']);
  });

  it('stays silent on the real lazy faster-rcnn', () => {
    expect(byRule(diagnoseFixture('v3/mmdet_configs/faster_rcnn/faster_rcnn_r50_fpn_1x_coco.py'), 'optimizer/unknown-argument')).toEqual([]);
  });
});
