import type { PyDict } from '../python/value.ts';
import type { ChartWindow } from './columnSink.ts';
import type { ChartCurvesResult, ScheduleResult } from './types.ts';
import { dialectInfo } from '../dialects/info.ts';
import type { DialectId } from '../dialects/types.ts';

export type { DialectId } from '../dialects/types.ts';

/**
 * Per-iteration lr and momentum curves of a config, in the dialect it is written in:
 * `mmcv1` (MMDetection 2.x: `lr_config`/`momentum_config`/`runner`, MMCV 1.7.2 hooks) or
 * `mmengine` (MMDetection 3.x: `param_scheduler`/`train_cfg`). `itersPerEpoch` = len(data loader).
 */
export function simulateSchedule(style: DialectId, config: PyDict, opts: { itersPerEpoch: number }): ScheduleResult {
  return dialectInfo(style).simulate(config, opts);
}

/**
 * The curves of {@link simulateSchedule} reduced to a chart window: each column's minimum and
 * maximum at the iterations where they occur, equal to `reduceSeries` of the full curves.
 * MMCV 1.x epoch-based hooks are evaluated per epoch, MMEngine's steady stretches once per
 * column (cost independent of the iteration count); per-iteration schedules step every iteration
 * but keep only the columns.
 */
export function chartSchedule(style: DialectId, config: PyDict, opts: { itersPerEpoch: number; window: ChartWindow }): ChartCurvesResult {
  // An infinite budget is never exceeded, so the result is never null.
  return chartScheduleWithin(style, config, { ...opts, budget: Number.POSITIVE_INFINITY }) as ChartCurvesResult;
}

/**
 * {@link chartSchedule} when it evaluates at most `budget` values one by one (about one per
 * iteration of a per-iteration schedule, one per epoch of an epoch schedule); null, without
 * starting, when it would take more. Lets the UI thread draw cheap schedules at once and hand
 * the rest to a worker.
 */
export function chartScheduleWithin(style: DialectId, config: PyDict, opts: { itersPerEpoch: number; window: ChartWindow; budget: number }): ChartCurvesResult | null {
  return dialectInfo(style).chart(config, opts);
}
