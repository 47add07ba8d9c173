import { LR_SLOT, type OneCycleAnchor, type SchedulerRule } from './schedulerSpec.ts';
import { pyCos } from '../../../python/mathCos.ts';

/**
 * The scheduled values of every param group, mutated in place while training runs.
 * Per-slot arrays are laid out `slot * groupCount + group`.
 */
export interface GroupsState {
  groupCount: number;
  /** Current value per slot (lr, momentum, then any other scheduled hyper-parameter). */
  values: Float64Array;
  /** `initial_<name>` per slot; NaN while the key is absent. */
  initial: Float64Array;
  /** `betas[0]` for Adam-like optimizers, which the Momentum mixin keeps in sync. */
  beta0: Float64Array;
  /** `max_lr` / `min_lr`, written by OneCycle when it is built; NaN while absent. */
  maxLr: Float64Array;
  minLr: Float64Array;
}

/** A scheduler's counters; `error` is set instead of throwing. */
export interface SchedulerCounters {
  globalStep: number;
  lastStep: number;
  /** `base_values`: one per group, captured when the scheduler was built. */
  base: Float64Array;
  error: string | null;
  /** `1 + cos(...)` of the previous step, which is the next step's denominator. */
  cachedStep: number;
  cachedTerm: number;
}

/** `1 + cos(pi * k / period)` (written as upstream: `math.pi * k / period`), reusing the last one. */
function readCosTerm(c: SchedulerCounters, k: number, period: number): number {
  if (c.cachedStep === k) return c.cachedTerm;
  return 1 + pyCos((Math.PI * k) / period);
}

function cacheCosTerm(c: SchedulerCounters, k: number, term: number): void {
  c.cachedStep = k;
  c.cachedTerm = term;
}

const ANCHOR_KEYS: Record<OneCycleAnchor, string> = { initial: 'initial_lr', max: 'max_lr', min: 'min_lr' };

function readAnchors(st: GroupsState, anchor: OneCycleAnchor): Float64Array {
  switch (anchor) {
    case 'initial':
      return st.initial.subarray(LR_SLOT * st.groupCount, (LR_SLOT + 1) * st.groupCount);
    case 'max':
      return st.maxLr;
    case 'min':
      return st.minLr;
  }
}

function applyOneCycle(rule: Extract<SchedulerRule, { kind: 'oneCycle' }>, st: GroupsState, off: number, c: SchedulerCounters): void {
  const n = c.lastStep;
  if (n > rule.totalSteps) {
    c.error = `ValueError: Tried to step ${n + 1} times. The specified number of total steps is ${rule.totalSteps}`;
    return;
  }
  let startStep = 0;
  const last = rule.phases.length - 1;
  for (let i = 0; i <= last; i++) {
    const phase = rule.phases[i];
    if (phase === undefined) return;
    if (n <= phase.endStep || i === last) {
      const span = phase.endStep - startStep;
      if (span === 0) {
        c.error = 'ZeroDivisionError: float division by zero';
        return;
      }
      const pct = (n - startStep) / span;
      const from = readAnchors(st, phase.start);
      const to = readAnchors(st, phase.end);
      // A resumed OneCycle (last_step given) finds the keys its fresh build would have written absent.
      for (const [arr, anchor] of [[from, phase.start], [to, phase.end]] as const) {
        if (Number.isNaN(arr[0] ?? Number.NaN)) {
          c.error = `KeyError: '${ANCHOR_KEYS[anchor]}'`;
          return;
        }
      }
      const cosOut = rule.annealCos ? pyCos(Math.PI * pct) + 1 : 0;
      for (let g = 0; g < st.groupCount; g++) {
        const a = from[g] ?? 0;
        const b = to[g] ?? 0;
        st.values[off + g] = rule.annealCos ? b + ((a - b) / 2.0) * cosOut : (b - a) * pct + a;
      }
      return;
    }
    startStep = phase.endStep;
  }
}

function applyCosineRestart(rule: Extract<SchedulerRule, { kind: 'cosineRestart' }>, st: GroupsState, off: number, c: SchedulerCounters): void {
  const n = c.lastStep;
  const cumulative = rule.cumulativePeriods;
  let idx = -1;
  for (let i = 0; i < cumulative.length; i++) {
    if (n < (cumulative[i] ?? 0)) {
      idx = i;
      break;
    }
  }
  if (idx < 0) return;
  const weight = rule.restartWeights[idx] ?? 1;
  const period = rule.periods[idx] ?? 1;
  const step = n - (idx === 0 ? 0 : (cumulative[idx - 1] ?? 0));
  const values = st.values;
  if (step === 0) {
    for (let g = 0; g < st.groupCount; g++) values[off + g] = (c.base[g] ?? 0) * weight;
    c.cachedStep = Number.NaN;
    return;
  }
  const numerator = 1 + pyCos((Math.PI * step) / period);
  const ratio = numerator / readCosTerm(c, step - 1, period);
  cacheCosTerm(c, step, numerator);
  for (let g = 0; g < st.groupCount; g++) {
    const etaMin = rule.etaMinRatio === null ? (rule.etaMin ?? 0) : (c.base[g] ?? 0) * rule.etaMinRatio;
    values[off + g] = ratio * ((values[off + g] ?? 0) - etaMin) + etaMin;
  }
}

function applyCosineAnnealing(rule: Extract<SchedulerRule, { kind: 'cosineAnnealing' }>, st: GroupsState, off: number, c: SchedulerCounters): void {
  const n = c.lastStep;
  if (n === 0) return;
  const t = rule.tMax;
  const values = st.values;
  if (isRestartStep(n, t)) {
    const lift = 1 - pyCos(Math.PI / t);
    for (let g = 0; g < st.groupCount; g++) {
      const base = c.base[g] ?? 0;
      const etaMin = rule.etaMinRatio === null ? (rule.etaMin ?? 0) : base * rule.etaMinRatio;
      values[off + g] = rule.zeroBaseHolds === true && base === 0 ? 0 : (values[off + g] ?? 0) + ((base - etaMin) * lift) / 2;
    }
    return;
  }
  const denominator = readCosTerm(c, n - 1, t);
  // mmpretrain's weight-decay variant never divides for a group that starts at 0.
  const allZero = rule.zeroBaseHolds === true && c.base.every((b) => b === 0);
  if (denominator === 0 && !allZero) {
    c.error = 'ZeroDivisionError: float division by zero';
    return;
  }
  const numerator = 1 + pyCos((Math.PI * n) / t);
  cacheCosTerm(c, n, numerator);
  const ratio = numerator / denominator;
  for (let g = 0; g < st.groupCount; g++) {
    if (rule.zeroBaseHolds === true && c.base[g] === 0) {
      values[off + g] = 0;
      continue;
    }
    const etaMin = rule.etaMinRatio === null ? (rule.etaMin ?? 0) : (c.base[g] ?? 0) * rule.etaMinRatio;
    values[off + g] = ratio * ((values[off + g] ?? 0) - etaMin) + etaMin;
  }
}

/**
 * `(n - 1 - T_max) % (2 * T_max) == 0`. Python's `%` takes the divisor's sign, but only the zero
 * test matters and it agrees. For integers the quotient test is exact below 2^53 and avoids the
 * slow floating-point remainder.
 */
function isRestartStep(n: number, t: number): boolean {
  const x = n - 1 - t;
  return Number.isInteger(t) ? Number.isInteger(x / (2 * t)) : x % (2 * t) === 0;
}

/** Multiplies every group's value by `factor` (the shape of most chainable rules). */
function scaleValues(st: GroupsState, off: number, factor: number): void {
  for (let g = 0; g < st.groupCount; g++) st.values[off + g] = (st.values[off + g] ?? 0) * factor;
}

/**
 * One `_get_value` of MMEngine v0.10.7 (chainable form) written into every group's value of
 * `slot`, from the group's current value, the scheduler's `last_step` and its base values, with
 * the same order of floating-point operations as upstream. Where Python would raise, sets
 * `c.error` and leaves the values alone.
 */
export function applyChainedValue(rule: SchedulerRule, st: GroupsState, slot: number, c: SchedulerCounters): void {
  const n = c.lastStep;
  const off = slot * st.groupCount;
  switch (rule.kind) {
    case 'step':
      if (n === 0) return;
      if (rule.stepSize === 0) {
        // Python 3.11 wording (the golden harness ran CPython 3.11 with torch 1.13).
        c.error = rule.stepSizeIsFloat ? 'ZeroDivisionError: float modulo' : 'ZeroDivisionError: integer modulo by zero';
        return;
      }
      if (n % rule.stepSize === 0) scaleValues(st, off, rule.gamma);
      return;
    case 'multiStep': {
      const count = rule.milestones.get(n);
      if (count !== undefined) scaleValues(st, off, rule.gamma ** count);
      return;
    }
    case 'constant':
      if (n === 0) scaleValues(st, off, rule.factor);
      else if (n === rule.totalIters) {
        if (rule.factor === 0) c.error = 'ZeroDivisionError: float division by zero';
        else scaleValues(st, off, 1.0 / rule.factor);
      }
      return;
    case 'exponential':
      if (n !== 0) scaleValues(st, off, rule.gamma);
      return;
    case 'cosineAnnealing':
      applyCosineAnnealing(rule, st, off, c);
      return;
    case 'linear': {
      if (n === 0) {
        scaleValues(st, off, rule.startFactor);
        return;
      }
      const delta = rule.endFactor - rule.startFactor;
      const denominator = rule.totalIters * rule.startFactor + (n - 1) * delta;
      if (denominator === 0) c.error = `ZeroDivisionError: ${rule.floatDivision ? 'float ' : ''}division by zero`;
      else scaleValues(st, off, 1 + delta / denominator);
      return;
    }
    case 'poly': {
      if (n === 0) return;
      // Only a resumed `last_step` can push the step count past `total_iters`.
      const remaining = rule.totalIters - n + 1;
      if (remaining === 0) {
        c.error = `ZeroDivisionError: ${rule.floatDivision ? 'float ' : ''}division by zero`;
        return;
      }
      const decay = (1 - 1 / remaining) ** rule.power;
      for (let g = 0; g < st.groupCount; g++) {
        st.values[off + g] = ((st.values[off + g] ?? 0) - rule.etaMin) * decay + rule.etaMin;
      }
      return;
    }
    case 'polyRatio': {
      if (n === 0) return;
      const remaining = rule.totalIters - n + 1;
      if (remaining === 0) {
        c.error = `ZeroDivisionError: ${rule.floatDivision ? 'float ' : ''}division by zero`;
        return;
      }
      const decay = (1 - 1 / remaining) ** rule.power;
      for (let g = 0; g < st.groupCount; g++) {
        // The floor follows each group's own base value, as mmseg's `base_value * eta_min_ratio`.
        const floor = rule.etaMinRatio === null ? rule.etaMin : (c.base[g] ?? 0) * rule.etaMinRatio;
        st.values[off + g] = ((st.values[off + g] ?? 0) - floor) * decay + floor;
      }
      return;
    }
    case 'siamRpnExp': {
      if (n === 0) {
        scaleValues(st, off, rule.startFactor);
        return;
      }
      // Python divides `end_factor / start_factor` before `1 / total_iters`.
      if (rule.startFactor === 0) {
        c.error = 'ZeroDivisionError: float division by zero';
        return;
      }
      if (rule.totalIters === 0) {
        c.error = 'ZeroDivisionError: division by zero';
        return;
      }
      scaleValues(st, off, Math.pow(rule.endFactor / rule.startFactor, 1 / rule.totalIters));
      return;
    }
    case 'oneCycle':
      applyOneCycle(rule, st, off, c);
      return;
    case 'cosineRestart':
      applyCosineRestart(rule, st, off, c);
      return;
    case 'quadraticWarmup': {
      const total2 = rule.totalIters * rule.totalIters;
      const k = 2 * n + 1;
      for (let g = 0; g < st.groupCount; g++) {
        const lift = ((c.base[g] ?? 0) * k) / total2;
        st.values[off + g] = n === 0 ? lift : (st.values[off + g] ?? 0) + lift;
      }
      return;
    }
    case 'plateau':
      // Never chained: its values change only with validation metrics (plateau.ts).
      return;
  }
}
