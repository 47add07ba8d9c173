import { ColumnSink } from '../../../schedule/columnSink.ts';
import { exactBudget } from './fastMath.ts';
import type { FillRule, RegularRule } from './lrRules.ts';
import type { Fault, RunFacts } from './runFacts.ts';
import type { WarmupFn } from './warmups.ts';

export interface UpdaterPlan {
  byEpoch: boolean;
  regular: RegularRule;
  fill?: FillRule;
  warmup: WarmupFn | null;
  /** `self.warmup_iters`, resolved. */
  warmupIters: number;
  /** YOLOX's warmup scales each group's initial lr, so it runs even with no regular lr known. */
  warmupIgnoresRegular?: boolean;
}

/**
 * Writes into `out` the value one param group holds at each iteration's optimizer step, as
 * `LrUpdaterHook` / `MomentumUpdaterHook` set it (MMCV 1.7.2):
 * - by_epoch: `before_train_epoch` sets `get_lr(epoch)`; while `iter < warmup_iters`,
 *   `before_train_iter` replaces it with the warmup value of that regular value;
 * - otherwise `before_train_iter` sets `get_lr(iter)` (or its warmup value) every iteration.
 * IterBasedRunner never calls `before_train_epoch`, so a by_epoch hook never changes anything.
 * Returns the iteration at which the rule raised (see `fault`), or -1.
 * `out` may be a chart's {@link ColumnSink}: an epoch-based hook then writes one run per epoch
 * (cost independent of the iteration count); other hooks fill a full curve and hand it over.
 */
export function runUpdater(
  plan: UpdaterPlan,
  base: number,
  initial: number,
  facts: RunFacts,
  fault: Fault,
  out: Float64Array | ColumnSink,
): number {
  if (!plan.byEpoch) {
    if (!(out instanceof ColumnSink)) return runEveryIteration(plan, base, fault, out);
    const full = new Float64Array(out.length);
    const faultAt = runEveryIteration(plan, base, fault, full);
    out.take(faultAt < 0 ? full : full.subarray(0, faultAt));
    return faultAt;
  }
  const put = out instanceof ColumnSink ? (i: number, v: number) => out.set(i, v) : (i: number, v: number) => void (out[i] = v);
  const total = out.length;
  const { regular, warmup, warmupIters } = plan;
  if (facts.iterBased) {
    // `regular_lr` stays [], so only a warmup that does not read it sets anything; the last
    // value it sets then stays.
    let value = initial;
    const warmEnd = warmup !== null && plan.warmupIgnoresRegular ? Math.min(warmupIters, total) : 0;
    for (let i = 0; i < warmEnd; i++) put(i, (value = warmup ? warmup(i, Number.NaN, base) : value));
    out.fill(value, warmEnd);
    return -1;
  }
  const perEpoch = facts.itersPerEpoch;
  for (let epoch = 0, start = 0; start < total; epoch++, start += perEpoch) {
    const end = Math.min(start + perEpoch, total);
    const value = regular(epoch, base);
    if (fault.message !== null) return start;
    let i = start;
    if (warmup !== null) {
      for (; i < end && i < warmupIters; i++) put(i, warmup(i, value, base));
    }
    out.fill(value, i, end);
  }
  return -1;
}

/** A by-iteration hook: `before_train_iter` sets `get_lr(iter)` (or its warmup value) every iteration. */
function runEveryIteration(plan: UpdaterPlan, base: number, fault: Fault, out: Float64Array): number {
  const total = out.length;
  const { regular, warmup, warmupIters } = plan;
  if (plan.fill && total > exactBudget) {
    const faultAt = plan.fill(out, base);
    const warmEnd = Math.min(warmupIters, faultAt < 0 ? total : faultAt);
    if (warmup !== null) for (let i = 0; i < warmEnd; i++) out[i] = warmup(i, out[i] as number, base);
    return faultAt;
  }
  if (warmup === null) {
    for (let i = 0; i < total; i++) {
      out[i] = regular(i, base);
      if (fault.message !== null) return i;
    }
    return -1;
  }
  for (let i = 0; i < total; i++) {
    const value = regular(i, base);
    if (fault.message !== null) return i;
    out[i] = i < warmupIters ? warmup(i, value, base) : value;
  }
  return -1;
}
