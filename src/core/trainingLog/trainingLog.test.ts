import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMemoryFs, loadConfig } from '../config/load/loadConfig.ts';
import { simulateSchedule } from '../schedule/simulate.ts';
import { testDataDir } from '../../test/testData.ts';
import { chooseItersPerEpoch, compareToPlan, fitItersPerEpoch, parseTrainingLog } from './index.ts';
import type { LogCheck, ParsedLog, PlanView } from './index.ts';
import { printedTolerance } from './parseTextLog.ts';

const here = join(testDataDir, 'training-logs');
const fixtures = join(testDataDir, 'fixtures/mmdet');
const v2Config = join(fixtures, 'v2/configs/mask_rcnn/mask_rcnn_r50_fpn_1x_coco.py');
const v3Config = join(fixtures, 'v3/mmdet_configs/faster_rcnn/faster_rcnn_r50_fpn_1x_coco.py');

function readLog(name: string): ParsedLog {
  const parsed = parseTrainingLog(readFileSync(join(here, name), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.log;
}

const nodeFs = { readFile: (p: string) => { try { return readFileSync(p, 'utf8'); } catch { return undefined; } } };

function plan(configPath: string, itersPerEpoch: number): PlanView {
  const loaded = loadConfig(configPath, nodeFs);
  const result = simulateSchedule(loaded.dialect, loaded.config, { itersPerEpoch });
  if (!result.ok) throw new Error(result.error.message);
  return { lr: result.curves.base.lr, momentum: result.curves.base.momentum, warmupEnd: result.curves.marks.warmupEnd, milestones: result.curves.marks.milestones };
}

function check(log: ParsedLog, configPath: string, option: number | null = null): LogCheck {
  const n = chooseItersPerEpoch(log.itersPerEpoch, option, 7330);
  return compareToPlan(log, plan(configPath, n.value), n);
}

describe('reading training logs', () => {
  it('tells the four writers apart and reads where each lr belongs', () => {
    const json = readLog('mmcv_1x_n600.log.json');
    expect(json.format).toBe('mmcv-json');
    expect(json.points).toHaveLength(144); // val records and the meta line are not training points
    expect(json.points[0]).toMatchObject({ epoch: 1, innerIter: 50, lr: 0.00198 });
    expect(json.itersPerEpoch).toEqual({ kind: 'range', min: 600, max: 649 });

    const text = readLog('mmcv_1x_n600.log');
    expect(text.format).toBe('mmcv-text');
    expect(text.itersPerEpoch).toEqual({ kind: 'exact', value: 600, source: 'header' });
    expect(text.points[0]).toMatchObject({ epoch: 1, innerIter: 50, lr: 0.001978 });

    const scalars = readLog('mmengine_1x_n600_scalars.json');
    expect(scalars.format).toBe('mmengine-scalars');
    expect(scalars.points[0]).toMatchObject({ iter: 49 });
    // (e - 1) * N < step <= e * N over the logged steps leaves 600..604 open.
    expect(scalars.itersPerEpoch).toEqual({ kind: 'range', min: 600, max: 604 });

    const engineText = readLog('mmengine_1x_n600.log');
    expect(engineText.format).toBe('mmengine-text');
    expect(engineText.points[0]).toMatchObject({ epoch: 1, innerIter: 50, lr: 0.001982 }); // lr, not base_lr
  });

  it('reads iteration-based lines of both writers as global iterations', () => {
    const mmcv = parseTrainingLog('2022-01-01 00:00:00,000 - mmdet - INFO - Iter [50/90000]\tlr: 1.978e-03, eta: 1:00:00\n');
    const engine = parseTrainingLog('2024/01/01 00:00:00 - mmengine - INFO - Iter(train) [   50/90000]  base_lr: 2.0000e-02 lr: 1.9780e-03  eta: 1:00:00\n');
    expect(mmcv.ok && mmcv.log.points[0]).toMatchObject({ iter: 49, lr: 0.001978 });
    expect(engine.ok && engine.log.format).toBe('mmengine-text');
    expect(engine.ok && engine.log.points[0]).toMatchObject({ iter: 49, lr: 0.001978 });
  });

  it('allows half a unit of the last printed digit', () => {
    expect(printedTolerance('1.978e-03')).toBeCloseTo(5e-7, 12);
    expect(printedTolerance('2.0000e-02')).toBeCloseTo(5e-7, 12);
    expect(printedTolerance('0.02')).toBeCloseTo(5e-3, 9);
  });

  it('says so when a file has no training line', () => {
    expect(parseTrainingLog('hello\nworld\n').ok).toBe(false);
    expect(parseTrainingLog('{"mode": "val", "epoch": 1, "iter": 5, "bbox_mAP": 0.3}\n').ok).toBe(false);
  });
});

describe('plan vs actual', () => {
  it.each([
    ['mmcv_1x_n600.log.json', v2Config],
    ['mmcv_1x_n600.log', v2Config],
    ['mmengine_1x_n600_scalars.json', v3Config],
    ['mmengine_1x_n600.log', v3Config],
  ])('%s follows its plan at every logged point', (name, config) => {
    const result = check(readLog(name), config);
    expect(result.itersPerEpoch.value).toBe(600);
    expect(result.matched).toBe(144);
    expect(result.firstDivergence).toBeNull();
  });

  it('a point placed one iteration off no longer matches during warmup', () => {
    const log = readLog('mmcv_1x_n600.log');
    const shifted: ParsedLog = { ...log, points: log.points.map((p) => ({ ...p, innerIter: (p.innerIter ?? 0) + 1 })) };
    expect(check(shifted, v2Config).firstDivergence?.iter).toBe(50);
  });

  it.each([
    ['mmcv_1x_n300_2x_lr.log.json', v2Config],
    ['mmengine_1x_n300_2x_lr.log', v3Config],
  ])('%s (twice the GPUs with auto_scale_lr) diverges from the start with cause 2x', (name, config) => {
    const result = check(readLog(name), config);
    expect(result.itersPerEpoch.value).toBe(300);
    expect(result.matched).toBe(0);
    expect(result.firstDivergence?.iter).toBe(49);
    expect(result.cause).toEqual({ kind: 'scaled', factor: 2 });
    expect(result.maxRelDiff).toBeGreaterThan(0.99);
  });

  it('a decay step that came earlier than planned is named with its milestone', () => {
    const result = check(readLog('mmengine_1x_n600_scalars.json'), v3Config, 700);
    expect(result.firstDivergence?.iter).toBe(8 * 600 + 49);
    expect(result.cause).toEqual({ kind: 'stepMoved', milestone: 8 * 700, direction: 'earlier' });
  });

  it('a warmup that ended early, a log past the plan, and an iteration count that falls back', () => {
    const base = readLog('mmcv_1x_n600.log');
    const early: ParsedLog = { ...base, points: [{ line: 1, iter: 399, lr: 0.02, absTolerance: 5e-6 }] };
    expect(check(early, v2Config, 600).cause).toEqual({ kind: 'warmupShort', warmupEnd: 500 });
    const past: ParsedLog = { ...base, points: [{ line: 1, iter: 12 * 600, lr: 0.0002, absTolerance: 5e-6 }] };
    expect(check(past, v2Config, 600).cause).toEqual({ kind: 'beyondPlan', totalIters: 7200 });
    const back: ParsedLog = {
      ...base,
      points: [
        { line: 1, iter: 3000, lr: 0.02, absTolerance: 5e-6 },
        { line: 2, iter: 2000, lr: 0.5, absTolerance: 5e-6 },
      ],
    };
    expect(check(back, v2Config, 600).cause).toEqual({ kind: 'restarted', from: 3000, to: 2000 });
    // Warmup values again in epoch 6: the schedule began anew while the epoch count went on.
    const again: ParsedLog = { ...base, points: [{ line: 1, epoch: 6, innerIter: 50, lr: 0.00198, absTolerance: 5e-6 }] };
    expect(check(again, v2Config, 600).cause).toEqual({ kind: 'scheduleRestarted', like: 49 });
  });

  it('reproduces the lr a public MMDetection 2.25 run logged (mask R-CNN 1x, 962 iterations per epoch)', () => {
    // Values printed by TextLoggerHook in a public log (see test-data/training-logs/README.md), first epoch.
    const observed: [number, string][] = [
      [50, '1.978e-03'], [100, '3.976e-03'], [150, '5.974e-03'], [200, '7.972e-03'], [250, '9.970e-03'],
      [300, '1.197e-02'], [350, '1.397e-02'], [400, '1.596e-02'], [450, '1.796e-02'], [500, '1.996e-02'],
      [550, '2.000e-02'], [950, '2.000e-02'],
    ];
    const text = observed.map(([i, lr]) => `2022-11-12 14:30:37,044 - mmdet - INFO - Epoch [1][${i}/962]\tlr: ${lr}, eta: 2:03:32`).join('\n');
    const parsed = parseTrainingLog(text);
    if (!parsed.ok) throw new Error(parsed.message);
    const result = check(parsed.log, v2Config);
    expect(result.itersPerEpoch).toEqual({ value: 962, source: 'log' });
    expect(result.matched).toBe(observed.length);
  });
});

describe('iterations per epoch from a log.json that only bounds them', () => {
  it('fits the value whose plan matches the most points when the schedule runs per iteration', () => {
    const fs = createMemoryFs({
      '/c.py': [
        "optimizer = dict(type='SGD', lr=0.02, momentum=0.9, weight_decay=0.0001)",
        "lr_config = dict(policy='CosineAnnealing', by_epoch=False, min_lr=0.0, warmup='linear', warmup_iters=1000, warmup_ratio=0.001)",
        "runner = dict(type='EpochBasedRunner', max_epochs=12)",
        '',
      ].join('\n'),
    });
    const loaded = loadConfig('/c.py', fs);
    const planFor = (n: number): PlanView | undefined => {
      const r = simulateSchedule('mmcv1', loaded.config, { itersPerEpoch: n });
      return r.ok ? { lr: r.curves.base.lr, momentum: r.curves.base.momentum, warmupEnd: r.curves.marks.warmupEnd, milestones: r.curves.marks.milestones } : undefined;
    };
    const truth = planFor(625);
    if (!truth) throw new Error('no plan');
    // A log.json as TextLoggerHook writes it for 625 iterations per epoch: round(lr, 5) every 50 iterations.
    const lines: string[] = [];
    for (let e = 1; e <= 12; e++) {
      for (let i = 50; i <= 625; i += 50) lines.push(JSON.stringify({ mode: 'train', epoch: e, iter: i, lr: Math.round((truth.lr[(e - 1) * 625 + i - 1] ?? 0) * 1e5) / 1e5 }));
    }
    const parsed = parseTrainingLog(lines.join('\n'));
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.log.itersPerEpoch).toEqual({ kind: 'range', min: 600, max: 649 });
    const start = chooseItersPerEpoch(parsed.log.itersPerEpoch, null, 7330);
    expect(start).toEqual({ value: 600, source: 'log-range' });
    const fitted = fitItersPerEpoch(parsed.log, start, planFor);
    expect(fitted).toEqual({ value: 625, source: 'log-fit' });
    const result = compareToPlan(parsed.log, truth, fitted);
    expect(result.firstDivergence).toBeNull();
  });
});

describe('momentum where the log has it', () => {
  it('compares a logged momentum with the planned one', () => {
    const line = (step: number, momentum: number) => JSON.stringify({ lr: 0.02, momentum, epoch: 1, iter: step, step });
    const parsed = parseTrainingLog([line(1000, 0.9), line(1050, 0.95)].join('\n'));
    if (!parsed.ok) throw new Error(parsed.message);
    const result = check(parsed.log, v3Config, 600);
    expect(result.firstDivergence).toBeNull();
    expect(result.momentum).toEqual({ points: 2, matched: 1, firstDivergence: { iter: 1049, logged: 0.95, planned: 0.9 } });
  });
});
