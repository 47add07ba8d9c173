/**
 * Hand-checked explanations of real MMDetection configs (test-data/fixtures/mmdet): the
 * boundaries worked out from the config text and the upstream hook / scheduler semantics, then
 * checked against the simulator's curve on both sides of each boundary.
 */
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config/load/loadConfig.ts';
import { simulateSchedule } from '../schedule/simulate.ts';
import { diskFs, fixtureLeaves, fixturePath } from '../../test/diagnostics/fixtureConfigs.ts';
import { checkAgainstSimulation } from '../../test/explainAgreement.ts';
import { explainSchedule, findFieldRanges, findSegmentAt } from './explainSchedule.ts';
import type { CurveExplanation } from './types.ts';

function explainFixture(rel: string, itersPerEpoch: number) {
  const loaded = loadConfig(fixturePath(rel), diskFs);
  const r = explainSchedule(loaded.dialect, loaded.config, itersPerEpoch);
  if (!r.ok) throw new Error(r.error.message);
  const sim = simulateSchedule(loaded.dialect, loaded.config, { itersPerEpoch });
  if (!sim.ok) throw new Error(sim.error.message);
  return { explanation: r.explanation, lr: sim.curves.base.lr, dialect: loaded.dialect };
}

const ranges = (e: CurveExplanation, curve: 'lr' | 'momentum') => e.segments.filter((s) => s.curve === curve).map((s) => [s.from, s.to, s.shape]);

describe('MMDetection 2.x configs', () => {
  it('faster_rcnn_r50_fpn_1x_coco: warmup 500, steps at epochs 8 and 11', () => {
    const { explanation: e, lr, dialect } = explainFixture('v2/configs/faster_rcnn/faster_rcnn_r50_fpn_1x_coco.py', 1000);
    expect(dialect).toBe('mmcv1');
    expect(ranges(e, 'lr')).toEqual([
      [0, 500, 'rising'],
      [500, 8000, 'constant'],
      [8000, 11000, 'constant'],
      [11000, 12000, 'constant'],
    ]);
    const [warmup, , first, second] = e.segments;
    expect(warmup?.text.en).toContain("warmup (linear) for 500 iterations ← warmup='linear', warmup_iters=500, warmup_ratio=0.001");
    expect(warmup?.text.zh).toContain('预热（线性）持续 500 次迭代');
    expect(first?.text.en).toBe('lr × 0.1 at epoch 8 ← lr_config.step[0]');
    expect(first?.text.zh).toBe('第 8 轮起学习率 × 0.1 ← lr_config.step[0]');
    expect(first?.paths).toEqual([['lr_config', 'step', '0'], ['lr_config', 'gamma']]);
    expect(second?.text.en).toBe('lr × 0.1^2 at epoch 11 ← lr_config.step[1]');
    // The simulator's lr drops exactly where the segments say.
    expect(lr[7999]).toBeCloseTo(0.02, 12);
    expect(lr[8000]).toBeCloseTo(0.002, 12);
    expect(lr[10999]).toBeCloseTo(0.002, 12);
    expect(lr[11000]).toBeCloseTo(0.0002, 12);
    expect(ranges(e, 'momentum')).toEqual([[0, 12000, 'constant']]);
    expect(findSegmentAt(e.segments, 'momentum', 5)?.paths).toEqual([['optimizer', 'momentum']]);
    // The reverse: which stretch of the curve each field governs.
    expect(findFieldRanges(e.segments, ['lr_config', 'step'])).toEqual([{ curve: 'lr', from: 8000, to: 12000 }]);
    expect(findFieldRanges(e.segments, ['lr_config', 'step', '1'])).toEqual([{ curve: 'lr', from: 11000, to: 12000 }]);
    expect(findFieldRanges(e.segments, ['lr_config', 'warmup_iters'])).toEqual([{ curve: 'lr', from: 0, to: 500 }]);
    expect(findFieldRanges(e.segments, ['lr_config', 'gamma'])).toEqual([{ curve: 'lr', from: 8000, to: 12000 }]);
  });

  it('yolox_s_8x8_300e_coco: exp warmup of 5 epochs, cosine, flat for the last 15 epochs', () => {
    const { explanation: e, lr } = explainFixture('v2/configs/yolox/yolox_s_8x8_300e_coco.py', 100);
    // warmup_by_epoch: 5 epochs = 500 iterations; mmdet's YOLOX hook goes flat at progress + 1 >= 30000 - 1500.
    expect(ranges(e, 'lr')).toEqual([
      [0, 500, 'rising'],
      [500, 28499, 'falling'],
      [28499, 30000, 'constant'],
    ]);
    expect(e.segments[0]?.text.en).toContain('warmup (quadratic) for 5 epochs');
    expect(e.segments[0]?.text.en).toContain('warmup_by_epoch=True');
    expect(e.segments[2]?.text.en).toBe('flat at the floor for the last 15 epochs (from iteration 28,499) ← num_last_epochs=15, min_lr_ratio=0.05');
    expect(e.segments[2]?.text.zh).toContain('最后 15 轮保持下限');
    expect(findFieldRanges(e.segments, ['lr_config', 'num_last_epochs'])).toEqual([{ curve: 'lr', from: 28499, to: 30000 }]);
    expect(lr[28498]).toBeGreaterThan(lr[28499] as number);
    expect(lr[28499]).toBeCloseTo(0.01 * 0.05, 12);
    expect(lr[29999]).toBe(lr[28499]);
  });
});

describe('MMDetection 3.x configs', () => {
  it('faster-rcnn_r50_fpn_1x_coco: LinearLR over MultiStepLR', () => {
    const { explanation: e, lr, dialect } = explainFixture('v3/configs/faster_rcnn/faster-rcnn_r50_fpn_1x_coco.py', 100);
    expect(dialect).toBe('mmengine');
    expect(ranges(e, 'lr')).toEqual([
      [0, 500, 'rising'],
      [500, 800, 'constant'],
      [800, 1100, 'constant'],
      [1100, 1200, 'constant'],
    ]);
    const [warmup, , first] = e.segments;
    expect(warmup?.text.en).toBe(
      'warmup: lr × 0.001 → × 1 (start_factor=0.001, end_factor=1) ← LinearLR param_scheduler[0], begin 0 → end 500 iterations (resolved); lr unchanged until the first milestone ← MultiStepLR param_scheduler[1], begin 0 → end 12 epochs (resolved)',
    );
    expect(first?.text.en).toBe('lr × 0.1 at epoch 8 (param_scheduler[1].milestones[0], gamma=0.1) ← MultiStepLR param_scheduler[1], begin 0 → end 12 epochs (resolved)');
    expect(first?.text.zh).toBe('第 8 轮起学习率 × 0.1（param_scheduler[1].milestones[0], gamma=0.1）← MultiStepLR param_scheduler[1]，begin 0 → end 12 轮（已解析）'.replace('）←', '） ←'));
    expect(first?.paths).toContainEqual(['param_scheduler', '1', 'milestones', '0']);
    expect(lr[799]).toBeCloseTo(0.02, 12);
    expect(lr[800]).toBeCloseTo(0.002, 12);
    expect(findFieldRanges(e.segments, ['param_scheduler', '1', 'milestones'])).toEqual([{ curve: 'lr', from: 800, to: 1200 }]);
    expect(findFieldRanges(e.segments, ['param_scheduler', '0', 'end'])).toEqual([{ curve: 'lr', from: 0, to: 500 }]);
  });

  it('rtmdet_l_8xb32-300e_coco: LinearLR 1000 iterations, then the lr holds, then cosine from epoch 150 (converted to iterations)', () => {
    const { explanation: e, lr } = explainFixture('v3/configs/rtmdet/rtmdet_l_8xb32-300e_coco.py', 100);
    expect(ranges(e, 'lr')).toEqual([
      [0, 1000, 'rising'],
      [1000, 15000, 'constant'],
      [15000, 30000, 'mixed'],
    ]);
    expect(e.segments[1]?.text.en).toBe('lr holds its last value (no scheduler in range)');
    expect(e.segments[2]?.text.en).toBe(
      'cosine annealing to the floor 0.0002 (eta_min=0.0002, T_max=15000) ← CosineAnnealingLR param_scheduler[1], begin 150 → end 300 epochs = iterations 15,000 → 30,000 (resolved, convert_to_iter_based)',
    );
    expect(lr[14999]).toBeCloseTo(0.004, 12);
    expect(lr[29999]).toBeLessThan(0.0003);
    // AdamW: momentum is betas[0], untouched by any scheduler.
    expect(ranges(e, 'momentum')).toEqual([[0, 30000, 'constant']]);
    expect(e.segments.at(-1)?.paths).toEqual([['optim_wrapper', 'optimizer', 'betas', '0']]);
  });
});

describe('every fixture config', () => {
  it('is explained in segments that agree with its simulated curves', () => {
    let checked = 0;
    for (const path of fixtureLeaves()) {
      const loaded = loadConfig(path, diskFs);
      if (!simulateSchedule(loaded.dialect, loaded.config, { itersPerEpoch: 20 }).ok) continue;
      checkAgainstSimulation(loaded.dialect, loaded.config, 20);
      checked++;
    }
    console.log(`curve explanations checked against the simulator on ${checked} fixture configs`);
    expect(checked).toBeGreaterThan(30);
  });
});
