import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inheritedBaseV3 } from '../model/bases.ts';
import { pyRef, type PyDict } from '../../../python/value.ts';
import { summarizeTimeline } from '../../../timeline/summarizeTimeline.ts';
import type { Timeline } from '../../../timeline/types.ts';
import { listCheckpointSaves, simulateKeptCheckpointsV3 } from './checkpointsV3.ts';
import { computeTimelineV3 } from './computeTimelineV3.ts';

const seed = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31);
const base1x = inheritedBaseV3('1x');
const hooks = base1x.default_hooks as PyDict;
const withHooks = (over: PyDict, rest: PyDict = {}): PyDict => ({ ...base1x, default_hooks: { ...hooks, ...over }, ...rest });
const keptOf = (t: Timeline) => t.checkpoint?.written.filter((c) => c.kept).map((c) => c.file);
const writtenOf = (t: Timeline) => t.checkpoint?.written.map((c) => c.at);
const evalsOf = (t: Timeline) => t.evaluation?.points.map((p) => p.at);
const codesOf = (t: Timeline) => t.warnings.map((w) => w.code);
const range = (from: number, to: number, step = 1) => Array.from({ length: Math.floor((to - from) / step) + 1 }, (_, i) => from + i * step);

// mmdet 3.3 configs/rtmdet/rtmdet_l_8xb32-300e_coco.py on default_runtime + its own schedule.
const rtmdet: PyDict = {
  ...base1x,
  train_cfg: { type: 'EpochBasedTrainLoop', max_epochs: 300, val_interval: 10, dynamic_intervals: [{ $tuple: [280, 1] }] },
  default_hooks: { ...hooks, checkpoint: { type: 'CheckpointHook', interval: 10, max_keep_ckpts: 3 } },
};

describe('computeTimelineV3 (MMEngine 0.10.7 / mmdet 3.x)', () => {
  it('schedule_1x + default_runtime: 12 epochs, a checkpoint and a validation after each, 146 log lines an epoch', () => {
    const t = computeTimelineV3(base1x, 7330);
    expect(t.runner).toBe('EpochBasedRunner');
    expect(t.maxIters).toBe(87_960);
    expect(writtenOf(t)).toEqual(range(1, 12));
    expect(t.checkpoint?.keptCount).toBe(12);
    expect(evalsOf(t)).toEqual(range(1, 12));
    expect(t.evaluation?.points[0]?.iter).toBe(7330);
    expect(t.log?.total).toBe(12 * 146);
    expect(t.log?.iters.slice(145, 147)).toEqual([7300, 7330 + 50]);
    expect(t.phases).toHaveLength(12);
    expect(t.warnings).toEqual([]);
    expect(summarizeTimeline(t, 'en')).toBe('12 epochs, 87,960 iterations; 12 checkpoints written, all kept (epoch_1–12); evaluation after every epoch');
    expect(summarizeTimeline(t, 'zh')).toBe('12 轮，87,960 次迭代；保存 12 个检查点，全部保留 (epoch_1–12)；每轮后评估');
  });

  it('RTMDet 300e: checkpoints every 10 keep epoch_280/290/300; validation every 10, then every epoch from 279', () => {
    const t = computeTimelineV3(rtmdet, 100);
    expect(writtenOf(t)).toEqual(range(10, 300, 10));
    expect(keptOf(t)).toEqual(['epoch_280.pth', 'epoch_290.pth', 'epoch_300.pth']);
    expect(t.checkpoint?.keptCount).toBe(3);
    // _decide_current_val_interval bisects epoch + 1, so the milestone 280 already applies after epoch 279.
    expect(evalsOf(t)).toEqual([...range(10, 270, 10), ...range(279, 300)]);
    expect(t.evaluation?.count).toBe(49);
    expect(t.evaluation?.dynamic).toEqual([{ milestone: 280, interval: 1 }]);
    expect(t.warnings).toEqual([]);
    expect(summarizeTimeline(t, 'en')).toBe('300 epochs, 30,000 iterations; 30 checkpoints written, 3 kept (epoch_280, epoch_290, epoch_300); 49 evaluations (after epoch 10, 20, 30 … 300)');
    expect(summarizeTimeline(t, 'zh')).toBe('300 轮，30,000 次迭代；保存 30 个检查点，保留 3 个 (epoch_280, epoch_290, epoch_300)；评估 49 次（第 10, 20, 30 … 300 轮后）');
  });

  it('IterBasedTrainLoop 90k: checkpoints and validations every 10k iterations, logs by global iteration', () => {
    const cfg = withHooks(
      { checkpoint: { type: 'CheckpointHook', interval: 10000, by_epoch: false } },
      { train_cfg: { type: 'IterBasedTrainLoop', max_iters: 90000, val_interval: 10000 } },
    );
    const t = computeTimelineV3(cfg, 7330);
    expect(t.runner).toBe('IterBasedRunner');
    expect(t.maxEpochs).toBeNull();
    expect(t.maxIters).toBe(90_000);
    expect(t.checkpoint?.written.map((c) => c.file)).toEqual(range(10000, 90000, 10000).map((k) => `iter_${k}.pth`));
    expect(t.checkpoint?.keptCount).toBe(9);
    expect(evalsOf(t)).toEqual(range(10000, 90000, 10000));
    expect(t.evaluation?.points.map((p) => p.iter)).toEqual(range(10000, 90000, 10000));
    expect(t.log?.total).toBe(1800);
    expect(t.warnings).toEqual([]);
    expect(summarizeTimeline(t, 'en')).toBe('90,000 iterations; 9 checkpoints written, all kept (iter_10000, …, iter_90000); evaluation every 10000 iterations (9 times)');
    // batch_idx is the global iteration there: ignore_last=False adds one line, at len(train_dataloader) only.
    const last = computeTimelineV3({ ...cfg, default_hooks: { ...(cfg.default_hooks as PyDict), logger: { type: 'LoggerHook', interval: 50, ignore_last: false } } }, 7330);
    expect(last.log?.total).toBe(1801);
    expect(last.log?.iters.slice(145, 148)).toEqual([7300, 7330, 7350]);
  });

  it('max_keep_ckpts counts the forced last save too (deque of the newest ids), unlike MMCV 1.x', () => {
    const t = computeTimelineV3(withHooks({ checkpoint: { type: 'CheckpointHook', interval: 5, max_keep_ckpts: 2 } }), 100);
    expect(t.checkpoint?.written.map((c) => `${c.file}:${c.reason}`)).toEqual(['epoch_5.pth:interval', 'epoch_10.pth:interval', 'epoch_12.pth:last']);
    expect(keptOf(t)).toEqual(['epoch_10.pth', 'epoch_12.pth']);
    const noLast = computeTimelineV3(withHooks({ checkpoint: { type: 'CheckpointHook', interval: 5, save_last: false } }), 100);
    expect(writtenOf(noLast)).toEqual([5, 10]);
  });

  it('save_begin: every interval counted from save_begin itself', () => {
    const t = computeTimelineV3(withHooks({ checkpoint: { type: 'CheckpointHook', interval: 5, save_begin: 3 } }), 100);
    expect(writtenOf(t)).toEqual([3, 8, 12]);
    expect(codesOf(computeTimelineV3(withHooks({ checkpoint: { type: 'CheckpointHook', save_begin: -1 } }), 100))).toContain('checkpoint-save-begin');
  });

  it('the last epoch always validates: val_interval=5 over 12 epochs gives 5, 10, 12; val_begin delays', () => {
    const cfg = (train: PyDict) => ({ ...base1x, train_cfg: train });
    expect(evalsOf(computeTimelineV3(cfg({ type: 'EpochBasedTrainLoop', max_epochs: 12, val_interval: 5 }), 10))).toEqual([5, 10, 12]);
    expect(evalsOf(computeTimelineV3(cfg({ type: 'EpochBasedTrainLoop', max_epochs: 12, val_interval: 2, val_begin: 7 }), 10))).toEqual([8, 10, 12]);
    const long = computeTimelineV3(cfg({ type: 'EpochBasedTrainLoop', max_epochs: 12, val_interval: 20 }), 10);
    expect(evalsOf(long)).toEqual([12]);
    expect(codesOf(long)).toContain('val-interval-long');
    const never = computeTimelineV3(cfg({ type: 'EpochBasedTrainLoop', max_epochs: 12, val_begin: 13 }), 10);
    expect(evalsOf(never)).toEqual([]);
    expect(codesOf(never)).toContain('val-never');
    const zero = computeTimelineV3(cfg({ type: 'EpochBasedTrainLoop', max_epochs: 12, val_interval: 0 }), 10);
    expect(codesOf(zero)).toContain('val-interval-zero');
  });

  it('train_cfg by_epoch shorthand and lazy-import class references', () => {
    const short = computeTimelineV3({ ...base1x, train_cfg: { by_epoch: true, max_epochs: 5, val_interval: 2 } }, 10);
    expect(evalsOf(short)).toEqual([2, 4, 5]);
    const lazy: PyDict = {
      ...base1x,
      train_cfg: { type: pyRef('mmengine.runner.loops', 'IterBasedTrainLoop'), max_iters: 300, val_interval: 100 },
      default_hooks: { ...hooks, checkpoint: { type: pyRef('mmengine.hooks', 'CheckpointHook'), interval: 100, by_epoch: false, max_keep_ckpts: 1 } },
    };
    const t = computeTimelineV3(lazy, 50);
    expect(t.runner).toBe('IterBasedRunner');
    expect(keptOf(t)).toEqual(['iter_300.pth']);
    expect(t.warnings).toEqual([]);
  });

  it('missing default_hooks / keys fall back to MMEngine defaults; None removes the hook', () => {
    const { default_hooks: _, ...bare } = base1x;
    const t = computeTimelineV3(bare, 100);
    expect(writtenOf(t)).toEqual(range(1, 12));
    expect(t.log?.interval).toBe(10);
    expect(t.log?.total).toBe(12 * 10);
    const none = computeTimelineV3(withHooks({ checkpoint: null, logger: null }), 100);
    expect(none.checkpoint).toBeNull();
    expect(none.log).toBeNull();
    expect(summarizeTimeline(none, 'en')).toContain('no checkpoints');
  });

  it('warns about pitfalls: logger interval past an epoch, checkpoint interval past training, by_epoch under an iteration loop', () => {
    const log = computeTimelineV3(withHooks({ logger: { type: 'LoggerHook', interval: 50 } }), 40);
    // len(train_dataloader) <= interval: the end-of-epoch line prints despite ignore_last.
    expect(log.log?.total).toBe(12);
    expect(log.log?.iters.slice(0, 2)).toEqual([40, 80]);
    expect(codesOf(log)).toContain('log-end-of-epoch');
    expect(log.warnings.find((w) => w.code === 'log-end-of-epoch')?.message.zh).toContain('日志间隔 50');
    const ckpt = computeTimelineV3(withHooks({ checkpoint: { type: 'CheckpointHook', interval: 20 } }), 10);
    expect(writtenOf(ckpt)).toEqual([12]);
    expect(codesOf(ckpt)).toContain('checkpoint-interval-long');
    const iterEpoch = computeTimelineV3(withHooks({ checkpoint: { type: 'CheckpointHook', interval: 1000 } }, { train_cfg: { type: 'IterBasedTrainLoop', max_iters: 5000 } }), 10);
    expect(iterEpoch.checkpoint?.written.map((c) => `${c.file}@${c.iter}`)).toEqual(['epoch_1.pth@5000']);
    expect(codesOf(iterEpoch)).toContain('checkpoint-by-epoch-iter');
    expect(codesOf(computeTimelineV3(withHooks({ logger: { type: 'LoggerHook', interval: 0 } }), 10))).toContain('log-interval');
  });

  it('save_best: the best file is separate, named after the key; re-saves at off-grid validations are flagged', () => {
    const t = computeTimelineV3(withHooks({ checkpoint: { type: 'CheckpointHook', interval: 2, save_best: 'coco/bbox_mAP' } }), 10);
    expect(t.evaluation?.saveBest).toEqual({ key: 'coco/bbox_mAP', auto: false, rule: 'greater', filePattern: 'best_coco_bbox_mAP_epoch_N.pth' });
    expect(codesOf(t)).toContain('save-best-resave');
    const auto = computeTimelineV3(withHooks({ checkpoint: { type: 'CheckpointHook', interval: 1, save_best: 'auto' } }, { val_evaluator: { type: 'CocoMetric', metric: ['segm', 'bbox'] } }), 100);
    expect(auto.evaluation?.saveBest).toMatchObject({ key: 'coco/segm_mAP', auto: true, rule: 'greater' });
    expect(codesOf(auto)).toEqual(['save-best-auto']);
  });

  it('never throws on odd configs', () => {
    expect(codesOf(computeTimelineV3({}, 100))).toEqual(['train-loop']);
    expect(codesOf(computeTimelineV3({ ...base1x, val_cfg: null }, 100))).toContain('val-loop-none');
    expect(codesOf(computeTimelineV3({ ...base1x, train_cfg: { type: 'EpochBasedTrainLoop', max_epochs: 3, dynamic_intervals: [[2, 1]] } }, 10))).toContain('val-dynamic');
  });
});

describe(`MMEngine timeline properties (seed ${seed}, replay with FC_SEED=${seed})`, () => {
  const settings = fc.record({
    epochs: fc.integer({ min: 1, max: 60 }),
    interval: fc.integer({ min: -1, max: 15 }),
    maxKeep: fc.integer({ min: -1, max: 6 }),
    saveLast: fc.boolean(),
    saveBegin: fc.integer({ min: 0, max: 20 }),
    valInterval: fc.integer({ min: 1, max: 10 }),
    valBegin: fc.integer({ min: 0, max: 30 }),
    dynamic: fc.array(fc.tuple(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 5 })), { maxLength: 3 }),
  });

  it('kept ⊆ written, the newest is kept, |kept| = min(written, max_keep_ckpts); validations in range, rising, ending at the last epoch', () => {
    fc.assert(
      fc.property(settings, (s) => {
        const t = computeTimelineV3(
          withHooks(
            { checkpoint: { type: 'CheckpointHook', interval: s.interval, max_keep_ckpts: s.maxKeep, save_last: s.saveLast, save_begin: s.saveBegin } },
            { train_cfg: { type: 'EpochBasedTrainLoop', max_epochs: s.epochs, val_interval: s.valInterval, val_begin: s.valBegin, dynamic_intervals: s.dynamic.map((d) => ({ $tuple: d })) } },
          ),
          7,
        );
        const c = t.checkpoint;
        if (!c) throw new Error('no checkpoint section');
        const written = c.written.map((x) => x.at);
        const kept = c.written.filter((x) => x.kept).map((x) => x.at);
        expect(kept.every((k) => written.includes(k))).toBe(true);
        if (written.length > 0) expect(kept).toContain(written[written.length - 1]);
        if (s.saveLast) expect(written[written.length - 1]).toBe(s.epochs);
        expect(kept.length).toBe(s.maxKeep > 0 ? Math.min(s.maxKeep, written.length) : written.length);
        expect(kept).toEqual(written.slice(written.length - kept.length));
        const ats = (t.evaluation?.points ?? []).map((p) => p.at);
        expect(ats.every((a) => a >= Math.max(1, s.valBegin) && a <= s.epochs)).toBe(true);
        expect(ats.every((a, i) => i === 0 || a > (ats[i - 1] as number))).toBe(true);
        if (s.valBegin <= s.epochs) expect(ats[ats.length - 1]).toBe(s.epochs);
        expect(t.evaluation?.points.every((p) => p.at % p.interval === 0 || p.at === s.epochs)).toBe(true);
      }),
      { seed, numRuns: 500 },
    );
  });

  it('simulateKeptCheckpointsV3 keeps the newest max_keep of any rising save list; listCheckpointSaves stays on the save_begin grid', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 80 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 30 }), fc.integer({ min: 1, max: 8 }), (total, interval, begin, maxKeep) => {
        const saves = listCheckpointSaves(total, interval, begin, false).map((x) => x.at);
        expect(saves.every((k) => k >= 1 && k <= total && k >= begin && (k - begin) % interval === 0)).toBe(true);
        expect([...simulateKeptCheckpointsV3(saves, maxKeep)]).toEqual(saves.slice(Math.max(0, saves.length - maxKeep)));
      }),
      { seed, numRuns: 300 },
    );
  });
});
