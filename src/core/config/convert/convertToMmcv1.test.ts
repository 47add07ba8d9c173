import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGoldenCase } from '../../dialects/mmcv1/schedule/goldenCase.ts';
import { testDataDir } from '../../../test/testData.ts';
import { convertToMmcv1 } from './convertToMmcv1.ts';
import type { PyDict } from '../../python/value.ts';
import { summarizeCurveCheck as summarize } from './printConverted.ts';

describe('MMDetection 3.x schedule_1x (LinearLR end=500 + MultiStepLR) to 2.x', () => {
  const config: PyDict = {
    train_cfg: { type: 'EpochBasedTrainLoop', max_epochs: 12, val_interval: 1 },
    optim_wrapper: { type: 'OptimWrapper', optimizer: { type: 'SGD', lr: 0.02, momentum: 0.9, weight_decay: 0.0001 } },
    param_scheduler: [
      { type: 'LinearLR', start_factor: 0.001, by_epoch: false, begin: 0, end: 500 },
      { type: 'MultiStepLR', begin: 0, end: 12, by_epoch: true, milestones: [8, 11], gamma: 0.1 },
    ],
    default_hooks: { checkpoint: { type: 'CheckpointHook', interval: 1, save_best: 'auto' }, logger: { type: 'LoggerHook', interval: 50 } },
  };
  it('is exact with warmup_iters = end - 1 = 499', () => {
    const result = convertToMmcv1(config, { itersPerEpoch: 7330 });
    console.log(`3.x schedule_1x to 2.x: ${summarize(result.curveCheck)}`);
    expect(result.config.lr_config).toEqual({ policy: 'step', warmup: 'linear', warmup_iters: 499, warmup_ratio: 0.001, step: [8, 11], gamma: 0.1, by_epoch: true });
    expect(result.config.evaluation).toEqual({ interval: 1, save_best: 'auto' });
    expect(result.config.runner).toEqual({ type: 'EpochBasedRunner', max_epochs: 12 });
    expect(result.claimedExact).toBe(true);
    expect(result.curveCheck.exact).toBe(true);
  });
});

describe('golden MMEngine cases converted to 2.x', () => {
  const dir = join(testDataDir, 'golden/cases');
  const cases = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => readGoldenCase(readFileSync(join(dir, f), 'utf8')))
    .filter((c) => c.style === 'mmengine');
  for (const c of cases) {
    it(c.name, () => {
      const result = convertToMmcv1(c.config, { itersPerEpoch: c.itersPerEpoch });
      console.log(`${c.name}: ${summarize(result.curveCheck)}${result.claimedExact ? ' [claimed exact]' : ''}`);
      if (result.curveCheck.sourceError === null) expect(result.curveCheck.targetError).toBeNull();
      if (result.claimedExact) expect(result.curveCheck.exact).toBe(true);
      if (!result.curveCheck.exact) expect(result.notes.some((n) => n.severity === 'warning')).toBe(true);
    });
  }
});
