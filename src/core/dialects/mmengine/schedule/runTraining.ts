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
import { makePlateauState, stepPlateauEpoch, stepPlateauMetric, validatesAfter, type PlateauState } from './plateau.ts';
import { LR_SLOT, MOMENTUM_SLOT, type SchedulerSpec } from './schedulerSpec.ts';

/** A full curve (every iteration) or a chart's column reduction of it. */
export type Curve = Float64Array | ColumnSink;

export interface GroupRun<C extends Curve = Float64Array> {
  lr: C;
  momentum: C | null;
  /** One curve per `seed.recorded` hyper-parameter (weight_decay...). */
  others: C[];
}

/** Where each iteration's values are copied to. */
interface Recorder {
  st: GroupsState;
  lrOut: Curve[];
  momentumOut: Curve[];
  momentumSource: Float64Array;
  momentumOff: number;
  /** Per recorded other slot: the slot and its curve for every group. */
  others: { slot: number; outs: Curve[] }[];
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

function recordOthers(r: Recorder, i: number, only?: ReadonlySet<number>): void {
  const n = r.st.groupCount;
  for (const o of r.others) {
    if (only !== undefined && !only.has(o.slot)) continue;
    for (let g = 0; g < n; g++) put(o.outs[g] as Curve, i, r.st.values[o.slot * n + g] as number);
  }
}

function recordOthersRange(r: Recorder, from: number, to: number, except?: ReadonlySet<number>): void {
  const n = r.st.groupCount;
  for (const o of r.others) {
    if (except !== undefined && except.has(o.slot)) continue;
    for (let g = 0; g < n; g++) (o.outs[g] as Curve).fill(r.st.values[o.slot * n + g] as number, from, to);
  }
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
  const movedOthers = new Set(active.map((s) => s.spec.slot));
  if (!movesLr) recordLrRange(r, from, from + steps);
  if (!movesMomentum) recordMomentumRange(r, from, from + steps);
  recordOthersRange(r, from, from + steps, movedOthers);
  for (let i = from; i < from + steps; i++) {
    if (movesLr) recordLr(r, i);
    if (movesMomentum) recordMomentum(r, i);
    recordOthers(r, i, movedOthers);
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
  const plateaus: PlateauState[] = [];
  for (const spec of specs) {
    const live = buildScheduler(spec, st, seed.hasBetas);
    if (spec.rule.kind === 'plateau') {
      plateaus.push(makePlateauState(spec.rule, spec.slot, spec.begin, spec.end, spec.lastStep, live.syncsBetas));
      continue;
    }
    if (!stepScheduler(live, st)) return { ok: false, error: toError(live, undefined) };
    (spec.byEpoch ? epochScheds : iterScheds).push(live);
  }
  // A generic scheduler may change the `momentum` key alone; a later mixin step then copies it to
  // betas even out of its range, so no step may be skipped or batched.
  const keepSyncers = seed.hasBetas && specs.some((s) => s.slot === MOMENTUM_SLOT && !s.momentumMixin);
  if (!keepSyncers) dropFinished(iterScheds);
  const total = buildOnly ? 0 : loop.totalIters;
  const reportsMomentum = seed.hasBetas || seed.starts.some((s) => s.momentum !== null);
  const recorded = seed.recorded ?? [];
  const runs: GroupRun<Curve>[] = seed.starts.map(() => ({
    lr: makeCurve(total),
    momentum: reportsMomentum ? makeCurve(total) : null,
    others: recorded.map(() => makeCurve(total)),
  }));
  const recorder: Recorder = {
    st,
    lrOut: runs.map((r) => r.lr),
    momentumOut: runs.flatMap((r) => (r.momentum === null ? [] : [r.momentum])),
    momentumSource: seed.hasBetas ? st.beta0 : st.values,
    momentumOff: seed.hasBetas ? 0 : MOMENTUM_SLOT * n,
    others: recorded.map((o, k) => ({ slot: o.slot, outs: runs.map((run) => run.others[k] as Curve) })),
  };
  const epochEvery = loop.kind === 'epoch' ? itersPerEpoch : total;
  let untilEpochEnd = epochEvery;
  // Validation feeds ReduceOnPlateau; without one, it changes nothing and is not simulated.
  const validation = plateaus.length > 0 ? (seed.validation ?? null) : null;
  const metrics = validation === null ? [] : [...validation.metrics];
  const validate = (done: number, last: number): void => {
    if (validation === null || !validatesAfter(validation.plan, done, last)) return;
    const metric = metrics.shift();
    if (metric !== undefined) for (const p of plateaus) stepPlateauMetric(p, st, metric);
  };
  const nextIterValidation = (i: number): number => {
    if (validation === null || loop.kind !== 'iter') return Number.POSITIVE_INFINITY;
    const { begin, interval } = validation.plan;
    const from = Math.max(i + 1, begin);
    const next = Math.ceil(from / interval) * interval;
    return Math.min(next, total) - i;
  };
  let i = 0;
  while (i < total) {
    const limit = Math.min(untilEpochEnd, total - i, nextIterValidation(i));
    // Quiet: no iteration scheduler in range, so values hold until one comes in or the epoch ends.
    const quiet = keepSyncers ? 0 : Math.min(countQuietSteps(iterScheds), limit);
    const steady = keepSyncers || quiet > 0 ? { active: [], steps: 0 } : findSteadyStretch(iterScheds, limit);
    let span: number;
    if (quiet > 0) {
      span = quiet;
      recordLrRange(recorder, i, i + span);
      recordMomentumRange(recorder, i, i + span);
      recordOthersRange(recorder, i, i + span);
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
      recordOthers(recorder, i);
      const failed = stepAll(iterScheds, st, keepSyncers);
      if (failed !== null) return { ok: false, error: toError(failed, i) };
    }
    i += span;
    untilEpochEnd -= span;
    if (loop.kind === 'iter') validate(i, total);
    if (untilEpochEnd === 0) {
      untilEpochEnd = epochEvery;
      const failed = stepAll(epochScheds, st, keepSyncers);
      if (failed !== null) return { ok: false, error: toError(failed, i - 1) };
      for (const p of plateaus) stepPlateauEpoch(p, st);
      if (loop.kind === 'epoch') validate(i / itersPerEpoch, loop.maxEpochs);
    }
  }
  // IterBasedTrainLoop calls after_train_epoch even when it ran no iteration.
  if (!buildOnly && total === 0 && loop.kind === 'iter') {
    const failed = stepAll(epochScheds, st, keepSyncers);
    if (failed !== null) return { ok: false, error: toError(failed, undefined) };
  }
  return { ok: true, runs };
}
