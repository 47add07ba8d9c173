import { ColumnSink } from '../../../schedule/columnSink.ts';
import type { ScheduleError } from '../../../schedule/types.ts';
import { applyChainedValue, type GroupsState } from './chainValue.ts';
import {
  buildScheduler,
  countQuietSteps,
  makeGroupsState,
  stepAll,
  stepScheduler,
  toError,
  type GroupsSeed,
  type LiveScheduler,
} from './liveScheduler.ts';
import type { TrainLoop } from './parseTrainLoop.ts';
import { LR_SLOT, MOMENTUM_SLOT, type SchedulerSpec } from './schedulerSpec.ts';

/** A full curve (every iteration) or a chart's column reduction of it. */
export type Curve = Float64Array | ColumnSink;

export interface GroupRun<C extends Curve = Float64Array> {
  lr: C;
  momentum: C | null;
}

/** Where each iteration's values are copied to. */
interface Recorder {
  st: GroupsState;
  lrOut: Curve[];
  momentumOut: Curve[];
  momentumSource: Float64Array;
  momentumOff: number;
}

function put(out: Curve, i: number, v: number): void {
  if (out instanceof Float64Array) out[i] = v;
  else out.set(i, v);
}

function recordLr(r: Recorder, i: number): void {
  const n = r.st.groupCount;
  for (let g = 0; g < n; g++) put(r.lrOut[g] as Curve, i, r.st.values[LR_SLOT * n + g] as number);
}

function recordMomentum(r: Recorder, i: number): void {
  for (let g = 0; g < r.momentumOut.length; g++) put(r.momentumOut[g] as Curve, i, r.momentumSource[r.momentumOff + g] as number);
}

function recordLrRange(r: Recorder, from: number, to: number): void {
  const n = r.st.groupCount;
  for (let g = 0; g < n; g++) (r.lrOut[g] as Curve).fill(r.st.values[LR_SLOT * n + g] as number, from, to);
}

function recordMomentumRange(r: Recorder, from: number, to: number): void {
  for (let g = 0; g < r.momentumOut.length; g++) (r.momentumOut[g] as Curve).fill(r.momentumSource[r.momentumOff + g] as number, from, to);
}

/**
 * A steady stretch: the iterations from now during which the same schedulers stay in range
 * (none enters or leaves) and no epoch step falls before the last of them.
 */
function findSteadyStretch(list: readonly LiveScheduler[], limit: number): { active: LiveScheduler[]; steps: number } {
  const active: LiveScheduler[] = [];
  let steps = limit;
  for (const s of list) {
    // Steps k = 1, 2, ... are before the range while globalStep + k < begin, in it while < end.
    const quiet = Math.max(0, Math.ceil(s.spec.begin - s.counters.globalStep) - 1);
    if (quiet > 0) steps = Math.min(steps, quiet);
    else {
      active.push(s);
      steps = Math.min(steps, Math.ceil(s.spec.end - s.counters.globalStep) - 1);
    }
  }
  return { active, steps };
}

/** Runs `steps` iterations in which exactly the `active` schedulers step in range. Returns the failure, if any. */
function runSteadyStretch(
  active: readonly LiveScheduler[],
  all: readonly LiveScheduler[],
  r: Recorder,
  from: number,
  steps: number,
): { at: number; scheduler: LiveScheduler } | null {
  const st = r.st;
  const n = st.groupCount;
  // Values no active scheduler writes hold for the whole stretch: fill them once.
  const movesLr = active.some((s) => s.spec.slot === LR_SLOT);
  const movesMomentum = active.some((s) => s.spec.slot === MOMENTUM_SLOT);
  if (!movesLr) recordLrRange(r, from, from + steps);
  if (!movesMomentum) recordMomentumRange(r, from, from + steps);
  for (let i = from; i < from + steps; i++) {
    if (movesLr) recordLr(r, i);
    if (movesMomentum) recordMomentum(r, i);
    for (let a = 0; a < active.length; a++) {
      const s = active[a] as LiveScheduler;
      const c = s.counters;
      c.globalStep += 1;
      c.lastStep += 1;
      applyChainedValue(s.spec.rule, st, s.spec.slot, c);
      if (c.error !== null) return { at: i, scheduler: s };
      if (s.syncsBetas) for (let g = 0; g < n; g++) st.beta0[g] = st.values[MOMENTUM_SLOT * n + g] as number;
    }
  }
  for (const s of all) if (!active.includes(s)) s.counters.globalStep += steps;
  return null;
}

function dropFinished(list: LiveScheduler[]): void {
  let kept = 0;
  for (const s of list) if (s.counters.globalStep + 1 < s.spec.end) list[kept++] = s;
  if (kept !== list.length) list.length = kept;
}

/**
 * Runs MMEngine v0.10.7 training over all param groups at once: schedulers built in list order
 * (each applying its step-0 value at once), then per iteration the values are read, iteration
 * schedulers step after the optimizer step and epoch schedulers after each epoch's last
 * iteration (IterBasedTrainLoop: once, after its last iteration). Curves are per iteration.
 * With `buildOnly`, stops after building (to surface build-time errors before a later bad entry).
 * `makeCurve` gives the curves written to: full arrays, or a chart's `ColumnSink`s (stretches
 * where values hold then cost one update per column).
 */
export function runTraining(specs: readonly SchedulerSpec[], loop: TrainLoop, itersPerEpoch: number, seed: GroupsSeed, buildOnly?: boolean): { ok: true; runs: GroupRun[] } | { ok: false; error: ScheduleError };
export function runTraining<C extends Curve>(specs: readonly SchedulerSpec[], loop: TrainLoop, itersPerEpoch: number, seed: GroupsSeed, buildOnly: boolean, makeCurve: (length: number) => C): { ok: true; runs: GroupRun<C>[] } | { ok: false; error: ScheduleError };
export function runTraining(
  specs: readonly SchedulerSpec[],
  loop: TrainLoop,
  itersPerEpoch: number,
  seed: GroupsSeed,
  buildOnly = false,
  makeCurve: (length: number) => Curve = (n) => new Float64Array(n),
): { ok: true; runs: GroupRun<Curve>[] } | { ok: false; error: ScheduleError } {
  const st = makeGroupsState(seed);
  const n = st.groupCount;
  const iterScheds: LiveScheduler[] = [];
  const epochScheds: LiveScheduler[] = [];
  for (const spec of specs) {
    const live = buildScheduler(spec, st, seed.hasBetas);
    if (!stepScheduler(live, st)) return { ok: false, error: toError(live, undefined) };
    (spec.byEpoch ? epochScheds : iterScheds).push(live);
  }
  // A generic scheduler may change the `momentum` key alone; a later mixin step then copies it to
  // betas even out of its range, so no step may be skipped or batched.
  const keepSyncers = seed.hasBetas && specs.some((s) => s.slot === MOMENTUM_SLOT && !s.momentumMixin);
  if (!keepSyncers) dropFinished(iterScheds);
  const total = buildOnly ? 0 : loop.totalIters;
  const reportsMomentum = seed.hasBetas || seed.starts.some((s) => s.momentum !== null);
  const runs: GroupRun<Curve>[] = seed.starts.map(() => ({
    lr: makeCurve(total),
    momentum: reportsMomentum ? makeCurve(total) : null,
  }));
  const recorder: Recorder = {
    st,
    lrOut: runs.map((r) => r.lr),
    momentumOut: runs.flatMap((r) => (r.momentum === null ? [] : [r.momentum])),
    momentumSource: seed.hasBetas ? st.beta0 : st.values,
    momentumOff: seed.hasBetas ? 0 : MOMENTUM_SLOT * n,
  };
  const epochEvery = loop.kind === 'epoch' ? itersPerEpoch : total;
  let untilEpochEnd = epochEvery;
  let i = 0;
  while (i < total) {
    const limit = Math.min(untilEpochEnd, total - i);
    // Quiet: no iteration scheduler in range, so values hold until one comes in or the epoch ends.
    const quiet = keepSyncers ? 0 : Math.min(countQuietSteps(iterScheds), limit);
    const steady = keepSyncers || quiet > 0 ? { active: [], steps: 0 } : findSteadyStretch(iterScheds, limit);
    let span: number;
    if (quiet > 0) {
      span = quiet;
      recordLrRange(recorder, i, i + span);
      recordMomentumRange(recorder, i, i + span);
      for (const s of iterScheds) s.counters.globalStep += span;
    } else if (steady.steps > 1) {
      span = steady.steps;
      const failed = runSteadyStretch(steady.active, iterScheds, recorder, i, span);
      if (failed !== null) return { ok: false, error: toError(failed.scheduler, failed.at) };
      dropFinished(iterScheds);
    } else {
      span = 1;
      recordLr(recorder, i);
      recordMomentum(recorder, i);
      const failed = stepAll(iterScheds, st, keepSyncers);
      if (failed !== null) return { ok: false, error: toError(failed, i) };
    }
    i += span;
    untilEpochEnd -= span;
    if (untilEpochEnd === 0) {
      untilEpochEnd = epochEvery;
      const failed = stepAll(epochScheds, st, keepSyncers);
      if (failed !== null) return { ok: false, error: toError(failed, i - 1) };
    }
  }
  // IterBasedTrainLoop calls after_train_epoch even when it ran no iteration.
  if (!buildOnly && total === 0 && loop.kind === 'iter') {
    const failed = stepAll(epochScheds, st, keepSyncers);
    if (failed !== null) return { ok: false, error: toError(failed, undefined) };
  }
  return { ok: true, runs };
}
