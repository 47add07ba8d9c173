/** Rules from mmengine #1612, #1308, xtuner #386, the save_best key and the per-epoch staircase: real configs and the issues' repros. */
import { describe, expect, it } from 'vitest';
import { byRule, diagnoseFixture, diagnoseProbe } from '../../../test/diagnostics/probe.ts';

const V2_FASTER = 'v2/configs/faster_rcnn/faster_rcnn_r50_fpn_1x_coco.py';
const V3_FASTER = 'v3/configs/faster_rcnn/faster-rcnn_r50_fpn_1x_coco.py';
const V2_DETR = 'v2/configs/detr/detr_r50_8x2_150e_coco.py';
const V3_RTMDET = 'v3/configs/rtmdet/rtmdet_l_8xb32-300e_coco.py';
const v2Leaf = (body: string): string => `_base_ = './faster_rcnn_r50_fpn_1x_coco.py'\n${body}\n`;
const v3Leaf = (body: string): string => `_base_ = './faster-rcnn_r50_fpn_1x_coco.py'\n${body}\n`;

describe('schedule/absolute-min-with-lr-mult (mmengine #1612)', () => {
  const RULE = 'schedule/absolute-min-with-lr-mult';
  // The repro: img_backbone at 0.1× lr, a cosine toward eta_min = lr × 100.
  const repro = (etaMin: string) =>
    v3Leaf(
      `lr = 0.0001\noptim_wrapper = dict(_delete_=True, type='OptimWrapper', optimizer=dict(type='AdamW', lr=lr, weight_decay=0.01), clip_grad=dict(max_norm=35, norm_type=2), paramwise_cfg=dict(custom_keys={'img_backbone': dict(lr_mult=0.1)}))\nparam_scheduler = [dict(type='CosineAnnealingLR', T_max=8, ${etaMin}, begin=0, end=8, by_epoch=True, convert_to_iter_based=True)]\ntrain_cfg = dict(max_epochs=8)`,
    );

  it("fires (warning) on the issue's repro: the 0.1× group starts below eta_min and climbs", () => {
    const [d] = byRule(diagnoseProbe(V3_FASTER, repro('eta_min=lr * 100')), RULE);
    expect(d?.severity).toBe('warning');
    expect(d?.path).toEqual(['param_scheduler', '0', 'eta_min']);
    expect(d?.message.en).toContain("'img_backbone' (lr_mult=0.1");
    expect(d?.fix?.edits).toContainEqual({ op: 'set', path: ['param_scheduler'], value: expect.arrayContaining([expect.objectContaining({ eta_min_ratio: 100 })]) });
  });

  it('is info when every group starts above eta_min (they only lose their ratio), and silent with eta_min_ratio', () => {
    expect(byRule(diagnoseProbe(V3_FASTER, repro('eta_min=lr * 0.01')), RULE).map((d) => d.severity)).toEqual(['info']);
    expect(byRule(diagnoseProbe(V3_FASTER, repro('eta_min_ratio=0.01')), RULE)).toEqual([]);
  });

  it('fires on 2.x DETR (backbone lr_mult=0.1) switched to a cosine with an absolute min_lr', () => {
    const r = diagnoseProbe(V2_DETR, "_base_ = './detr_r50_8x2_150e_coco.py'\nlr_config = dict(_delete_=True, policy='CosineAnnealing', min_lr=1e-05)\n");
    const [d] = byRule(r, RULE);
    expect(d?.severity).toBe('warning');
    expect(d?.fix?.edits).toEqual([
      { op: 'delete', path: ['lr_config', 'min_lr'] },
      { op: 'set', path: ['lr_config', 'min_lr_ratio'], value: 0.1 },
    ]);
  });

  it('stays silent on the real DETR (step policy) and RTMDet (eta_min without lr_mult groups)', () => {
    expect(byRule(diagnoseFixture(V2_DETR), RULE)).toEqual([]);
    expect(byRule(diagnoseFixture('v3/configs/detr/detr_r50_8xb2-150e_coco.py'), RULE)).toEqual([]);
    expect(byRule(diagnoseFixture(V3_RTMDET), RULE)).toEqual([]);
  });
});

describe('schedule/accumulation-not-in-schedule (mmengine #1308)', () => {
  const RULE = 'schedule/accumulation-not-in-schedule';
  it('fires (info) on accumulative_counts=4 over the 1x schedule: the 500-iteration warmup is 125 updates', () => {
    const [d] = byRule(diagnoseProbe(V3_FASTER, v3Leaf('optim_wrapper = dict(accumulative_counts=4)')), RULE);
    expect(d?.severity).toBe('info');
    expect(d?.path).toEqual(['optim_wrapper', 'accumulative_counts']);
    expect(d?.message.en).toContain('is 125 updates');
  });

  it("fires on 2.x GradientCumulativeOptimizerHook(cumulative_iters=4) over the 1x schedule's warmup", () => {
    const [d] = byRule(diagnoseProbe(V2_FASTER, v2Leaf("optimizer_config = dict(_delete_=True, type='GradientCumulativeOptimizerHook', cumulative_iters=4)")), RULE);
    expect(d?.message.en).toContain('lr_config.warmup_iters=500 is 125 updates');
  });

  it('stays silent on the real recipes (no accumulation) and at accumulative_counts=1', () => {
    expect(byRule(diagnoseFixture(V3_FASTER), RULE)).toEqual([]);
    expect(byRule(diagnoseFixture(V2_FASTER), RULE)).toEqual([]);
    expect(byRule(diagnoseProbe(V3_FASTER, v3Leaf('optim_wrapper = dict(accumulative_counts=1)')), RULE)).toEqual([]);
  });
});

describe('checkpoint/save-best-unknown-metric', () => {
  const RULE = 'checkpoint/save-best-unknown-metric';
  it("3.x: save_best='bbox_mAP' is a KeyError (CocoMetric's keys are 'coco/...'), fixed to 'coco/bbox_mAP'", () => {
    const [d] = byRule(diagnoseProbe(V3_FASTER, v3Leaf("default_hooks = dict(checkpoint=dict(save_best='bbox_mAP'))")), RULE);
    expect(d?.severity).toBe('error');
    expect(d?.fix?.edits).toEqual([{ op: 'set', path: ['default_hooks', 'checkpoint', 'save_best'], value: 'coco/bbox_mAP' }]);
  });

  it("2.x: the 3.x key 'coco/bbox_mAP' is a KeyError in EvalHook, fixed to 'bbox_mAP'", () => {
    const [d] = byRule(diagnoseProbe(V2_FASTER, v2Leaf("evaluation = dict(save_best='coco/bbox_mAP')")), RULE);
    expect(d?.severity).toBe('error');
    expect(d?.fix?.edits).toEqual([{ op: 'set', path: ['evaluation', 'save_best'], value: 'bbox_mAP' }]);
  });

  it("stays silent on the keys each evaluator returns, on 'auto' (the real 2.x YOLOX) and on evaluators it does not know", () => {
    expect(byRule(diagnoseProbe(V3_FASTER, v3Leaf("default_hooks = dict(checkpoint=dict(save_best='coco/bbox_mAP'))")), RULE)).toEqual([]);
    expect(byRule(diagnoseProbe(V2_FASTER, v2Leaf("evaluation = dict(save_best='bbox_mAP_50')")), RULE)).toEqual([]);
    expect(byRule(diagnoseFixture('v2/configs/yolox/yolox_s_8x8_300e_coco.py'), RULE)).toEqual([]);
    expect(byRule(diagnoseProbe(V3_FASTER, v3Leaf("default_hooks = dict(checkpoint=dict(save_best='pascal_voc/mAP'))\nval_evaluator = dict(_delete_=True, type='VOCMetric', metric='mAP')")), RULE)).toEqual([]);
  });
});

describe('schedule/per-epoch-staircase', () => {
  const RULE = 'schedule/per-epoch-staircase';
  it('fires (info) on a 12-epoch cosine without convert_to_iter_based, with the fix', () => {
    const [d] = byRule(diagnoseProbe(V3_FASTER, v3Leaf("param_scheduler = [dict(type='CosineAnnealingLR', by_epoch=True, begin=0, end=12, T_max=12)]"), { itersPerEpoch: 7330 }), RULE);
    expect(d?.severity).toBe('info');
    expect(d?.message.en).toContain('12 flat stairs (each stair is 7330 iterations long)');
    expect(d?.fix?.edits).toEqual([{ op: 'set', path: ['param_scheduler'], value: [{ type: 'CosineAnnealingLR', by_epoch: true, begin: 0, end: 12, T_max: 12, convert_to_iter_based: true }] }]);
  });

  it('fires on a 2.x CosineAnnealing policy over 12 epochs with by_epoch left at its default', () => {
    const r = diagnoseProbe(V2_FASTER, v2Leaf("lr_config = dict(_delete_=True, policy='CosineAnnealing', min_lr_ratio=0.001, warmup='linear', warmup_iters=500, warmup_ratio=0.001)"));
    expect(byRule(r, RULE).map((d) => d.path.join('.'))).toEqual(['lr_config.policy']);
  });

  it('stays silent on the real smooth recipes (RTMDet, YOLOX convert_to_iter_based=True; 2.x SSDLite cosine over 120 epochs; the 1x MultiStepLR) and on a written by_epoch', () => {
    expect(byRule(diagnoseFixture(V3_RTMDET), RULE)).toEqual([]);
    expect(byRule(diagnoseFixture('v3/configs/yolox/yolox_s_8xb8-300e_coco.py'), RULE)).toEqual([]);
    expect(byRule(diagnoseFixture('v2/configs/ssd/ssdlite_mobilenetv2_scratch_600e_coco.py'), RULE)).toEqual([]);
    expect(byRule(diagnoseFixture(V3_FASTER), RULE)).toEqual([]);
    expect(byRule(diagnoseProbe(V2_FASTER, v2Leaf("lr_config = dict(_delete_=True, policy='CosineAnnealing', min_lr_ratio=0.001, by_epoch=True)")), RULE)).toEqual([]);
  });
});

describe('schedule/resolved-end (xtuner #386)', () => {
  const RULE = 'schedule/resolved-end';
  it('shows the end a scheduler without one gets (info)', () => {
    const [d] = byRule(diagnoseProbe(V3_FASTER, v3Leaf("param_scheduler = [dict(type='LinearLR', start_factor=0.001, by_epoch=False, begin=0, end=500), dict(type='MultiStepLR', begin=0, by_epoch=True, milestones=[8, 11])]")), RULE);
    expect(d?.severity).toBe('info');
    expect(d?.path).toEqual(['param_scheduler', '1']);
    expect(d?.message.en).toContain('end=12');
  });

  it("xtuner #386's repro: an epoch cosine without end under an iteration loop ends after epoch 1 (warning, marked at epoch 1)", () => {
    const r = diagnoseProbe(V3_FASTER, v3Leaf("train_cfg = dict(_delete_=True, type='IterBasedTrainLoop', max_iters=3000)\nparam_scheduler = [dict(type='CosineAnnealingLR', eta_min=0.0, by_epoch=True, begin=0, convert_to_iter_based=True)]"));
    const [d] = byRule(r, RULE);
    expect(d?.severity).toBe('warning');
    expect(d?.message.en).toContain('max_epochs=1');
    expect(d?.at).toEqual({ unit: 'epoch', value: 1 });
  });

  it('stays silent when every scheduler writes its end (the real 1x and RTMDet)', () => {
    expect(byRule(diagnoseFixture(V3_FASTER), RULE)).toEqual([]);
    expect(byRule(diagnoseFixture(V3_RTMDET), RULE)).toEqual([]);
  });
});
