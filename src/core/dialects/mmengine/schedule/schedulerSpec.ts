import type { ScheduleError } from '../../../schedule/types.ts';

/** Result of a reader step: a value, or the error MMEngine would raise. */
export type Checked<T> = { ok: true; value: T } | { ok: false; error: ScheduleError };

/** Which optimizer value a scheduler writes; `momentum` via the Momentum mixin also syncs `betas[0]`. */
export type ParamSlot = number;
export const LR_SLOT: ParamSlot = 0;
export const MOMENTUM_SLOT: ParamSlot = 1;

/** Anneal shapes of OneCycle; the phase ends are in steps, as MMEngine's `_schedule_phases`. */
export type OneCycleAnchor = 'initial' | 'max' | 'min';
export interface OneCyclePhase {
  endStep: number;
  start: OneCycleAnchor;
  end: OneCycleAnchor;
}

/**
 * The chainable rule of one scheduler, with epoch-sized arguments already converted when
 * `convert_to_iter_based` asked for it. Field names follow MMEngine's attributes.
 */
export type SchedulerRule =
  | { kind: 'step'; stepSize: number; stepSizeIsFloat: boolean; gamma: number }
  | { kind: 'multiStep'; milestones: Map<number, number>; gamma: number }
  | { kind: 'constant'; factor: number; totalIters: number }
  | { kind: 'exponential'; gamma: number }
  | { kind: 'cosineAnnealing'; tMax: number; etaMin: number | null; etaMinRatio: number | null; zeroBaseHolds?: boolean }
  | { kind: 'linear'; startFactor: number; endFactor: number; totalIters: number; floatDivision: boolean }
  | { kind: 'poly'; etaMin: number; power: number; totalIters: number; floatDivision: boolean }
  /** mmseg 1.x PolyLRRatio: PolyLR whose floor is `base_value * eta_min_ratio` when the ratio is given. */
  | { kind: 'polyRatio'; etaMin: number; etaMinRatio: number | null; power: number; totalIters: number; floatDivision: boolean }
  /** mmtrack 1.x SiamRPNExpLR: `start_factor` at the first step, then `x (end/start) ** (1 / total_iters)` per step. */
  | { kind: 'siamRpnExp'; startFactor: number; endFactor: number; totalIters: number }
  | {
      kind: 'oneCycle';
      etaMax: number;
      divFactor: number;
      finalDivFactor: number;
      totalSteps: number;
      phases: OneCyclePhase[];
      annealCos: boolean;
    }
  | {
      kind: 'cosineRestart';
      periods: number[];
      cumulativePeriods: number[];
      restartWeights: number[];
      etaMin: number | null;
      etaMinRatio: number | null;
    }
  | { kind: 'quadraticWarmup'; totalIters: number }
  | {
      /** ReduceOnPlateau*: not chainable, stepped with the validation metric (see plateau.ts). */
      kind: 'plateau';
      monitor: string;
      greater: boolean;
      relative: boolean;
      factor: number;
      patience: number;
      threshold: number;
      cooldown: number;
      /** One per group, or a single value for all. */
      minValues: number[];
      eps: number;
    };

export type RuleKind = SchedulerRule['kind'];

/** One scheduler as the runner builds it: range, stepping unit, target and rule. */
export interface SchedulerSpec {
  /** Position in `param_scheduler`, for error paths. */
  index: number;
  /** The `type` as written. */
  typeName: string;
  /** The class name once any scope or module prefix is stripped. */
  className: string;
  slot: ParamSlot;
  /** Parameter name as MMEngine spells it (`lr`, `momentum`, `weight_decay`...). */
  paramName: string;
  /** Built by a Momentum class: copies `betas[0]` in on build and back out after each step. */
  momentumMixin: boolean;
  /** In steps of the scheduler's own unit (epochs when byEpoch, else iterations). */
  begin: number;
  end: number;
  byEpoch: boolean;
  lastStep: number;
  rule: SchedulerRule;
}
