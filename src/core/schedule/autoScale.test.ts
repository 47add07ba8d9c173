import { describe, expect, it } from 'vitest';
import { applyAutoScaleLr } from './autoScale.ts';
import { simulateSchedule } from './simulate.ts';

const base = {
  optimizer: { type: 'SGD', lr: 0.02, momentum: 0.9, weight_decay: 0.0001 },
  lr_config: { policy: 'CosineAnnealing', min_lr: 1e-5, warmup: 'linear', warmup_iters: 10, warmup_ratio: 0.001 },
  runner: { type: 'EpochBasedRunner', max_epochs: 2 },
  auto_scale_lr: { enable: true, base_batch_size: 16 },
};

describe('applyAutoScaleLr', () => {
  it('scales lr by total batch / base_batch_size as mmdet does', () => {
    const { config, factor } = applyAutoScaleLr(base, 4, 2);
    expect(factor).toBe(0.5);
    expect((config.optimizer as { lr: number }).lr).toBe(0.01);
  });

  it('leaves the config alone when disabled or when the batch already matches', () => {
    expect(applyAutoScaleLr({ ...base, auto_scale_lr: { enable: false, base_batch_size: 16 } }, 4, 2).factor).toBe(1);
    expect(applyAutoScaleLr(base, 8, 2).factor).toBe(1);
  });

  it('keeps an absolute min_lr unscaled: the last value equals min_lr either way', () => {
    const scaled = simulateSchedule('mmcv1', applyAutoScaleLr(base, 16, 2).config, { itersPerEpoch: 20 });
    const plain = simulateSchedule('mmcv1', base, { itersPerEpoch: 20 });
    if (!scaled.ok || !plain.ok) throw new Error('simulation failed');
    // lr = min_lr + (base - min_lr) * k with the same k in both runs: only the base is scaled.
    const k = (lr: number, base: number) => (lr - 1e-5) / (base - 1e-5);
    for (const i of [25, 39]) {
      expect(k(scaled.curves.base.lr[i]!, 0.04)).toBeCloseTo(k(plain.curves.base.lr[i]!, 0.02), 12);
    }
  });
});
