import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGoldenCase } from '../../dialects/mmcv1/schedule/goldenCase.ts';
import { testDataDir } from '../../../test/testData.ts';
import { convertToMmcv1 } from './convertToMmcv1.ts';
import { convertToMmengine } from './convertToMmengine.ts';
import { checkCurves } from './curveCheck.ts';
import { createMemoryFs, loadConfig } from '../load/loadConfig.ts';
import type { PyDict } from '../../python/value.ts';
import { summarizeCurveCheck as summarize } from './printConverted.ts';

/** Every `.py` under `dir` (recursively), for loading fixtures through an in-memory file system. */
function readTree(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.py')) files.set(p, readFileSync(p, 'utf8'));
    }
  };
  walk(dir);
  return files;
}

/** Loads one fixture config with its bases; throws on load errors so a test names the file. */
function loadFixture(files: Map<string, string>, path: string): PyDict {
  const result = loadConfig(path, createMemoryFs(files));
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new Error(`${path}: ${errors.map((e) => e.message).join('; ')}`);
  return result.config;
}

const v2Dir = join(testDataDir, 'fixtures/mmdet/v2/configs');
const files = readTree(v2Dir);
const leaves = [...files.keys()].filter((p) => !p.includes('/_base_/')).sort();
/** COCO train2017 with 16 images per batch. */
const cocoItersPerEpoch = 7330;

describe('schedule_1x (SGD 0.02, linear warmup 500 @ 0.001, step [8, 11], 12 epochs)', () => {
  const config = loadFixture(files, join(v2Dir, '_base_/schedules/schedule_1x.py'));
  const result = convertToMmengine(config, { itersPerEpoch: cocoItersPerEpoch });

  it('the official mapping (LinearLR end=500) is one iteration short of MMCV from iteration 1 to 499', () => {
    const official: PyDict = {
      ...result.config,
      param_scheduler: [
        { type: 'LinearLR', start_factor: 0.001, by_epoch: false, begin: 0, end: 500 },
        { type: 'MultiStepLR', by_epoch: true, begin: 0, end: 12, milestones: [8, 11], gamma: 0.1 },
      ],
    };
    const check = checkCurves({ style: 'mmcv1', config }, { style: 'mmengine', config: official }, cocoItersPerEpoch);
    console.log(`schedule_1x, official mapping: ${summarize(check)}`);
    expect(check.firstDiffIteration).toBe(1);
    expect(check.diffIterations).toBe(499);
    // rel diff (1-r) i / 500 / (499 r + (1-r) i), largest at i = 499.
    expect(check.maxRelDiff).toBeCloseTo((0.999 * 499) / 500 / (499 * 0.001 + 0.999 * 499), 12);
  });

  it('the chosen mapping (LinearLR end=501) is exact and says why', () => {
    console.log(`schedule_1x, chosen mapping: ${summarize(result.curveCheck)}`);
    expect(result.config.param_scheduler).toEqual([
      { type: 'LinearLR', start_factor: 0.001, by_epoch: false, begin: 0, end: 501 },
      { type: 'MultiStepLR', milestones: [8, 11], gamma: 0.1, by_epoch: true, begin: 0, end: 12 },
    ]);
    expect(result.claimedExact).toBe(true);
    expect(result.curveCheck.exact).toBe(true);
    expect(result.curveCheck.maxRelDiff).toBeLessThan(1e-9);
    expect(result.notes.some((n) => n.message.en.includes('end=500 ends one iteration early'))).toBe(true);
  });
});

describe('every MMDetection 2.x fixture leaf, to 3.x and back', () => {
  const itersPerEpoch = 500;
  for (const path of leaves) {
    const name = relative(v2Dir, path);
    it(name, () => {
      const config = loadFixture(files, path);
      const there = convertToMmengine(config, { itersPerEpoch });
      const back = convertToMmcv1(there.config, { itersPerEpoch });
      const roundTrip = checkCurves({ style: 'mmcv1', config }, { style: 'mmcv1', config: back.config }, itersPerEpoch);
      console.log(`${name}\n  to 3.x: ${summarize(there.curveCheck)}${there.claimedExact ? ' [claimed exact]' : ''}\n  back:   ${summarize(back.curveCheck)}${back.claimedExact ? ' [claimed exact]' : ''}\n  2.x vs 2.x round trip: ${summarize(roundTrip)}`);
      if (there.curveCheck.sourceError === null) expect(there.curveCheck.targetError).toBeNull();
      if (there.claimedExact) expect(there.curveCheck.exact).toBe(true);
      if (back.claimedExact) expect(back.curveCheck.exact).toBe(true);
      expect(Object.keys(there.config)).toContain('model');
    });
  }
});

describe('golden MMCV 1.x cases converted to 3.x', () => {
  const dir = join(testDataDir, 'golden/cases');
  const cases = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => readGoldenCase(readFileSync(join(dir, f), 'utf8')))
    .filter((c) => c.style === 'mmcv1');
  for (const c of cases) {
    it(c.name, () => {
      const result = convertToMmengine(c.config, { itersPerEpoch: c.itersPerEpoch });
      console.log(`${c.name}: ${summarize(result.curveCheck)}${result.claimedExact ? ' [claimed exact]' : ''}`);
      if (result.curveCheck.sourceError === null) expect(result.curveCheck.targetError).toBeNull();
      if (result.claimedExact) expect(result.curveCheck.exact).toBe(true);
      if (!result.curveCheck.exact) expect(result.notes.some((n) => n.severity === 'warning')).toBe(true);
    });
  }
});

describe('known traps', () => {
  const base = { optimizer: { type: 'SGD', lr: 0.02, momentum: 0.9 }, runner: { type: 'EpochBasedRunner', max_epochs: 4 } };

  it("warmup='exp' rises: the documented ExponentialLR(gamma=ratio) decays, the chosen pair is exact", () => {
    const config = { ...base, lr_config: { policy: 'step', step: [3], warmup: 'exp', warmup_iters: 40, warmup_ratio: 0.001 } };
    const result = convertToMmengine(config, { itersPerEpoch: 25 });
    expect(result.curveCheck.exact).toBe(true);
    const documented: PyDict = { ...result.config, param_scheduler: [{ type: 'ExponentialLR', gamma: 0.001, by_epoch: false, begin: 0, end: 40 }, { type: 'MultiStepLR', milestones: [3], by_epoch: true }] };
    const check = checkCurves({ style: 'mmcv1', config }, { style: 'mmengine', config: documented }, 25);
    console.log(`exp warmup, documented ExponentialLR mapping: ${summarize(check)}`);
    expect(check.firstDiffIteration).toBe(0);
  });

  it('poly: PolyLR end=max_epochs (the guide) reaches eta_min one epoch early; end=max_epochs+1 is exact', () => {
    const config = { ...base, lr_config: { policy: 'poly', power: 0.9, min_lr: 1e-4 } };
    const result = convertToMmengine(config, { itersPerEpoch: 10 });
    expect(result.curveCheck.exact).toBe(true);
    const guide: PyDict = { ...result.config, param_scheduler: [{ type: 'PolyLR', power: 0.9, eta_min: 1e-4, by_epoch: true, begin: 0, end: 4 }] };
    const check = checkCurves({ style: 'mmcv1', config }, { style: 'mmengine', config: guide }, 10);
    console.log(`poly, guide mapping end=max_epochs: ${summarize(check)}`);
    expect(check.firstDiffIteration).toBe(10);
  });

  it('min_lr_ratio stays a ratio so lr_mult groups keep their own floor', () => {
    const config = {
      optimizer: { type: 'SGD', lr: 0.02, momentum: 0.9, paramwise_cfg: { custom_keys: { backbone: { lr_mult: 0.1 } } } },
      runner: { type: 'EpochBasedRunner', max_epochs: 6 },
      lr_config: { policy: 'CosineAnnealing', min_lr_ratio: 0.01, by_epoch: false },
    };
    const result = convertToMmengine(config, { itersPerEpoch: 7 });
    expect(result.curveCheck.groups).toHaveLength(2);
    expect(result.curveCheck.exact).toBe(true);
  });

  it('cosine with a non-zero minimum under a warmup is flagged as approximate, with the difference measured', () => {
    const config = { ...base, lr_config: { policy: 'CosineAnnealing', min_lr: 1e-3, by_epoch: false, warmup: 'linear', warmup_iters: 30, warmup_ratio: 0.1 } };
    const result = convertToMmengine(config, { itersPerEpoch: 20 });
    console.log(`cosine min_lr + warmup: ${summarize(result.curveCheck)}`);
    expect(result.claimedExact).toBe(false);
    expect(result.curveCheck.exact).toBe(false);
    expect(result.notes.some((n) => n.severity === 'warning' && n.path.join('.') === 'lr_config.warmup')).toBe(true);
  });
});
