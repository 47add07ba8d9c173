import { describe, expect, it } from 'vitest';
import { readPython } from '../python/read.ts';
import { reprPy } from '../python/repr.ts';
import { simulateSchedule } from '../schedule/simulate.ts';
import type { PyDict } from '../python/value.ts';
import { readCustomKeyRows, writeCustomKeyRows } from './customKeys.ts';

// A custom key that is a bare number ('0' matches parameter names containing '0') makes the dict a map.
const read = readPython("custom_keys = {'backbone': dict(lr_mult=0.1), '0': dict(lr_mult=2.0, decay_mult=0.5)}\n").value.custom_keys ?? null;

describe('custom_keys with an integer-like key', () => {
  it("form rows keep the file's order and write it back", () => {
    const rows = readCustomKeyRows(read);
    expect(rows.map((r) => r.key)).toEqual(['backbone', '0']);
    expect(reprPy(writeCustomKeyRows(rows))).toBe(reprPy(read));
  });

  it('both simulators draw their groups, in order', () => {
    const mmcv1 = { optimizer: { type: 'SGD', lr: 0.02, momentum: 0.9, weight_decay: 1e-4, paramwise_cfg: { custom_keys: read } }, lr_config: { policy: 'step', step: [2] }, runner: { type: 'EpochBasedRunner', max_epochs: 3 } } as PyDict;
    const mmengine = {
      optim_wrapper: { optimizer: { type: 'SGD', lr: 0.02, momentum: 0.9, weight_decay: 1e-4 }, paramwise_cfg: { custom_keys: read } },
      param_scheduler: [{ type: 'MultiStepLR', milestones: [2] }],
      train_cfg: { type: 'EpochBasedTrainLoop', max_epochs: 3 },
    } as PyDict;
    for (const [style, config] of [['mmcv1', mmcv1], ['mmengine', mmengine]] as const) {
      const result = simulateSchedule(style, config, { itersPerEpoch: 2 });
      if (!result.ok) throw new Error(result.error.message);
      expect(result.curves.extraGroups.map((g) => [g.customKey, g.lr[0]]), style).toEqual([
        ['backbone', 0.002],
        ['0', 0.04],
      ]);
    }
  });
});
