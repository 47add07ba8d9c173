import type { PyDict } from '../python/value.ts';
import { chartSchedule, type DialectId } from './simulate.ts';
import type { ScheduleError } from './types.ts';

export interface ValuesAt {
  iteration: number;
  /** Per param group, in the order of the curves: `base` first, then the custom keys. */
  groups: { key: string; lr: number; momentum: number | null }[];
}

/**
 * The lr and momentum every param group holds at one iteration's optimizer step, computed for
 * that iteration (a one-iteration chart window, so no reduction can pick a neighbour).
 */
export function valuesAt(style: DialectId, config: PyDict, itersPerEpoch: number, iteration: number, metrics?: readonly number[]): { ok: true; value: ValuesAt } | { ok: false; error: ScheduleError } {
  // `metrics`: the validation values ReduceOnPlateau schedulers step with, as the chart was drawn.
  const r = chartSchedule(style, config, { itersPerEpoch, window: { from: iteration, to: iteration + 1, maxPoints: 2 }, ...(metrics ? { metrics } : {}) });
  if (!r.ok) return r;
  const c = r.curves;
  const one = (s: { y: Float64Array }): number => s.y[0] ?? Number.NaN;
  const groups = [{ key: 'base', ...c.base }, ...c.extraGroups.map((g) => ({ ...g, key: g.customKey }))].map((g) => ({
    key: g.key,
    lr: one(g.lr),
    momentum: g.momentum ? one(g.momentum) : null,
  }));
  return { ok: true, value: { iteration, groups } };
}
