import { describe, expect, it } from 'vitest';
import type { PyDict } from '../../../python/value.ts';
import { chartSchedule, simulateSchedule } from '../../../schedule/simulate.ts';

// `inv` with a negative gamma: (1 + gamma * progress) turns negative, and Python's float ** -0.5
// of it is a complex number; torch rejects it. The first such iteration is known in closed form.
function invConfig(byEpoch: boolean, gamma: number, extra: PyDict = {}): PyDict {
  return {
    optimizer: { type: 'SGD', lr: 0.02, momentum: 0.9 },
    runner: { type: 'EpochBasedRunner', max_epochs: 12 },
    lr_config: { policy: 'inv', gamma, power: 0.5, by_epoch: byEpoch, ...extra },
  };
}

const window = { from: 0, to: Number.MAX_SAFE_INTEGER, maxPoints: 400 };

describe('a curve that leaves the reals stops at its first NaN, full or charted', () => {
  const cases: [string, PyDict, number, number][] = [
    // by epoch: 1 - 0.5 * epoch < 0 from epoch 3, i.e. iteration 3 * 1000.
    ['by epoch', invConfig(true, -0.5), 1000, 3000],
    ['by epoch with a warmup', invConfig(true, -0.5, { warmup: 'linear', warmup_iters: 500, warmup_ratio: 0.001 }), 1000, 3000],
    // per iteration: 1 - 0.001 * i < 0 from i = 1001 (1 - 0.001 * 1000 is 0, and 0 ** -0.5 raises in Python but is inf here; the first NaN is next).
    ['by iteration, short (exact path)', invConfig(false, -0.001), 100, 1001],
    ['by iteration, long (fast kernels)', invConfig(false, -0.00001), 20_000, 100_001],
  ];
  for (const [name, config, itersPerEpoch, at] of cases) {
    it(name, () => {
      const full = simulateSchedule('mmcv1', config, { itersPerEpoch });
      const chart = chartSchedule('mmcv1', config, { itersPerEpoch, window });
      expect(full.ok).toBe(false);
      expect(chart.ok).toBe(false);
      if (full.ok || chart.ok) return;
      expect(full.error.message).toMatch(/^lr is not a real number/);
      expect(full.error.iteration).toBe(at);
      expect(chart.error).toEqual(full.error);
    });
  }

  it('a constant NaN-free run has no error', () => {
    const result = simulateSchedule('mmcv1', invConfig(true, 0.5), { itersPerEpoch: 1000 });
    expect(result.ok).toBe(true);
  });
});
