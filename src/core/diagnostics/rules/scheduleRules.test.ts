/** schedule/* rules on real configs and the issues' repros. */
import { describe, expect, it } from 'vitest';
import { byRule, diagnoseFixture, diagnoseProbe } from '../../../test/diagnostics/probe.ts';

const V2_FASTER = 'v2/configs/faster_rcnn/faster_rcnn_r50_fpn_1x_coco.py';
const V3_FASTER = 'v3/configs/faster_rcnn/faster-rcnn_r50_fpn_1x_coco.py';
const v2Leaf = (body: string): string => `_base_ = './faster_rcnn_r50_fpn_1x_coco.py'\n${body}\n`;
const v3Leaf = (body: string): string => `_base_ = './faster-rcnn_r50_fpn_1x_coco.py'\n${body}\n`;
/** COCO train2017 (117,266 images) at 16 images per iteration. */
const COCO_16 = 7330;

describe('schedule/warmup-longer-than-training (mmdet #7789)', () => {
  it('fires on the 1x warmup (500 iterations) under a 300-iteration runner', () => {
    const [d] = byRule(diagnoseProbe(V2_FASTER, v2Leaf("runner = dict(_delete_=True, type='IterBasedRunner', max_iters=300)")), 'schedule/warmup-longer-than-training');
    expect(d?.path).toEqual(['lr_config', 'warmup_iters']);
  });

  it('fires on a 3.x LinearLR warmup ending after a 300-iteration loop', () => {
    const r = diagnoseProbe(V3_FASTER, v3Leaf("train_cfg = dict(_delete_=True, type='IterBasedTrainLoop', max_iters=300)"));
    expect(byRule(r, 'schedule/warmup-longer-than-training').map((d) => d.path.join('.'))).toEqual(['param_scheduler.0.end']);
  });

  it('stays silent on the real 1x recipes', () => {
    expect(byRule(diagnoseFixture(V2_FASTER, COCO_16), 'schedule/warmup-longer-than-training')).toEqual([]);
    expect(byRule(diagnoseFixture(V3_FASTER, COCO_16), 'schedule/warmup-longer-than-training')).toEqual([]);
  });
});

describe('schedule/epoch-milestones-under-iterations (mmseg #3113)', () => {
  it('fires on step=[8, 11] under IterBasedRunner (lr hook defaults to by_epoch=False there)', () => {
    const [d] = byRule(diagnoseProbe(V2_FASTER, v2Leaf("runner = dict(_delete_=True, type='IterBasedRunner', max_iters=90000)")), 'schedule/epoch-milestones-under-iterations');
    expect(d?.path).toEqual(['lr_config', 'step']);
    expect(d?.message.en).toContain('counts iterations');
  });

  it('fires on a 3.x MultiStepLR with by_epoch=False and epoch-sized milestones', () => {
    const r = diagnoseProbe(V3_FASTER, v3Leaf("train_cfg = dict(_delete_=True, type='IterBasedTrainLoop', max_iters=90000)\nparam_scheduler = [dict(type='MultiStepLR', by_epoch=False, begin=0, end=90000, milestones=[8, 11])]"));
    expect(byRule(r, 'schedule/epoch-milestones-under-iterations').map((d) => d.path.join('.'))).toEqual(['param_scheduler.0.milestones']);
  });

  it('stays silent on the real 90k recipes (step=[60000, 80000])', () => {
    expect(byRule(diagnoseFixture('v2/configs/retinanet/retinanet_r50_fpn_90k_coco.py'), 'schedule/epoch-milestones-under-iterations')).toEqual([]);
    expect(byRule(diagnoseFixture('v3/configs/retinanet/retinanet_r50_fpn_90k_coco.py'), 'schedule/epoch-milestones-under-iterations')).toEqual([]);
  });
});

describe('schedule/milestone-beyond-end', () => {
  it('fires on the real MMDetection 3.3 faster-rcnn ms-2x (milestones [16, 23] on a scheduler ending at 12)', () => {
    const [d] = byRule(diagnoseFixture('v3/configs/faster_rcnn/faster-rcnn_r50-caffe_fpn_ms-2x_coco.py'), 'schedule/milestone-beyond-end');
    expect(d?.path).toEqual(['param_scheduler', '1', 'milestones']);
    expect(d?.message.en).toContain('[16, 23]');
  });

  it('fires on a 2.x step beyond max_epochs', () => {
    const [d] = byRule(diagnoseProbe(V2_FASTER, v2Leaf('runner = dict(max_epochs=10)')), 'schedule/milestone-beyond-end');
    expect(d?.message.en).toContain('[11]');
  });

  it('says so when iteration counts sit under an epoch schedule (90k steps under a 12-epoch runner)', () => {
    const [d] = byRule(diagnoseProbe(V2_FASTER, v2Leaf('lr_config = dict(step=[60000, 80000])')), 'schedule/milestone-beyond-end');
    expect(d?.message.en).toContain('look like iteration counts');
  });

  it('stays silent on the real ms-1x and 1x recipes', () => {
    expect(byRule(diagnoseFixture('v3/configs/faster_rcnn/faster-rcnn_r50-caffe_fpn_ms-1x_coco.py'), 'schedule/milestone-beyond-end')).toEqual([]);
    expect(byRule(diagnoseFixture(V2_FASTER), 'schedule/milestone-beyond-end')).toEqual([]);
  });
});

describe('schedule/cosine-tmax-mismatch', () => {
  it('fires on the issue repro CosineAnnealingLR(begin=100, end=300, T_max=150): it climbs again', () => {
    const r = diagnoseProbe(V3_FASTER, v3Leaf("param_scheduler = [dict(type='CosineAnnealingLR', begin=100, end=300, T_max=150, by_epoch=False)]"));
    const [d] = byRule(r, 'schedule/cosine-tmax-mismatch');
    expect(d?.message.en).toContain('climbs back up');
    // Lists replace in a merge, so the fix writes the whole param_scheduler list.
    expect(d?.fix?.edits).toEqual([{ op: 'set', path: ['param_scheduler'], value: [{ type: 'CosineAnnealingLR', begin: 100, end: 300, T_max: 200, by_epoch: false }] }]);
  });

  it('stays silent on the real RTMDet-L (T_max=150 over begin=150, end=300)', () => {
    expect(byRule(diagnoseFixture('v3/configs/rtmdet/rtmdet_l_8xb32-300e_coco.py'), 'schedule/cosine-tmax-mismatch')).toEqual([]);
  });
});

describe('schedule/warmup-does-nothing', () => {
  it('fires on the real 2.x Mask2Former (linear warmup with warmup_ratio=1.0)', () => {
    const [d] = byRule(diagnoseFixture('v2/configs/mask2former/mask2former_r50_lsj_8x2_50e_coco-panoptic.py'), 'schedule/warmup-does-nothing');
    expect(d?.path).toEqual(['lr_config', 'warmup_ratio']);
  });

  it('fires on a 3.x LinearLR with start_factor=1.0', () => {
    const r = diagnoseProbe(V3_FASTER, v3Leaf("param_scheduler = [dict(type='LinearLR', start_factor=1.0, by_epoch=False, begin=0, end=500)]"));
    expect(byRule(r, 'schedule/warmup-does-nothing')).toHaveLength(1);
  });

  it("stays silent on the real YOLOX recipes (YOLOX's own exp warmup; a late ConstantLR(factor=1) hold)", () => {
    expect(byRule(diagnoseFixture('v2/configs/yolox/yolox_s_8x8_300e_coco.py'), 'schedule/warmup-does-nothing')).toEqual([]);
    expect(byRule(diagnoseFixture('v3/configs/yolox/yolox_s_8xb8-300e_coco.py'), 'schedule/warmup-does-nothing')).toEqual([]);
  });
});

describe('schedule/scheduler-gap-overlap', () => {
  it('fires (warning) on two main schedulers acting at once', () => {
    const r = diagnoseProbe(V3_FASTER, v3Leaf("param_scheduler = [dict(type='MultiStepLR', begin=0, end=12, milestones=[8, 11]), dict(type='CosineAnnealingLR', begin=6, end=12, T_max=6)]"));
    const found = byRule(r, 'schedule/scheduler-gap-overlap');
    expect(found.map((d) => [d.severity, d.path.join('.')])).toEqual([['warning', 'param_scheduler.1.begin']]);
  });

  it("shows the real RTMDet flat phase between the warmup and the cosine as info, given iterations per epoch", () => {
    const found = byRule(diagnoseFixture('v3/configs/rtmdet/rtmdet_l_8xb32-300e_coco.py', 462), 'schedule/scheduler-gap-overlap');
    expect(found.map((d) => d.severity)).toEqual(['info']);
    expect(found[0]?.message.en).toContain('from iteration 1000 to 69300');
  });

  it('stays silent on the real 1x schedule (warmup over the MultiStepLR)', () => {
    expect(byRule(diagnoseFixture(V3_FASTER, COCO_16), 'schedule/scheduler-gap-overlap')).toEqual([]);
  });
});
