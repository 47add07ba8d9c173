import type { ScheduleError } from '../../../schedule/types.ts';
import { applyChainedValue, type GroupsState, type SchedulerCounters } from './chainValue.ts';
import type { GroupStart } from './parseOptimizer.ts';
import { LR_SLOT, MOMENTUM_SLOT, type SchedulerSpec } from './schedulerSpec.ts';

/** Starting point of a run: every group's values and the optimizer's other hyper-parameters. */
export interface GroupsSeed {
  starts: readonly GroupStart[];
  slotCount: number;
  /** Initial values of the non-lr, non-momentum slots (weight_decay...), by slot; same in every group. */
  otherSlots: ReadonlyMap<number, number>;
  hasBetas: boolean;
}

export interface LiveScheduler {
  spec: SchedulerSpec;
  counters: SchedulerCounters;
  /** Momentum mixin on an Adam-like optimizer: copies `momentum` back into `betas[0]` every step. */
  syncsBetas: boolean;
}

export function makeGroupsState(seed: GroupsSeed): GroupsState {
  const n = seed.starts.length;
  const values = new Float64Array(seed.slotCount * n).fill(Number.NaN);
  const beta0 = new Float64Array(n).fill(Number.NaN);
  seed.starts.forEach((s, g) => {
    values[LR_SLOT * n + g] = s.lr;
    if (s.momentum !== null) values[MOMENTUM_SLOT * n + g] = s.momentum;
    if (s.beta0 !== null) beta0[g] = s.beta0;
    for (const [slot, v] of seed.otherSlots) values[slot * n + g] = v;
  });
  return {
    groupCount: n,
    values,
    initial: new Float64Array(seed.slotCount * n).fill(Number.NaN),
    beta0,
    maxLr: new Float64Array(n).fill(Number.NaN),
    minLr: new Float64Array(n).fill(Number.NaN),
  };
}

/** `_ParamScheduler.__init__` (OneCycle's own setup and the Momentum mixin run first). */
export function buildScheduler(spec: SchedulerSpec, st: GroupsState, hasBetas: boolean): LiveScheduler {
  const n = st.groupCount;
  const off = spec.slot * n;
  const syncsBetas = spec.momentumMixin && hasBetas;
  if (syncsBetas) st.values.set(st.beta0, MOMENTUM_SLOT * n);
  const rule = spec.rule;
  if (rule.kind === 'oneCycle' && spec.lastStep === -1) {
    // OneCycle overwrites initial_lr, so schedulers built after it take eta_max / div_factor as base.
    for (let g = 0; g < n; g++) {
      const initial = rule.etaMax / rule.divFactor;
      st.initial[LR_SLOT * n + g] = initial;
      st.maxLr[g] = rule.etaMax;
      st.minLr[g] = initial / rule.finalDivFactor;
    }
  }
  const base = new Float64Array(n);
  for (let g = 0; g < n; g++) {
    if (spec.lastStep === -1 && Number.isNaN(st.initial[off + g] ?? Number.NaN)) st.initial[off + g] = st.values[off + g] ?? Number.NaN;
    base[g] = st.initial[off + g] ?? Number.NaN;
  }
  const counters: SchedulerCounters = {
    globalStep: -1,
    lastStep: spec.lastStep,
    base,
    error: null,
    cachedStep: Number.NaN,
    cachedTerm: Number.NaN,
  };
  return { spec, counters, syncsBetas };
}

/** `_ParamScheduler.step` plus the Momentum mixin's betas sync. Returns false when Python would raise. */
export function stepScheduler(s: LiveScheduler, st: GroupsState): boolean {
  const c = s.counters;
  const spec = s.spec;
  c.globalStep += 1;
  if (spec.begin <= c.globalStep && c.globalStep < spec.end) {
    c.lastStep += 1;
    applyChainedValue(spec.rule, st, spec.slot, c);
    if (c.error !== null) return false;
  }
  if (s.syncsBetas) {
    const n = st.groupCount;
    for (let g = 0; g < n; g++) st.beta0[g] = st.values[MOMENTUM_SLOT * n + g] ?? Number.NaN;
  }
  return true;
}

/** Steps a list in order and drops schedulers that can no longer change anything. */
export function stepAll(list: LiveScheduler[], st: GroupsState, keepSyncers: boolean): LiveScheduler | null {
  let kept = 0;
  for (let k = 0; k < list.length; k++) {
    const s = list[k] as LiveScheduler;
    if (!stepScheduler(s, st)) return s;
    const finished = s.counters.globalStep + 1 >= s.spec.end && !(keepSyncers && s.syncsBetas);
    if (!finished) list[kept++] = s;
  }
  if (kept !== list.length) list.length = kept;
  return null;
}

/** Steps before any iteration scheduler comes into range (Infinity when none is left). */
export function countQuietSteps(list: readonly LiveScheduler[]): number {
  let quiet = Number.POSITIVE_INFINITY;
  // Steps k = 1, 2, ... are out of range while globalStep + k < begin (begin may be a float).
  for (const s of list) quiet = Math.min(quiet, Math.max(0, Math.ceil(s.spec.begin - s.counters.globalStep) - 1));
  return quiet;
}

export function toError(s: LiveScheduler, iteration: number | undefined): ScheduleError {
  const path = ['param_scheduler', String(s.spec.index)];
  const message = s.counters.error ?? 'unknown error';
  return iteration === undefined ? { message, path } : { message, iteration, path };
}

