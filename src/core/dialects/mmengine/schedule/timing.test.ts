import { describe, expect, it } from 'vitest';
import type { PyDict } from '../../../python/value.ts';
import { simulateMmengine } from './simulate.ts';

const ITERS_PER_EPOCH = 125_000;
const SCHEDULES: Record<string, PyDict> = {
  'schedule_1x (LinearLR + MultiStepLR)': {
    optim_wrapper: { optimizer: { type: 'SGD', lr: 0.02, momentum: 0.9, weight_decay: 0.0001 } },
    param_scheduler: [
      { type: 'LinearLR', start_factor: 0.001, by_epoch: false, begin: 0, end: 500 },
      { type: 'MultiStepLR', begin: 0, end: 12, by_epoch: true, milestones: [8, 11], gamma: 0.1 },
    ],
    train_cfg: { type: 'EpochBasedTrainLoop', max_epochs: 12 },
  },
  'rtmdet-style (LinearLR + per-iteration cosine)': {
    optim_wrapper: { optimizer: { type: 'AdamW', lr: 0.004, weight_decay: 0.05 } },
    param_scheduler: [
      { type: 'LinearLR', start_factor: 1e-5, by_epoch: false, begin: 0, end: 1000 },
      { type: 'CosineAnnealingLR', eta_min: 0.0002, begin: 6, end: 12, T_max: 6, by_epoch: true, convert_to_iter_based: true },
    ],
    train_cfg: { type: 'EpochBasedTrainLoop', max_epochs: 12 },
  },
  'cosine lr + cosine momentum + lr_mult group': {
    optim_wrapper: {
      optimizer: { type: 'SGD', lr: 0.02, momentum: 0.9 },
      paramwise_cfg: { custom_keys: { backbone: { lr_mult: 0.1 } } },
    },
    param_scheduler: [
      { type: 'CosineAnnealingLR', eta_min: 0, by_epoch: true, convert_to_iter_based: true },
      { type: 'CosineAnnealingMomentum', eta_min: 0.85, by_epoch: false },
    ],
    train_cfg: { type: 'EpochBasedTrainLoop', max_epochs: 12 },
  },
};

describe('timing for 1.5 million iterations (printed, not asserted)', () => {
  it.each(Object.entries(SCHEDULES))('%s', (name, config) => {
    let best = Number.POSITIVE_INFINITY;
    for (let rep = 0; rep < 4; rep++) {
      const t0 = performance.now();
      const result = simulateMmengine(config, { itersPerEpoch: ITERS_PER_EPOCH });
      best = Math.min(best, performance.now() - t0);
      if (!result.ok) throw new Error(result.error.message);
      expect(result.curves.totalIters).toBe(12 * ITERS_PER_EPOCH);
      expect(Number.isFinite(result.curves.base.lr[result.curves.totalIters - 1])).toBe(true);
    }
    console.log(`${name}: best of 4 = ${best.toFixed(1)} ms for ${12 * ITERS_PER_EPOCH} iterations`);
  });
});
