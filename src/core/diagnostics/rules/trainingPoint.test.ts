/** The point of training a finding names (`at`), which the lr chart marks. */
import { describe, expect, it } from 'vitest';
import { byRule, diagnoseFixture, diagnoseProbe } from '../../../test/diagnostics/probe.ts';

const V2_FASTER = 'v2/configs/faster_rcnn/faster_rcnn_r50_fpn_1x_coco.py';
const V3_FASTER = 'v3/configs/faster_rcnn/faster-rcnn_r50_fpn_1x_coco.py';
const v2Leaf = (body: string): string => `_base_ = './faster_rcnn_r50_fpn_1x_coco.py'\n${body}\n`;
const v3Leaf = (body: string): string => `_base_ = './faster-rcnn_r50_fpn_1x_coco.py'\n${body}\n`;

describe('findings say where in training they bite', () => {
  it('milestones beyond a scheduler end: the lr stops changing at that end (MMDetection 3.3 ms-2x, end=12)', () => {
    const [d] = byRule(diagnoseFixture('v3/configs/faster_rcnn/faster-rcnn_r50-caffe_fpn_ms-2x_coco.py'), 'schedule/milestone-beyond-end');
    expect(d?.at).toEqual({ unit: 'epoch', value: 12 });
  });

  it('a 2.x step beyond max_epochs=10: at the end of training, epoch 10', () => {
    const [d] = byRule(diagnoseProbe(V2_FASTER, v2Leaf('runner = dict(max_epochs=10)')), 'schedule/milestone-beyond-end');
    expect(d?.at).toEqual({ unit: 'epoch', value: 10 });
  });

  it('cosine T_max shorter than its range: at begin + T_max, where it starts climbing; longer: at end', () => {
    const short = byRule(diagnoseProbe(V3_FASTER, v3Leaf("param_scheduler = [dict(type='CosineAnnealingLR', begin=100, end=300, T_max=150, by_epoch=False)]")), 'schedule/cosine-tmax-mismatch');
    expect(short[0]?.at).toEqual({ unit: 'iter', value: 250 });
    const long = byRule(diagnoseProbe(V3_FASTER, v3Leaf("param_scheduler = [dict(type='CosineAnnealingLR', begin=0, end=12, T_max=20)]")), 'schedule/cosine-tmax-mismatch');
    expect(long[0]?.at).toEqual({ unit: 'epoch', value: 12 });
  });

  it('the last epoch never saved: at epoch 12 (2.x and 3.x)', () => {
    const [v2] = byRule(diagnoseProbe(V2_FASTER, v2Leaf('checkpoint_config = dict(interval=5, save_last=False)')), 'checkpoint/last-not-saved');
    expect(v2?.at).toEqual({ unit: 'epoch', value: 12 });
    const [v3] = byRule(diagnoseProbe(V3_FASTER, v3Leaf('default_hooks = dict(checkpoint=dict(interval=5, save_last=False))')), 'checkpoint/last-not-saved');
    expect(v3?.at).toEqual({ unit: 'epoch', value: 12 });
  });

  it('a warmup longer than training: at the end of training, in the warmup unit', () => {
    const [d] = byRule(diagnoseProbe(V2_FASTER, v2Leaf("runner = dict(_delete_=True, type='IterBasedRunner', max_iters=300)")), 'schedule/warmup-longer-than-training');
    expect(d?.at).toEqual({ unit: 'iter', value: 300 });
  });

  it('rules without a point of training leave `at` out', () => {
    const [d] = byRule(diagnoseProbe(V2_FASTER, v2Leaf('checkpoint_config = dict(interval=1, by_epoch=False)')), 'checkpoint/by-epoch-mismatch');
    expect(d).toBeDefined();
    expect(d).not.toHaveProperty('at');
  });
});
