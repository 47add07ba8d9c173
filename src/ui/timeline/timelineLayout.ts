import type { Timeline } from '../../core/index.ts';

/** The plot area of CurveChart: 72 px left for the value axis labels (ValueAxisLayer), 44 right. */
export const plotMargin = { left: 72, right: 44 } as const;

/** At most one mark per this many pixels. */
export const columnPx = 2;

export interface TimelineAxis {
  width: number;
  /** The chart's x domain is [0, max(1, totalIters - 1)], as in CurveChart. */
  totalIters: number;
  /** The zoomed range [from, to) the chart shows; the whole run when absent. */
  view?: { from: number; to: number };
}

/** Marks closer than this many pixels run together: four or more of them become a band. */
export const bandGapPx = 4;
const bandMin = 4;

/** A stretch where marks come too close to draw one by one: drawn as a band with their count. */
export interface DenseBand {
  row: 'checkpoints' | 'evals' | 'log';
  x1: number;
  x2: number;
  count: number;
  /** The count is estimated from the interval (the core lists only the first entries). */
  approx: boolean;
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
  bands: DenseBand[];
  /** The iteration range shown. */
  from: number;
  to: number;
}

/** Maps a global iteration to the chart's pixel column (clamped to the plot). */
export function makeXScale(axis: TimelineAxis): (iter: number) => number {
  const plotLeft = plotMargin.left;
  const plotWidth = Math.max(1, axis.width - plotMargin.left - plotMargin.right);
  const x0 = axis.view?.from ?? 0;
  const x1 = Math.max(x0 + 1, (axis.view?.to ?? axis.totalIters) - 1);
  return (iter) => plotLeft + ((Math.min(Math.max(iter, x0), x1) - x0) / (x1 - x0)) * plotWidth;
}

/**
 * Runs of marks (sorted x) spaced `bandGapPx` or less, of at least four marks, as bands with
 * their count; `tail` adds the entries past the last listed one (evenly spread up to `tail.x2`).
 */
export function findDenseBands(row: DenseBand['row'], xs: readonly number[], tail: { count: number; x2: number; approx: boolean } | null): DenseBand[] {
  const bands: DenseBand[] = [];
  let start = 0;
  for (let i = 1; i <= xs.length; i++) {
    if (i < xs.length && (xs[i] as number) - (xs[i - 1] as number) <= bandGapPx) continue;
    if (i - start >= bandMin) bands.push({ row, x1: xs[start] as number, x2: xs[i - 1] as number, count: i - start, approx: false });
    start = i;
  }
  if (tail && tail.count > 0) {
    const last = bands[bands.length - 1];
    const lastX = xs[xs.length - 1];
    if (last && lastX !== undefined && last.x2 === lastX) {
      last.x2 = tail.x2;
      last.count += tail.count;
      last.approx = tail.approx;
    } else bands.push({ row, x1: lastX ?? tail.x2, x2: tail.x2, count: tail.count, approx: tail.approx });
  }
  return bands;
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

  const from = axis.view?.from ?? 0;
  const to = axis.view?.to ?? axis.totalIters;
  // A checkpoint or evaluation after the last iteration (iter = totalIters) still belongs to the run.
  const inView = (iter: number) => iter >= from && iter <= (to >= t.maxIters ? t.maxIters : to - 1);
  const written = (t.checkpoint?.written ?? []).filter((c) => inView(c.iter));
  const points = (t.evaluation?.points ?? []).filter((p) => inView(p.iter));
  const checkpoints = thinByColumn(
    written.map((c) => ({ x: xOf(c.iter), at: c.at, iter: c.iter, file: c.file, kept: c.kept })),
    (earlier, later) => earlier.kept && !later.kept,
  );
  const evals = thinByColumn(points.map((p) => ({ x: xOf(p.iter), at: p.at, iter: p.iter })));
  const lastTrain = Math.min(to, t.maxIters);
  const tailOf = (listedAll: boolean, listed: readonly { iter: number }[], total: number) => {
    if (listedAll) return null;
    const lastListed = listed[listed.length - 1]?.iter ?? 0;
    const rest = total - listed.length;
    if (lastTrain <= lastListed || rest <= 0) return null;
    // Past the listed entries: the whole rest when it is all in view, else its share of the view.
    const whole = to >= t.maxIters;
    const share = whole ? rest : Math.round((rest * (lastTrain - Math.max(from, lastListed))) / Math.max(1, t.maxIters - lastListed));
    return { count: share, x2: xOf(lastTrain), approx: !whole };
  };
  const bands = [
    ...findDenseBands('checkpoints', written.map((c) => xOf(c.iter)), t.checkpoint ? tailOf(t.checkpoint.listedAll, t.checkpoint.written, t.checkpoint.writtenCount) : null),
    ...findDenseBands('evals', points.map((p) => xOf(p.iter)), t.evaluation ? tailOf(t.evaluation.listedAll, t.evaluation.points, t.evaluation.count) : null),
    ...layoutLogBand(t, xOf, plotRight - plotLeft, from, to),
  ];
  return { plotLeft, plotRight, trainSpans, vals: thinByColumn(vals.filter((v) => v.x >= plotLeft && v.x <= plotRight)), checkpoints, evals, log: layoutLogDensity(t, xOf, plotLeft, plotRight), bands, from, to };
}

/**
 * Log lines closer than `bandGapPx` pixels apart: one band over the training stretch in view,
 * with the number of lines (exact when the whole run is in view or every line is listed).
 */
function layoutLogBand(t: Timeline, xOf: (iter: number) => number, plotWidth: number, from: number, to: number): DenseBand[] {
  const log = t.log;
  if (!log || log.total === 0 || log.interval <= 0) return [];
  const visible = Math.max(1, Math.min(to, t.maxIters) - from);
  if ((plotWidth * log.interval) / visible > bandGapPx) return [];
  const whole = from === 0 && to >= t.maxIters;
  const listed = log.iters.filter((i) => i > from && i <= to).length;
  const count = whole ? log.total : log.listedAll ? listed : Math.round(visible / log.interval);
  return [{ row: 'log', x1: xOf(from), x2: xOf(Math.min(to, t.maxIters)), count, approx: !whole && !log.listedAll }];
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
