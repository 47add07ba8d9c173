import { bisectRight } from '../../../timeline/pyBisect.ts';
import type { TimelineEvaluation } from '../../../timeline/types.ts';

export interface ValSettings {
  valBegin: number;
  valInterval: number;
  /** `calc_dynamic_intervals`: `[0, m1, ...]` and `[val_interval, i1, ...]`. */
  milestones: number[];
  intervals: number[];
}

/**
 * When the val loop runs over `total` epochs (EpochBasedTrainLoop) or iterations
 * (IterBasedTrainLoop), reproducing MMEngine 0.10.7 `loops.py`: after epoch/iteration `k`
 * (1-based, already counted) `_decide_current_val_interval` sets
 * `val_interval = intervals[bisect(milestones, k + 1) - 1]` (so a milestone m takes effect
 * after step m - 1), then `runner.val_loop.run()` runs when
 * `k >= val_begin and (k % val_interval == 0 or k == max)`. Python evaluates `k % 0` before the
 * last-step test, so an interval of 0 raises ZeroDivisionError: the walk stops there and
 * `crashedAt` says where. `iterOf(k)` maps k to the global iteration for the axis.
 */
export function listValidations(
  s: ValSettings,
  total: number,
  iterOf: (k: number) => number,
  maxListed: number,
): { points: TimelineEvaluation[]; count: number; crashedAt: number | null } {
  const points: TimelineEvaluation[] = [];
  let count = 0;
  for (let k = Math.max(1, Math.ceil(s.valBegin)); k <= total; k++) {
    const interval = s.intervals[bisectRight(s.milestones, k + 1) - 1] ?? s.valInterval;
    if (interval === 0) return { points, count, crashedAt: k };
    if (k % interval === 0 || k === total) {
      count++;
      if (points.length < maxListed) points.push({ at: k, iter: iterOf(k), interval });
    }
  }
  return { points, count, crashedAt: null };
}
