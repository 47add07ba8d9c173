import type { PyDict } from '../../core/python/value.ts';
import { reduceSeries } from '../../core/schedule/reduce.ts';
import { simulateSchedule } from '../../core/schedule/simulate.ts';
import type { ScheduleError, ScheduleMarks } from '../../core/schedule/types.ts';

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
  style: 'mmcv1' | 'mmengine';
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

function toPoints(values: Float64Array, maxPoints: number): ChartPoint[] {
  const { x, y } = reduceSeries(values, maxPoints);
  const points: ChartPoint[] = new Array(x.length);
  for (let i = 0; i < x.length; i++) points[i] = { x: x[i] as number, y: y[i] as number };
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
