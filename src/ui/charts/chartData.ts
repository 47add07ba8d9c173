import type { DialectId, ParamCurves, PyDict, ReducedSeries, ScheduleError, ScheduleMarks } from '../../core/index.ts';
import { chartScheduleWithin } from '../../core/entries/simulate.ts';
import type { GroupInfo } from './groupLabels.ts';

export interface ChartPoint {
  x: number;
  y: number;
}

export interface ChartSeries {
  /** `base` for the optimizer's own group, else the custom key; `unscaled` for the comparison line. */
  key: string;
  lrMult: number;
  points: ChartPoint[];
}

/** A zoomed iteration range [from, to). */
export interface ChartRange {
  from: number;
  to: number;
}

export interface ChartRequest {
  id: number;
  style: DialectId;
  config: PyDict;
  itersPerEpoch: number;
  /** About two points per pixel column of the chart. */
  maxPoints: number;
  /** The zoomed iteration range [from, to); null for the whole run. */
  range?: ChartRange | null;
  /** The same schedule without auto_scale_lr, drawn as an extra dashed lr line. */
  unscaled?: PyDict;
  /** The monitored metric per validation run, for ReduceOnPlateau schedulers. */
  metrics?: number[];
}

export type ChartData =
  | {
      ok: true;
      itersPerEpoch: number;
      epochBased: boolean;
      totalIters: number;
      /** The iterations the series cover (the zoom, clipped to the run). */
      from: number;
      to: number;
      lr: ChartSeries[];
      momentum: ChartSeries[];
      /** Weight decay per group, when scheduled or when groups differ in it; else empty. */
      weightDecay: ChartSeries[];
      /** Other scheduled hyper-parameters (`param_name` other than lr, momentum, weight_decay). */
      otherParams: { paramName: string; series: ChartSeries[] }[];
      /** Every parameter group's key and multipliers; paramwise ones (bias/norm/...) carry their kinds. */
      groups: GroupInfo[];
      marks: ScheduleMarks;
      computeMs: number;
    }
  | { ok: false; error: ScheduleError };

/** Inside a run of equal values, keep one point in this many (the line is the same). */
const flatStride = 16;

/**
 * The reduced series as chart points. Inside a flat run only the ends and every
 * {@link flatStride}th point are kept: the drawn line is identical, recharts renders a fraction
 * of the points (a step schedule is almost all flat runs), and the tooltip still finds a point
 * within a few pixels anywhere.
 */
function toPoints({ x, y }: ReducedSeries): ChartPoint[] {
  const points: ChartPoint[] = [];
  let run = 0;
  for (let i = 0; i < x.length; i++) {
    const yi = y[i] as number;
    const flatBefore = i > 0 && y[i - 1] === yi;
    const flatAfter = i < x.length - 1 && y[i + 1] === yi;
    run = flatBefore ? run + 1 : 0;
    if (flatBefore && flatAfter && run % flatStride !== 0) continue;
    points.push({ x: x[i] as number, y: yi });
  }
  return points;
}

function sameSeriesValues(a: ReducedSeries | null, b: ReducedSeries | null): boolean {
  if (a === null || b === null) return a === b;
  return a.x.length === b.x.length && a.y.every((v, i) => v === b.y[i] && a.x[i] === b.x[i]);
}

/** Series of each other hyper-parameter: the base group and every group whose curve differs from it. */
function paramSeries(params: readonly ParamCurves<ReducedSeries>[], groups: readonly { key: string; lrMult: number }[]): { weightDecay: ChartSeries[]; otherParams: { paramName: string; series: ChartSeries[] }[] } {
  const all = params.map((p) => {
    const series: ChartSeries[] = [{ key: 'base', lrMult: 1, points: toPoints(p.base) }];
    p.extraGroups.forEach((curve, k) => {
      const g = groups[k + 1];
      if (g !== undefined && !sameSeriesValues(curve, p.base)) series.push({ key: g.key, lrMult: g.lrMult, points: toPoints(curve) });
    });
    return { paramName: p.paramName, series };
  });
  return {
    weightDecay: all.find((p) => p.paramName === 'weight_decay')?.series ?? [],
    otherParams: all.filter((p) => p.paramName !== 'weight_decay'),
  };
}

/** The schedule at chart resolution over the requested range (in the worker). */
export function computeChartData(req: ChartRequest): ChartData;
/** The same, or null when it would evaluate more than `budget` values (then leave it to the worker). */
export function computeChartData(req: ChartRequest, budget: number): ChartData | null;
export function computeChartData(req: ChartRequest, budget = Number.POSITIVE_INFINITY): ChartData | null {
  const started = performance.now();
  const window = { from: req.range?.from ?? 0, to: req.range?.to ?? Number.POSITIVE_INFINITY, maxPoints: req.maxPoints };
  const metrics = req.metrics ? { metrics: req.metrics } : {};
  const result = chartScheduleWithin(req.style, req.config, { itersPerEpoch: req.itersPerEpoch, window, budget, ...metrics });
  if (result === null) return null;
  if (!result.ok) return { ok: false, error: result.error };
  const c = result.curves;
  const groups = [{ key: 'base', lrMult: 1, ...c.base }, ...c.extraGroups.map((g) => ({ key: g.customKey, ...g }))];
  // A bias/norm group is drawn where its values differ from the optimizer's own (custom keys always are).
  const isPlainCopy = (g: (typeof groups)[number], pick: (x: (typeof groups)[number]) => ReducedSeries | null) =>
    'paramKinds' in g && g.paramKinds !== undefined && sameSeriesValues(pick(g), pick(groups[0] as (typeof groups)[number]));
  const lr = groups.filter((g) => !isPlainCopy(g, (x) => x.lr)).map((g) => ({ key: g.key, lrMult: g.lrMult, points: toPoints(g.lr) }));
  if (req.unscaled) {
    const plain = chartScheduleWithin(req.style, req.unscaled, { itersPerEpoch: req.itersPerEpoch, window, budget });
    if (plain === null) return null;
    if (plain.ok) lr.push({ key: 'unscaled', lrMult: 1, points: toPoints(plain.curves.base.lr) });
  }
  const from = Math.min(window.from, c.totalIters);
  return {
    ok: true,
    itersPerEpoch: c.itersPerEpoch,
    epochBased: c.epochBased,
    totalIters: c.totalIters,
    from,
    to: Math.max(from, Math.min(window.to, c.totalIters)),
    lr,
    momentum: groups.flatMap((g) => (g.momentum && !isPlainCopy(g, (x) => x.momentum) ? [{ key: g.key, lrMult: g.lrMult, points: toPoints(g.momentum) }] : [])),
    ...paramSeries(c.otherParams ?? [], groups),
    groups: groups.map((g) => ({ key: g.key, lrMult: g.lrMult, ...('decayMult' in g && g.decayMult !== undefined ? { decayMult: g.decayMult } : {}), ...('paramKinds' in g && g.paramKinds !== undefined ? { paramKinds: g.paramKinds } : {}) })),
    marks: c.marks,
    computeMs: performance.now() - started,
  };
}
