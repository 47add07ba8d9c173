import type { PyDict } from '../python/value.ts';
import type { ChartWindow } from './columnSink.ts';
import { chartMmcv1, simulateMmcv1 } from './mmcv1/simulate.ts';
import { chartMmengine, simulateMmengine } from './mmengine/simulate.ts';
import { replaceClassRefsByName } from './classRefs.ts';
import type { ChartCurvesResult, ScheduleResult } from './types.ts';
import type { DialectId } from '../dialects/types.ts';

export type { DialectId } from '../dialects/types.ts';

// Lazy-import configs name classes by reference (`type=MultiStepLR`); the MMEngine simulator reads names.
const byName = (config: PyDict) => replaceClassRefsByName(config) as PyDict;

/** `metrics`: the validation metric per validation run, for MMEngine's ReduceOnPlateau schedulers. */
type SimulateOptions = { itersPerEpoch: number; metrics?: readonly number[] };

const simulators: Record<DialectId, (config: PyDict, opts: SimulateOptions) => ScheduleResult> = {
  mmcv1: simulateMmcv1,
  mmengine: (config, opts) => simulateMmengine(byName(config), opts),
};

type ChartOptions = SimulateOptions & { window: ChartWindow; budget: number };
const charters: Record<DialectId, (config: PyDict, opts: ChartOptions) => ChartCurvesResult | null> = {
  mmcv1: chartMmcv1,
  mmengine: (config, opts) => chartMmengine(byName(config), opts),
};

/**
 * Per-iteration lr and momentum curves of a config, in the dialect it is written in:
 * `mmcv1` (MMDetection 2.x: `lr_config`/`momentum_config`/`runner`, MMCV 1.7.2 hooks) or
 * `mmengine` (MMDetection 3.x: `param_scheduler`/`train_cfg`). `itersPerEpoch` = len(data loader).
 */
export function simulateSchedule(style: DialectId, config: PyDict, opts: SimulateOptions): ScheduleResult {
  return simulators[style](config, opts);
}

/**
 * The curves of {@link simulateSchedule} reduced to a chart window: each column's minimum and
 * maximum at the iterations where they occur, equal to `reduceSeries` of the full curves.
 * MMCV 1.x epoch-based hooks are evaluated per epoch, MMEngine's steady stretches once per
 * column (cost independent of the iteration count); per-iteration schedules step every iteration
 * but keep only the columns.
 */
export function chartSchedule(style: DialectId, config: PyDict, opts: SimulateOptions & { window: ChartWindow }): ChartCurvesResult {
  // An infinite budget is never exceeded, so the result is never null.
  return chartScheduleWithin(style, config, { ...opts, budget: Number.POSITIVE_INFINITY }) as ChartCurvesResult;
}

/**
 * {@link chartSchedule} when it evaluates at most `budget` values one by one (about one per
 * iteration of a per-iteration schedule, one per epoch of an epoch schedule); null, without
 * starting, when it would take more. Lets the UI thread draw cheap schedules at once and hand
 * the rest to a worker.
 */
export function chartScheduleWithin(style: DialectId, config: PyDict, opts: ChartOptions): ChartCurvesResult | null {
  return charters[style](config, opts);
}
