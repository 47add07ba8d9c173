import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { presets } from '../model/presets.ts';
import type { PyDict } from '../python/value.ts';
import { computeTimeline } from './computeTimeline.ts';
import { summarizeTimeline } from './summarizeTimeline.ts';

const seed = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31);
const preset1x = presets[0]?.config as PyDict;

const withRuntime = (over: PyDict): PyDict => ({ ...preset1x, ...over });
const keptOf = (t: ReturnType<typeof computeTimeline>) => t.checkpoint?.written.filter((c) => c.kept).map((c) => c.at);
const writtenOf = (t: ReturnType<typeof computeTimeline>) => t.checkpoint?.written.map((c) => c.at);
const evalsOf = (t: ReturnType<typeof computeTimeline>) => t.evaluation?.points.map((p) => p.at);

describe('computeTimeline (MMCV 1.7.2 / mmdet 2.x)', () => {
  it('1x schedule: 12 epochs, a checkpoint and an evaluation after each, 146 log lines an epoch', () => {
    const t = computeTimeline(preset1x, 7330);
    expect(t.maxIters).toBe(87_960);
    expect(writtenOf(t)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(t.checkpoint?.keptCount).toBe(12);
    expect(evalsOf(t)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(t.evaluation?.points[0]?.iter).toBe(7330);
    expect(t.log?.total).toBe(12 * 146);
    expect(t.log?.iters.slice(0, 2)).toEqual([50, 100]);
    expect(t.log?.iters[146]).toBe(7330 + 50);
    expect(t.phases.map((p) => p.mode)).toEqual(Array(12).fill('train'));
    expect(t.warnings).toEqual([]);
    expect(summarizeTimeline(t, 'en')).toBe('12 epochs, 87,960 iterations; 12 checkpoints written, all kept (epoch_1–12); evaluation after every epoch');
    expect(summarizeTimeline(t, 'zh')).toBe('12 轮，87,960 次迭代；保存 12 个检查点，全部保留 (epoch_1–12)；每轮后评估');
  });

  it('interval=1, max_keep_ckpts=3 over 12 epochs keeps epoch_10..12', () => {
    const t = computeTimeline(withRuntime({ checkpoint_config: { interval: 1, max_keep_ckpts: 3 } }), 100);
    expect(t.checkpoint?.writtenCount).toBe(12);
    expect(keptOf(t)).toEqual([10, 11, 12]);
    expect(summarizeTimeline(t, 'en')).toContain('12 checkpoints written, 3 kept (epoch_10–12)');
  });

  it('interval=5 with save_last over 12 epochs writes 5, 10, 12; the off-grid last leaves extra files', () => {
    const cfg = (k: number) => withRuntime({ checkpoint_config: { interval: 5, max_keep_ckpts: k } });
    expect(writtenOf(computeTimeline(cfg(-1), 100))).toEqual([5, 10, 12]);
    expect(computeTimeline(cfg(-1), 100).checkpoint?.written.map((c) => c.reason)).toEqual(['interval', 'interval', 'last']);
    // After 12, mmcv looks for epoch_7 (12 - 1*5), finds none and stops: epoch_10 survives.
    expect(keptOf(computeTimeline(cfg(1), 100))).toEqual([10, 12]);
    // After 10, range(0, 0, -5) is empty; after 12, epoch_2 is missing: all three stay.
    expect(keptOf(computeTimeline(cfg(2), 100))).toEqual([5, 10, 12]);
    const noLast = withRuntime({ checkpoint_config: { interval: 5, save_last: false } });
    expect(writtenOf(computeTimeline(noLast, 100))).toEqual([5, 10]);
  });

  it('evaluation start=3 interval=2 runs after epochs 3, 5, 7, 9, 11', () => {
    const t = computeTimeline(withRuntime({ evaluation: { interval: 2, start: 3, metric: 'bbox' } }), 100);
    expect(evalsOf(t)).toEqual([3, 5, 7, 9, 11]);
  });

  it('start=0 also evaluates before training, but only when 1 % interval == 0', () => {
    expect(evalsOf(computeTimeline(withRuntime({ evaluation: { interval: 1, start: 0 } }), 100))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(evalsOf(computeTimeline(withRuntime({ evaluation: { interval: 4, start: 0 } }), 100))).toEqual([4, 8, 12]);
  });

  it('dynamic_intervals [(285, 1)] with interval 10 over 300 epochs: 10..280, then every epoch from 285', () => {
    const cfg = withRuntime({
      runner: { type: 'EpochBasedRunner', max_epochs: 300 },
      evaluation: { interval: 10, metric: 'bbox', dynamic_intervals: [{ $tuple: [285, 1] }] },
    });
    const t = computeTimeline(cfg, 10);
    const expected = [...Array.from({ length: 28 }, (_, i) => 10 * (i + 1)), ...Array.from({ length: 16 }, (_, i) => 285 + i)];
    expect(evalsOf(t)).toEqual(expected);
    expect(t.evaluation?.dynamic).toEqual([{ milestone: 285, interval: 1 }]);
  });

  it("save_best='auto' names the first key of the first metric and warns that it is inferred", () => {
    const t = computeTimeline(withRuntime({ evaluation: { interval: 1, metric: ['segm', 'bbox'], save_best: 'auto' } }), 100);
    expect(t.evaluation?.saveBest).toMatchObject({ key: 'segm_mAP', auto: true, rule: 'greater' });
    expect(t.warnings.map((w) => w.code)).toContain('save-best-auto');
    const explicit = computeTimeline(withRuntime({ evaluation: { save_best: 'bbox_mAP_50' } }), 100);
    expect(explicit.evaluation?.saveBest).toMatchObject({ key: 'bbox_mAP_50', auto: false, rule: 'greater' });
  });

  it('workflow [(train, 2), (val, 1)] over 3 epochs: T T V T V (val still runs after the last train epoch)', () => {
    const cfg = withRuntime({ runner: { type: 'EpochBasedRunner', max_epochs: 3 }, workflow: [{ $tuple: ['train', 2] }, { $tuple: ['val', 1] }] });
    const t = computeTimeline(cfg, 10);
    expect(t.phases.map((p) => `${p.mode}@${p.startIter}`)).toEqual(['train@0', 'train@10', 'val@20', 'train@20', 'val@30']);
  });

  it('warns when the log interval exceeds an epoch, and counts the end-of-epoch line without ignore_last', () => {
    const never = computeTimeline(withRuntime({ log_config: { interval: 8000, hooks: [{ type: 'TextLoggerHook' }] } }), 7330);
    expect(never.log?.total).toBe(0);
    expect(never.warnings.map((w) => w.code)).toContain('log-never');
    const last = computeTimeline(withRuntime({ log_config: { interval: 50, hooks: [{ type: 'TextLoggerHook', ignore_last: false }] } }), 7330);
    expect(last.log?.total).toBe(12 * 147);
    expect(last.log?.iters.slice(145, 148)).toEqual([7300, 7330, 7380]);
    const global = computeTimeline(withRuntime({ log_config: { interval: 8000, hooks: [{ type: 'TextLoggerHook', by_epoch: false }] } }), 7330);
    expect(global.log?.iters.slice(0, 2)).toEqual([8000, 16000]);
    expect(global.log?.total).toBe(Math.floor(87_960 / 8000));
  });

  it('IterBasedRunner: checkpoints, evaluations and logs by iteration', () => {
    const cfg = withRuntime({
      runner: { type: 'IterBasedRunner', max_iters: 1000 },
      checkpoint_config: { interval: 300, max_keep_ckpts: 2 },
      evaluation: { interval: 250 },
      log_config: { interval: 50, hooks: [{ type: 'TextLoggerHook' }] },
    });
    const t = computeTimeline(cfg, 7330);
    expect(t.checkpoint?.written.map((c) => c.file)).toEqual(['iter_300.pth', 'iter_600.pth', 'iter_900.pth', 'iter_1000.pth']);
    // After 900 mmcv deletes iter_300; after 1000 it looks for iter_400, finds none.
    expect(keptOf(t)).toEqual([600, 900, 1000]);
    expect(evalsOf(t)).toEqual([250, 500, 750, 1000]);
    expect(t.log?.total).toBe(20);
    expect(summarizeTimeline(t, 'en')).toBe('1,000 iterations; 4 checkpoints written, 3 kept (iter_600, iter_900, iter_1000); evaluation every 250 iterations (4 times)');
  });

  it('by_epoch checkpoints under IterBasedRunner never save', () => {
    const cfg = withRuntime({ runner: { type: 'IterBasedRunner', max_iters: 100 }, checkpoint_config: { interval: 1, by_epoch: true } });
    const t = computeTimeline(cfg, 10);
    expect(t.checkpoint?.writtenCount).toBe(0);
    expect(t.warnings.map((w) => w.code)).toContain('checkpoint-by-epoch-iter');
  });

  it('never throws on odd configs', () => {
    expect(computeTimeline({}, 100).warnings[0]?.code).toBe('runner');
    expect(computeTimeline(withRuntime({ workflow: [{ $tuple: ['val', 1] }] }), 10).warnings.map((w) => w.code)).toContain('workflow-no-train');
    expect(computeTimeline(withRuntime({ evaluation: { interval: 0 } }), 10).evaluation).toBeNull();
  });
});

describe(`timeline properties (seed ${seed}, replay with FC_SEED=${seed})`, () => {
  const settings = fc.record({
    epochs: fc.integer({ min: 1, max: 60 }),
    interval: fc.integer({ min: -1, max: 15 }),
    maxKeep: fc.integer({ min: -1, max: 6 }),
    saveLast: fc.boolean(),
    evalInterval: fc.integer({ min: 1, max: 10 }),
    evalStart: fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }),
    dynamic: fc.array(fc.tuple(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 5 })), { maxLength: 3 }),
  });

  it('kept ⊆ written, the newest is kept, at most max_keep_ckpts (+1 for an off-grid last); evaluations in range and rising', () => {
    fc.assert(
      fc.property(settings, (s) => {
        const t = computeTimeline(
          withRuntime({
            runner: { type: 'EpochBasedRunner', max_epochs: s.epochs },
            checkpoint_config: { interval: s.interval === 0 ? 1 : s.interval, max_keep_ckpts: s.maxKeep, save_last: s.saveLast },
            evaluation: { interval: s.evalInterval, start: s.evalStart, dynamic_intervals: s.dynamic.map((d) => ({ $tuple: d })) },
          }),
          7,
        );
        const c = t.checkpoint;
        if (!c) throw new Error('no checkpoint section');
        const written = c.written.map((x) => x.at);
        const kept = c.written.filter((x) => x.kept).map((x) => x.at);
        expect(kept.every((k) => written.includes(k))).toBe(true);
        if (written.length > 0) expect(kept).toContain(written[written.length - 1]);
        const offGridLast = c.written.some((x) => x.reason === 'last') ? 1 : 0;
        if (s.maxKeep > 0) expect(kept.length).toBeLessThanOrEqual(s.maxKeep + offGridLast);
        else expect(kept).toEqual(written);
        const ats = (t.evaluation?.points ?? []).map((p) => p.at);
        expect(ats.every((a) => a >= 0 && a <= s.epochs)).toBe(true);
        expect(ats.every((a, i) => i === 0 || a > (ats[i - 1] as number))).toBe(true);
        if (s.evalStart !== null) expect(ats.filter((a) => a > 0).every((a) => a >= (s.evalStart as number))).toBe(true);
      }),
      { seed, numRuns: 500 },
    );
  });
});
