/** config/stray-delete, policy/unregistered, runner/conflicting-length, mmengine/legacy-key-ignored, auto-scale-lr/*. */
import { describe, expect, it } from 'vitest';
import { byRule, diagnoseFixture, diagnoseProbe } from '../../../test/diagnostics/probe.ts';
import { batchFromFileName } from './autoScaleLr.ts';

const V2_FASTER = 'v2/configs/faster_rcnn/faster_rcnn_r50_fpn_1x_coco.py';
const V3_FASTER = 'v3/configs/faster_rcnn/faster-rcnn_r50_fpn_1x_coco.py';
const v2Leaf = (body: string): string => `_base_ = './faster_rcnn_r50_fpn_1x_coco.py'\n${body}\n`;
const v3Leaf = (body: string): string => `_base_ = './faster-rcnn_r50_fpn_1x_coco.py'\n${body}\n`;

describe('config/stray-delete', () => {
  it('fires on _delete_ in a section the bases do not define (mmdet #6657), fixed by removing it', () => {
    const result = diagnoseProbe(V2_FASTER, v2Leaf("momentum_config = dict(_delete_=True, policy='CosineAnnealing', min_momentum_ratio=0.9)"));
    const [d] = byRule(result, 'config/stray-delete');
    expect(d?.severity).toBe('error');
    expect(d?.path).toEqual(['momentum_config', '_delete_']);
    expect(d?.fix?.edits).toEqual([{ op: 'delete', path: ['momentum_config', '_delete_'] }]);
  });

  it('stays silent where the bases define the key (the real YOLOX lr_config)', () => {
    expect(byRule(diagnoseFixture('v2/configs/yolox/yolox_s_8x8_300e_coco.py'), 'config/stray-delete')).toEqual([]);
  });
});

describe('policy/unregistered', () => {
  it("fires on policy='Cosine' (mmdet #3647): KeyError CosineLrUpdaterHook, did you mean CosineAnnealing", () => {
    const [d] = byRule(diagnoseProbe(V2_FASTER, v2Leaf("lr_config = dict(policy='Cosine', min_lr=0)")), 'policy/unregistered');
    expect(d?.severity).toBe('error');
    expect(d?.message.en).toContain("KeyError: 'CosineLrUpdaterHook' is not in the hook registry");
    expect(d?.message.en).toContain("Did you mean 'CosineAnnealing'?");
    expect(d?.fix?.edits).toEqual([{ op: 'set', path: ['lr_config', 'policy'], value: 'CosineAnnealing' }]);
  });

  it('fires on an unknown 3.x scheduler type, with a suggestion', () => {
    const [d] = byRule(diagnoseProbe(V3_FASTER, v3Leaf("param_scheduler = [dict(type='MultiStep', milestones=[8, 11])]")), 'policy/unregistered');
    expect(d?.path).toEqual(['param_scheduler', '0', 'type']);
    expect(d?.message.en).toContain("Did you mean 'MultiStepLR'?");
  });

  it("knows a codebase's own scheduler under its scope only, and names the scope elsewhere", () => {
    const poly = "param_scheduler = [dict(type='PolyLRRatio', eta_min_ratio=0.1, by_epoch=False, end=100)]";
    expect(byRule(diagnoseProbe(V3_FASTER, v3Leaf(`default_scope = 'mmseg'\n${poly}`)), 'policy/unregistered')).toEqual([]);
    expect(byRule(diagnoseProbe(V3_FASTER, v3Leaf(poly.replace("'PolyLRRatio'", "'mmseg.PolyLRRatio'"))), 'policy/unregistered')).toEqual([]);
    const [d] = byRule(diagnoseProbe(V3_FASTER, v3Leaf(poly)), 'policy/unregistered');
    expect(d?.message.en).toContain("set default_scope='mmseg' or type='mmseg.PolyLRRatio'");
  });

  it('stays silent on the real step and YOLOX policies and the real 3.x schedulers', () => {
    expect(byRule(diagnoseFixture(V2_FASTER), 'policy/unregistered')).toEqual([]);
    expect(byRule(diagnoseFixture('v2/configs/yolox/yolox_s_8x8_300e_coco.py'), 'policy/unregistered')).toEqual([]);
    expect(byRule(diagnoseFixture('v3/configs/yolox/yolox_s_8xb8-300e_coco.py'), 'policy/unregistered')).toEqual([]);
  });
});

describe('runner/conflicting-length', () => {
  it('fires when a leaf sets max_iters over the base max_epochs (ValueError in BaseRunner)', () => {
    const [d] = byRule(diagnoseProbe(V2_FASTER, v2Leaf("runner = dict(type='IterBasedRunner', max_iters=90000)")), 'runner/conflicting-length');
    expect(d?.severity).toBe('error');
    expect(d?.fix?.edits).toEqual([{ op: 'delete', path: ['runner', 'max_epochs'] }]);
  });

  it('fires on train_cfg with both type and by_epoch (the solov2-light case)', () => {
    const [d] = byRule(diagnoseProbe(V3_FASTER, v3Leaf('train_cfg = dict(by_epoch=True, max_epochs=36)')), 'runner/conflicting-length');
    expect(d?.message.en).toContain('Only one of `type` or `by_epoch`');
  });

  it('stays silent on the real 90k recipes (they use _delete_)', () => {
    expect(byRule(diagnoseFixture('v2/configs/retinanet/retinanet_r50_fpn_90k_coco.py'), 'runner/conflicting-length')).toEqual([]);
    expect(byRule(diagnoseFixture('v3/configs/retinanet/retinanet_r50_fpn_90k_coco.py'), 'runner/conflicting-length')).toEqual([]);
  });
});

describe('loop/missing-type', () => {
  it('fires on a train_cfg with neither type nor by_epoch', () => {
    const [d] = byRule(diagnoseProbe(V3_FASTER, v3Leaf('train_cfg = dict(_delete_=True, max_epochs=12)')), 'loop/missing-type');
    expect(d?.message.en).toContain("KeyError: 'by_epoch'");
  });

  it('stays silent on the real loops', () => {
    expect(byRule(diagnoseFixture(V3_FASTER), 'loop/missing-type')).toEqual([]);
  });
});

describe('runner/partial-group', () => {
  it('fires when validation is half switched off (val_cfg = None, loader and evaluator kept)', () => {
    const [d] = byRule(diagnoseProbe(V3_FASTER, v3Leaf('val_cfg = None')), 'runner/partial-group');
    expect(d?.message.en).toContain('val_dataloader, val_cfg, val_evaluator should be either all None or not None; val_cfg is missing');
  });

  it('stays silent on the real configs, including TTA and test-only tracking configs', () => {
    expect(byRule(diagnoseFixture(V3_FASTER), 'runner/partial-group')).toEqual([]);
    expect(byRule(diagnoseFixture('v3/configs/rtmdet/rtmdet_tta.py'), 'runner/partial-group')).toEqual([]);
  });
});

describe('mmengine/legacy-key-ignored', () => {
  it('fires on a 2.x lr_config and evaluation in a 3.x config', () => {
    const result = diagnoseProbe(V3_FASTER, v3Leaf("optim_wrapper = dict(optimizer=dict(lr=0.01))\nlr_config = dict(policy='step', step=[8, 11])\nevaluation = dict(interval=1)"));
    expect(result.loaded.dialect).toBe('mmengine');
    expect(byRule(result, 'mmengine/legacy-key-ignored').map((d) => d.path[0])).toEqual(['evaluation', 'lr_config']);
  });

  it('stays silent on the real 3.x configs', () => {
    expect(byRule(diagnoseFixture(V3_FASTER), 'mmengine/legacy-key-ignored')).toEqual([]);
  });
});

describe('auto-scale-lr', () => {
  it('incomplete: fires (info) on the real 3.x DETR auto_scale_lr, which has no enable key', () => {
    const [d] = byRule(diagnoseFixture('v3/configs/detr/detr_r50_8xb2-150e_coco.py'), 'auto-scale-lr/incomplete');
    expect(d?.severity).toBe('info');
  });

  it('incomplete: an error when enabled without base_batch_size (mmengine asserts it)', () => {
    const [d] = byRule(diagnoseProbe(V3_FASTER, v3Leaf('auto_scale_lr = dict(_delete_=True, enable=True)')), 'auto-scale-lr/incomplete');
    expect(d?.severity).toBe('error');
  });

  it('incomplete: silent on the real faster-rcnn base (enable and base_batch_size)', () => {
    expect(byRule(diagnoseFixture(V3_FASTER), 'auto-scale-lr/incomplete')).toEqual([]);
  });

  it('base-batch-mismatch: fires on the real RTMDet-L (8xb32 = 256, base_batch_size 16 from schedule_1x), mmdet #10143', () => {
    const [d] = byRule(diagnoseFixture('v3/configs/rtmdet/rtmdet_l_8xb32-300e_coco.py'), 'auto-scale-lr/base-batch-mismatch');
    expect(d?.message.en).toContain('8 GPUs × 32 images = 256');
    expect(d?.fix?.edits).toEqual([{ op: 'set', path: ['auto_scale_lr', 'base_batch_size'], value: 256 }]);
  });

  it('base-batch-mismatch: silent on the real DETR (8xb2, base 16)', () => {
    expect(byRule(diagnoseFixture('v3/configs/detr/detr_r50_8xb2-150e_coco.py'), 'auto-scale-lr/base-batch-mismatch')).toEqual([]);
  });

  it('reads both recipe name styles', () => {
    expect(batchFromFileName('configs/detr/detr_r50_8x2_150e_coco.py')).toEqual({ gpus: 8, perGpu: 2 });
    expect(batchFromFileName('rtmdet_l_8xb32-300e_coco.py')).toEqual({ gpus: 8, perGpu: 32 });
    expect(batchFromFileName('faster-rcnn_r50_fpn_1x_coco.py')).toBeUndefined();
  });
});

describe('policy/unregistered: optimizer type spelling', () => {
  it("fires on type='Adamw' (torch registers AdamW)", () => {
    const [d] = byRule(diagnoseProbe('v2/configs/detr/detr_r50_8x2_150e_coco.py', "_base_ = './detr_r50_8x2_150e_coco.py'\noptimizer = dict(type='Adamw')\n"), 'policy/unregistered');
    expect(d?.path).toEqual(['optimizer', 'type']);
    expect(d?.fix?.edits).toEqual([{ op: 'set', path: ['optimizer', 'type'], value: 'AdamW' }]);
  });

  it('stays silent on the real AdamW recipe', () => {
    expect(byRule(diagnoseFixture('v2/configs/detr/detr_r50_8x2_150e_coco.py'), 'policy/unregistered')).toEqual([]);
  });
});

describe('hook/invalid-warmup', () => {
  it("fires on warmup='cosine' (ValueError in LrUpdaterHook) and on warmup_iters=0", () => {
    const [d] = byRule(diagnoseProbe(V2_FASTER, v2Leaf("lr_config = dict(warmup='cosine')")), 'hook/invalid-warmup');
    expect(d?.message.en).toContain('"cosine" is not a supported type for warming up');
    expect(byRule(diagnoseProbe(V2_FASTER, v2Leaf('lr_config = dict(warmup_iters=0)')), 'hook/invalid-warmup').map((x) => x.path.join('.'))).toEqual(['lr_config.warmup_iters']);
  });

  it('stays silent on the real linear and YOLOX exp warmups', () => {
    expect(byRule(diagnoseFixture(V2_FASTER), 'hook/invalid-warmup')).toEqual([]);
    expect(byRule(diagnoseFixture('v2/configs/yolox/yolox_s_8x8_300e_coco.py'), 'hook/invalid-warmup')).toEqual([]);
  });
});
