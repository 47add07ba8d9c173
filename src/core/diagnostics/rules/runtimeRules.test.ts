/** checkpoint/*, evaluation/never-runs and log/interval-beyond-epoch. */
import { describe, expect, it } from 'vitest';
import { byRule, diagnoseFixture, diagnoseProbe } from '../../../test/diagnostics/probe.ts';

const V2_FASTER = 'v2/configs/faster_rcnn/faster_rcnn_r50_fpn_1x_coco.py';
const V3_FASTER = 'v3/configs/faster_rcnn/faster-rcnn_r50_fpn_1x_coco.py';
const v2Leaf = (body: string): string => `_base_ = './faster_rcnn_r50_fpn_1x_coco.py'\n${body}\n`;
const v3Leaf = (body: string): string => `_base_ = './faster-rcnn_r50_fpn_1x_coco.py'\n${body}\n`;

describe('checkpoint/last-not-saved', () => {
  it('fires on save_last=False with interval 5 over 12 epochs (2.x and 3.x)', () => {
    const [d] = byRule(diagnoseProbe(V2_FASTER, v2Leaf('checkpoint_config = dict(interval=5, save_last=False)')), 'checkpoint/last-not-saved');
    expect(d?.message.en).toContain('the last checkpoint is 10');
    expect(d?.fix?.edits).toEqual([{ op: 'set', path: ['checkpoint_config', 'save_last'], value: true }]);
    expect(byRule(diagnoseProbe(V3_FASTER, v3Leaf('default_hooks = dict(checkpoint=dict(interval=5, save_last=False))')), 'checkpoint/last-not-saved')).toHaveLength(1);
  });

  it('stays silent when the interval divides the length, and on the real configs', () => {
    expect(byRule(diagnoseProbe(V2_FASTER, v2Leaf('checkpoint_config = dict(interval=4, save_last=False)')), 'checkpoint/last-not-saved')).toEqual([]);
    expect(byRule(diagnoseFixture(V2_FASTER), 'checkpoint/last-not-saved')).toEqual([]);
  });
});

describe('checkpoint/by-epoch-mismatch (mmdet #6635)', () => {
  it('fires on by_epoch=False under an epoch runner: a checkpoint every iteration', () => {
    const [d] = byRule(diagnoseProbe(V2_FASTER, v2Leaf('checkpoint_config = dict(interval=1, by_epoch=False)')), 'checkpoint/by-epoch-mismatch');
    expect(d?.message.en).toContain('every 1 iterations');
    expect(d?.fix?.edits).toEqual([{ op: 'set', path: ['checkpoint_config', 'by_epoch'], value: true }]);
  });

  it('stays silent on the real 90k iteration recipes (2.x runner default, 3.x by_epoch=False)', () => {
    expect(byRule(diagnoseFixture('v2/configs/retinanet/retinanet_r50_fpn_90k_coco.py'), 'checkpoint/by-epoch-mismatch')).toEqual([]);
    expect(byRule(diagnoseFixture('v3/configs/retinanet/retinanet_r50_fpn_90k_coco.py'), 'checkpoint/by-epoch-mismatch')).toEqual([]);
  });
});

describe('checkpoint/max-keep-newest (mmcv #1866)', () => {
  it('fires (info) on the real Mask2Former max_keep_ckpts=3', () => {
    const [d] = byRule(diagnoseFixture('v2/configs/mask2former/mask2former_r50_lsj_8x2_50e_coco-panoptic.py'), 'checkpoint/max-keep-newest');
    expect(d?.severity).toBe('info');
  });

  it('stays silent on the real 1x recipe', () => {
    expect(byRule(diagnoseFixture(V2_FASTER), 'checkpoint/max-keep-newest')).toEqual([]);
  });
});

describe('checkpoint/save-best-without-validation', () => {
  it('fires when validation is switched off', () => {
    const r = diagnoseProbe(V3_FASTER, v3Leaf("default_hooks = dict(checkpoint=dict(save_best='auto'))\nval_cfg = None\nval_dataloader = None\nval_evaluator = None"));
    expect(byRule(r, 'checkpoint/save-best-without-validation')).toHaveLength(1);
  });

  it('stays silent with the real validation setup', () => {
    expect(byRule(diagnoseProbe(V3_FASTER, v3Leaf("default_hooks = dict(checkpoint=dict(save_best='auto'))")), 'checkpoint/save-best-without-validation')).toEqual([]);
  });
});

describe('evaluation/never-runs', () => {
  it('fires on a 2.x evaluation interval longer than training', () => {
    expect(byRule(diagnoseProbe(V2_FASTER, v2Leaf('evaluation = dict(interval=24)')), 'evaluation/never-runs').map((d) => d.path.join('.'))).toEqual(['evaluation.interval']);
  });

  it('fires on a 3.x val_begin after the last epoch', () => {
    expect(byRule(diagnoseProbe(V3_FASTER, v3Leaf('train_cfg = dict(val_begin=13)')), 'evaluation/never-runs').map((d) => d.path.join('.'))).toEqual(['train_cfg.val_begin']);
  });

  it('stays silent on the real configs, and on a 3.x val_interval longer than training (the loop validates at the end)', () => {
    expect(byRule(diagnoseFixture(V2_FASTER), 'evaluation/never-runs')).toEqual([]);
    expect(byRule(diagnoseProbe(V3_FASTER, v3Leaf('train_cfg = dict(val_interval=24)')), 'evaluation/never-runs')).toEqual([]);
  });
});

describe('log/interval-beyond-epoch (mmengine #935)', () => {
  it('fires when an epoch has fewer iterations than the log interval', () => {
    const [d] = byRule(diagnoseFixture(V2_FASTER, 40), 'log/interval-beyond-epoch');
    expect(d?.path).toEqual(['log_config', 'interval']);
    expect(byRule(diagnoseFixture(V3_FASTER, 40), 'log/interval-beyond-epoch').map((x) => x.path.join('.'))).toEqual(['default_hooks.logger.interval']);
  });

  it('stays silent on COCO-sized epochs and when iterations per epoch are unknown', () => {
    expect(byRule(diagnoseFixture(V2_FASTER, 7330), 'log/interval-beyond-epoch')).toEqual([]);
    expect(byRule(diagnoseFixture(V2_FASTER), 'log/interval-beyond-epoch')).toEqual([]);
  });
});

describe('schedule/interval-too-frequent (the issue: IterBasedRunner on the 1x schedule)', () => {
  it('fires on interval=1 checkpoints and evaluation under a 90k IterBasedRunner', () => {
    const r = diagnoseProbe(V2_FASTER, v2Leaf("runner = dict(_delete_=True, type='IterBasedRunner', max_iters=90000)"));
    const found = byRule(r, 'schedule/interval-too-frequent');
    expect(found.map((d) => d.path.join('.'))).toEqual(['checkpoint_config.interval', 'evaluation.interval']);
    expect(found[0]?.message.en).toContain('90000 checkpoints');
  });

  it('stays silent on the real 90k recipes (interval=10000)', () => {
    expect(byRule(diagnoseFixture('v2/configs/retinanet/retinanet_r50_fpn_90k_coco.py'), 'schedule/interval-too-frequent')).toEqual([]);
    expect(byRule(diagnoseFixture('v3/configs/retinanet/retinanet_r50_fpn_90k_coco.py'), 'schedule/interval-too-frequent')).toEqual([]);
  });
});

describe('checkpoint/resume-and-load', () => {
  it('explains resume_from winning over load_from (2.x) and resume=True without load_from (3.x)', () => {
    const v2 = byRule(diagnoseProbe(V2_FASTER, v2Leaf("load_from = 'a.pth'\nresume_from = 'b.pth'")), 'checkpoint/resume-and-load');
    expect(v2.map((d) => [d.severity, d.path.join('.')])).toEqual([['info', 'load_from']]);
    const v3 = byRule(diagnoseProbe(V3_FASTER, v3Leaf('resume = True')), 'checkpoint/resume-and-load');
    expect(v3[0]?.message.en).toContain('latest checkpoint found in work_dir');
  });

  it('stays silent on the real runtime defaults (load_from=None, resume=False)', () => {
    expect(byRule(diagnoseFixture(V2_FASTER), 'checkpoint/resume-and-load')).toEqual([]);
    expect(byRule(diagnoseFixture(V3_FASTER), 'checkpoint/resume-and-load')).toEqual([]);
  });
});
