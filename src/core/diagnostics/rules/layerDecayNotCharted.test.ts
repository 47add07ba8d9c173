/** optimizer/layer-decay-not-charted: the real ConvNeXt recipe, probes for BEiT and for constructors without the scale formula. */
import { describe, expect, it } from 'vitest';
import { byRule, diagnoseFixture, diagnoseProbe } from '../../../test/diagnostics/probe.ts';

const RULE = 'optimizer/layer-decay-not-charted';
const V2_FASTER = 'v2/configs/faster_rcnn/faster_rcnn_r50_fpn_1x_coco.py';
const V3_FASTER = 'v3/configs/faster_rcnn/faster-rcnn_r50_fpn_1x_coco.py';
const v3Leaf = (body: string): string => `_base_ = './faster-rcnn_r50_fpn_1x_coco.py'\n${body}\n`;

describe(RULE, () => {
  it('names the stem scale of the real mmdet 2.x ConvNeXt recipe (decay_rate=0.95, num_layers=6: 0.95 ** 7)', () => {
    const found = byRule(diagnoseFixture('v2/configs/convnext/mask_rcnn_convnext-t_p4_w7_fpn_fp16_ms-crop_3x_coco.py'), RULE);
    expect(found).toHaveLength(1);
    expect(found[0]?.severity).toBe('info');
    expect(found[0]?.path).toEqual(['optimizer', 'constructor']);
    // python3: 0.95 ** 7 = 0.6983372960937497; lr 1e-4 at the stem = 6.983372960937497e-05
    expect(found[0]?.message.en).toContain('decay_rate^7 = 0.698337 for the stem (lr 0.0000698337 before any schedule)');
    expect(found[0]?.message.zh).toContain('decay_rate^7 = 0.698337');
  });

  it("reads mmseg's BEiT form (layer_decay_rate) under optim_wrapper", () => {
    const body = "optim_wrapper = dict(_delete_=True, type='OptimWrapper', optimizer=dict(type='AdamW', lr=3e-5, weight_decay=0.05), constructor='LayerDecayOptimizerConstructor', paramwise_cfg=dict(num_layers=12, layer_decay_rate=0.9))";
    const [d] = byRule(diagnoseProbe(V3_FASTER, v3Leaf(body)), RULE);
    expect(d?.path).toEqual(['optim_wrapper', 'constructor']);
    // python3: 0.9 ** 13 = 0.2541865828329001
    expect(d?.message.en).toContain('layer_decay_rate^13 = 0.254187 for the stem');
  });

  it('says only what it knows when the rate key is not the formula one (mmselfsup 0.x layer_decay_rate, mmpretrain 1.x)', () => {
    const body = "optim_wrapper = dict(_delete_=True, type='OptimWrapper', optimizer=dict(type='AdamW', lr=1e-3), constructor='LearningRateDecayOptimWrapperConstructor', paramwise_cfg=dict(layer_decay_rate=0.65))";
    const [d] = byRule(diagnoseProbe(V3_FASTER, v3Leaf(body)), RULE);
    expect(d?.message.en).toContain('registered by mmpretrain 1.x');
    expect(d?.message.en).not.toContain('stem');
  });

  it('stays silent on the default constructors and on other codebase constructors', () => {
    expect(byRule(diagnoseFixture(V2_FASTER), RULE)).toEqual([]);
    expect(byRule(diagnoseFixture(V3_FASTER), RULE)).toEqual([]);
    const force = "optim_wrapper = dict(constructor='ForceDefaultOptimWrapperConstructor', paramwise_cfg=dict(bias_decay_mult=0))";
    expect(byRule(diagnoseProbe(V3_FASTER, v3Leaf(force)), RULE)).toEqual([]);
  });
});
