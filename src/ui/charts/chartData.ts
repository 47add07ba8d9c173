import { reduceSeries, type DialectId, type PyDict, type ScheduleError, type ScheduleMarks } from '../../core/index.ts';
import { simulateSchedule } from '../../core/entries/simulate.ts';

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

export interface ChartRequest {
  id: number;
  style: DialectId;
  config: PyDict;
  itersPerEpoch: number;
  /** About two points per pixel column of the chart. */
  maxPoints: number;
  /** The same schedule without auto_scale_lr, drawn as an extra dashed lr line. */
  unscaled?: PyDict;
}

export type ChartData =
  | {
      ok: true;
      itersPerEpoch: number;
      totalIters: number;
      lr: ChartSeries[];
      momentum: ChartSeries[];
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
function toPoints(values: Float64Array, maxPoints: number): ChartPoint[] {
  const { x, y } = reduceSeries(values, maxPoints);
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

/** Simulates the schedule and reduces every curve to chart size (runs in the worker). */
export function computeChartData(req: ChartRequest): ChartData {
  const started = performance.now();
  const result = simulateSchedule(req.style, req.config, { itersPerEpoch: req.itersPerEpoch });
  if (!result.ok) return { ok: false, error: result.error };
  const c = result.curves;
  const groups = [{ key: 'base', lrMult: 1, ...c.base }, ...c.extraGroups.map((g) => ({ key: g.customKey, ...g }))];
  const lr = groups.map((g) => ({ key: g.key, lrMult: g.lrMult, points: toPoints(g.lr, req.maxPoints) }));
  if (req.unscaled) {
    const plain = simulateSchedule(req.style, req.unscaled, { itersPerEpoch: req.itersPerEpoch });
    if (plain.ok) lr.push({ key: 'unscaled', lrMult: 1, points: toPoints(plain.curves.base.lr, req.maxPoints) });
  }
  return {
    ok: true,
    itersPerEpoch: c.itersPerEpoch,
    totalIters: c.totalIters,
    lr,
    momentum: groups.flatMap((g) => (g.momentum ? [{ key: g.key, lrMult: g.lrMult, points: toPoints(g.momentum, req.maxPoints) }] : [])),
    marks: c.marks,
    computeMs: performance.now() - started,
  };
}
