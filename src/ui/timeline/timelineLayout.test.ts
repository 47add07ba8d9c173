import { describe, expect, it } from 'vitest';
import { presets } from '../../core/model/presets.ts';
import type { PyDict } from '../../core/python/value.ts';
import { computeTimeline } from '../../core/timeline/index.ts';
import { columnPx, layoutTimeline, makeXScale, plotMargin, thinByColumn } from './timelineLayout.ts';

const preset1x = presets[0]?.config as PyDict;

describe('timeline layout', () => {
  it('uses the plot area of CurveChart: x = 72 at iteration 0, width - 44 at the last', () => {
    const xOf = makeXScale({ width: 616, totalIters: 1001 });
    expect(xOf(0)).toBe(plotMargin.left);
    expect(xOf(1000)).toBe(616 - plotMargin.right);
    expect(xOf(500)).toBe(72 + 250);
    expect(xOf(5000)).toBe(572);
  });

  it('1x schedule: one train band, 12 kept checkpoints and 12 evaluations at epoch ends', () => {
    const t = computeTimeline(preset1x, 7330);
    const l = layoutTimeline(t, { width: 800, totalIters: t.maxIters });
    expect(l.trainSpans).toHaveLength(1);
    expect(l.checkpoints.map((c) => c.file)).toEqual(Array.from({ length: 12 }, (_, i) => `epoch_${i + 1}.pth`));
    expect(l.checkpoints.every((c) => c.kept)).toBe(true);
    expect(l.evals.map((e) => e.iter)).toEqual(Array.from({ length: 12 }, (_, i) => (i + 1) * 7330));
    expect(l.checkpoints[11]?.x).toBe(800 - plotMargin.right);
  });

  it('thins log lines to at most one column mark per 2 px, and keeps kept checkpoints over deleted ones', () => {
    const cfg = { ...preset1x, runner: { type: 'EpochBasedRunner', max_epochs: 300 }, checkpoint_config: { interval: 1, max_keep_ckpts: 3 } };
    const t = computeTimeline(cfg, 7330);
    expect(t.log?.listedAll).toBe(false);
    const l = layoutTimeline(t, { width: 400, totalIters: t.maxIters });
    const columns = l.log.map((c) => Math.floor((c.x - l.plotLeft) / columnPx));
    expect(new Set(columns).size).toBe(columns.length);
    expect(l.log.length).toBeLessThanOrEqual(Math.ceil((400 - 72 - 44) / columnPx) + 1);
    // Lines past the first 5000 listed still show up to the end of training.
    expect(l.log[l.log.length - 1]?.x).toBeGreaterThan(400 - 44 - 2 * columnPx);
    const ckptColumns = l.checkpoints.map((c) => Math.floor(c.x / columnPx));
    expect(new Set(ckptColumns).size).toBe(ckptColumns.length);
    // Every column holding a kept checkpoint shows a kept (filled) mark.
    const xOf = makeXScale({ width: 400, totalIters: t.maxIters });
    const keptColumns = new Set((t.checkpoint?.written ?? []).filter((c) => c.kept).map((c) => Math.floor(xOf(c.iter) / columnPx)));
    expect(new Set(l.checkpoints.filter((c) => c.kept).map((c) => Math.floor(c.x / columnPx)))).toEqual(keptColumns);
  });

  it('thinByColumn keeps the last in a column unless told to prefer the earlier one', () => {
    const items = [{ x: 0.5, id: 'a' }, { x: 1.5, id: 'b' }, { x: 2.1, id: 'c' }];
    expect(thinByColumn(items).map((i) => i.id)).toEqual(['b', 'c']);
    expect(thinByColumn(items, (e) => e.id === 'a').map((i) => i.id)).toEqual(['a', 'c']);
  });

  it('workflow with val phases: val marks where they run', () => {
    const cfg = { ...preset1x, runner: { type: 'EpochBasedRunner', max_epochs: 3 }, workflow: [{ $tuple: ['train', 1] }, { $tuple: ['val', 1] }] };
    const t = computeTimeline(cfg, 100);
    const l = layoutTimeline(t, { width: 600, totalIters: t.maxIters });
    expect(l.trainSpans).toHaveLength(1);
    expect(l.vals.map((v) => v.at)).toEqual([1, 2, 3]);
  });
});

describe('dense marks as bands', () => {
  it('a checkpoint every iteration becomes one band with the exact count, and log lines every iteration one band too', () => {
    const cfg = { ...preset1x, runner: { type: 'IterBasedRunner', max_iters: 20000 }, checkpoint_config: { interval: 1, by_epoch: false }, log_config: { interval: 1, hooks: [{ type: 'TextLoggerHook' }] }, evaluation: { interval: 1000, by_epoch: false } };
    const t = computeTimeline(cfg as PyDict, 100);
    const l = layoutTimeline(t, { width: 800, totalIters: t.maxIters });
    const ckpt = l.bands.filter((b) => b.row === 'checkpoints');
    expect(ckpt).toHaveLength(1);
    expect(ckpt[0]?.count).toBe(t.checkpoint?.writtenCount);
    expect(ckpt[0]?.count).toBe(20000);
    expect(ckpt[0]?.x2).toBe(800 - plotMargin.right);
    const log = l.bands.filter((b) => b.row === 'log');
    expect(log).toHaveLength(1);
    expect(log[0]?.count).toBe(t.log?.total);
    // 20 evaluations over 684 px are far apart: drawn one by one, no band.
    expect(l.bands.filter((b) => b.row === 'evals')).toHaveLength(0);
  });

  it('zoomed to 100 iterations, the same run draws single marks again', () => {
    const cfg = { ...preset1x, runner: { type: 'IterBasedRunner', max_iters: 20000 }, checkpoint_config: { interval: 1, by_epoch: false } };
    const t = computeTimeline(cfg as PyDict, 100);
    const l = layoutTimeline(t, { width: 800, totalIters: t.maxIters, view: { from: 1000, to: 1100 } });
    expect(l.bands.filter((b) => b.row === 'checkpoints')).toHaveLength(0);
    expect(l.checkpoints.length).toBeGreaterThan(90);
    expect(l.checkpoints.every((c) => c.iter >= 1000 && c.iter <= 1099)).toBe(true);
  });
});
