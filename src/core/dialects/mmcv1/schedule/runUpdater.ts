import { ColumnSink } from '../../../schedule/columnSink.ts';
import { exactBudget } from './fastMath.ts';
import type { FillRule, RegularRule } from './lrRules.ts';
import type { Fault, RunFacts } from './runFacts.ts';
import type { WarmupFn } from './warmups.ts';

/**
 * The first iteration written with NaN (-1: none), noted as values are written so a full curve
 * of millions of iterations is never scanned again afterwards.
 */
export interface NaNRecord {
  at: number;
}

function noteNaN(seen: NaNRecord, i: number): void {
  if (seen.at < 0 || i < seen.at) seen.at = i;
}

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
 * Returns the iteration at which the rule raised (see `fault`), or -1; the first NaN written
 * to a full curve goes to `seen` (a {@link ColumnSink} keeps its own).
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
  seen: NaNRecord,
): number {
  if (!plan.byEpoch) {
    if (!(out instanceof ColumnSink)) return runEveryIteration(plan, base, fault, out, seen);
    const full = new Float64Array(out.length);
    const faultAt = runEveryIteration(plan, base, fault, full, { at: -1 });
    out.take(faultAt < 0 ? full : full.subarray(0, faultAt));
    return faultAt;
  }
  const sink = out instanceof ColumnSink ? out : null;
  const full = sink ? null : (out as Float64Array);
  const put = (i: number, v: number) => {
    if (sink) sink.set(i, v);
    else if (full) {
      full[i] = v;
      if (v !== v) noteNaN(seen, i);
    }
  };
  const fill = (v: number, from: number, to?: number) => {
    out.fill(v, from, to);
    if (v !== v && !sink && from < (to ?? out.length)) noteNaN(seen, from);
  };
  const total = out.length;
  const { regular, warmup, warmupIters } = plan;
  if (facts.iterBased) {
    // `regular_lr` stays [], so only a warmup that does not read it sets anything; the last
    // value it sets then stays.
    let value = initial;
    const warmEnd = warmup !== null && plan.warmupIgnoresRegular ? Math.min(warmupIters, total) : 0;
    for (let i = 0; i < warmEnd; i++) put(i, (value = warmup ? warmup(i, Number.NaN, base) : value));
    fill(value, warmEnd);
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
    fill(value, i, end);
  }
  return -1;
}

/** A by-iteration hook: `before_train_iter` sets `get_lr(iter)` (or its warmup value) every iteration. */
function runEveryIteration(plan: UpdaterPlan, base: number, fault: Fault, out: Float64Array, seen: NaNRecord): number {
  const total = out.length;
  const { regular, warmup, warmupIters } = plan;
  if (plan.fill && total > exactBudget) {
    const faultAt = plan.fill(out, base);
    const warmEnd = Math.min(warmupIters, faultAt < 0 ? total : faultAt);
    if (warmup !== null) for (let i = 0; i < warmEnd; i++) out[i] = warmup(i, out[i] as number, base);
    // The kernels write whole arrays: one native scan (includes finds NaN, indexOf does not).
    if (out.includes(Number.NaN)) noteNaN(seen, firstNaNIn(out));
    return faultAt;
  }
  let nan = -1;
  if (warmup === null) {
    for (let i = 0; i < total; i++) {
      const v = regular(i, base);
      out[i] = v;
      if (fault.message !== null) return i;
      if (v !== v && nan < 0) nan = i;
    }
  } else {
    for (let i = 0; i < total; i++) {
      const value = regular(i, base);
      if (fault.message !== null) return i;
      const v = i < warmupIters ? warmup(i, value, base) : value;
      out[i] = v;
      if (v !== v && nan < 0) nan = i;
    }
  }
  if (nan >= 0) noteNaN(seen, nan);
  return -1;
}

function firstNaNIn(values: Float64Array): number {
  for (let i = 0; i < values.length; i++) if (values[i] !== values[i]) return i;
  return -1;
}
