import type { Timeline } from '../../core/index.ts';

/** The plot area of CurveChart: margin left 8 + YAxis width 64, margin right 44. */
export const plotMargin = { left: 72, right: 44 } as const;

/** At most one mark per this many pixels. */
export const columnPx = 2;

export interface TimelineAxis {
  width: number;
  /** The chart's x domain is [0, max(1, totalIters - 1)], as in CurveChart. */
  totalIters: number;
}

export interface CheckpointMark {
  x: number;
  at: number;
  iter: number;
  file: string;
  kept: boolean;
}

export interface EvalMark {
  x: number;
  at: number;
  iter: number;
}

export interface ValMark {
  x: number;
  /** Training epochs (or iterations) done when it runs. */
  at: number;
  count: number;
}

export interface LogColumn {
  x: number;
  /** 0..1: lines in this column relative to the busiest column. */
  density: number;
}

export interface TimelineLayout {
  plotLeft: number;
  plotRight: number;
  trainSpans: { x1: number; x2: number }[];
  vals: ValMark[];
  checkpoints: CheckpointMark[];
  evals: EvalMark[];
  log: LogColumn[];
}

/** Maps a global iteration to the chart's pixel column (clamped to the plot). */
export function makeXScale(axis: TimelineAxis): (iter: number) => number {
  const plotLeft = plotMargin.left;
  const plotWidth = Math.max(1, axis.width - plotMargin.left - plotMargin.right);
  const xMax = Math.max(1, axis.totalIters - 1);
  return (iter) => plotLeft + (Math.min(Math.max(iter, 0), xMax) / xMax) * plotWidth;
}

/**
 * Keeps at most one item per `columnPx` pixel column; where several fall in one column the
 * last one wins unless `prefer` says an earlier one matters more (a kept checkpoint over a
 * deleted one).
 */
export function thinByColumn<T extends { x: number }>(items: readonly T[], prefer: (a: T, b: T) => boolean = () => false): T[] {
  const out: T[] = [];
  let lastColumn = -Infinity;
  for (const item of items) {
    const column = Math.floor(item.x / columnPx);
    const last = out[out.length - 1];
    if (last && column === lastColumn) {
      if (!prefer(last, item)) out[out.length - 1] = item;
      continue;
    }
    out.push(item);
    lastColumn = column;
  }
  return out;
}

/** Where each row's marks go along the chart's iteration axis, thinned to fit the pixels. */
export function layoutTimeline(t: Timeline, axis: TimelineAxis): TimelineLayout {
  const xOf = makeXScale(axis);
  const plotLeft = plotMargin.left;
  const plotRight = Math.max(plotLeft + 1, axis.width - plotMargin.right);

  const trainSpans: { x1: number; x2: number }[] = [];
  const vals: ValMark[] = [];
  for (const p of t.phases) {
    if (p.mode === 'val') {
      vals.push({ x: xOf(p.startIter), at: t.runner === 'EpochBasedRunner' ? p.epochsBefore : p.startIter, count: p.count });
      continue;
    }
    const x1 = xOf(p.startIter);
    const x2 = xOf(p.endIter);
    const last = trainSpans[trainSpans.length - 1];
    // Train phases touch (val phases have no width): draw them as one band.
    if (last && x1 - last.x2 < 1) last.x2 = Math.max(last.x2, x2);
    else trainSpans.push({ x1, x2 });
  }

  const checkpoints = thinByColumn(
    (t.checkpoint?.written ?? []).map((c) => ({ x: xOf(c.iter), at: c.at, iter: c.iter, file: c.file, kept: c.kept })),
    (earlier, later) => earlier.kept && !later.kept,
  );
  const evals = thinByColumn((t.evaluation?.points ?? []).map((p) => ({ x: xOf(p.iter), at: p.at, iter: p.iter })));
  return { plotLeft, plotRight, trainSpans, vals: thinByColumn(vals), checkpoints, evals, log: layoutLogDensity(t, xOf, plotLeft, plotRight) };
}

/**
 * Log lines per pixel column. Listed lines are counted exactly; past the last listed one (the
 * core lists the first few thousand), columns over training at least one log interval long
 * count as one line, which is what such a column holds at the least.
 */
function layoutLogDensity(t: Timeline, xOf: (iter: number) => number, plotLeft: number, plotRight: number): LogColumn[] {
  const log = t.log;
  if (!log || log.total === 0) return [];
  const columns = Math.max(1, Math.ceil((plotRight - plotLeft) / columnPx));
  const counts = new Float64Array(columns + 1);
  const columnOf = (iter: number) => Math.min(columns, Math.floor((xOf(iter) - plotLeft) / columnPx));
  for (const iter of log.iters) counts[columnOf(iter)] = (counts[columnOf(iter)] ?? 0) + 1;
  if (!log.listedAll && log.interval > 0) {
    const lastListed = log.iters[log.iters.length - 1] ?? 0;
    for (const p of t.phases) {
      if (p.mode !== 'train' || p.endIter <= lastListed || p.endIter - p.startIter < log.interval) continue;
      for (let c = columnOf(Math.max(p.startIter, lastListed + 1)); c <= columnOf(p.endIter); c++) counts[c] = Math.max(counts[c] ?? 0, 1);
    }
  }
  let max = 0;
  for (const n of counts) max = Math.max(max, n);
  const out: LogColumn[] = [];
  counts.forEach((n, c) => {
    if (n > 0) out.push({ x: plotLeft + c * columnPx, density: n / max });
  });
  return out;
}
