import type { ReducedSeries } from './reduce.ts';

/** Learning rate and momentum of one parameter group, one value per training iteration. */
export interface GroupCurves {
  lr: Float64Array;
  /** `momentum` for SGD-like optimizers, `betas[0]` for Adam-like; null when the optimizer has neither. */
  momentum: Float64Array | null;
}

/** A parameter group that `paramwise_cfg.custom_keys` gives an `lr_mult`. */
export interface ExtraGroupCurves extends GroupCurves {
  customKey: string;
  lrMult: number;
}

/** Marks for the chart: where warmup ends and where decay steps happen, in iterations. */
export interface ScheduleMarks {
  /** Iterations [0, warmupEnd) are warmup; 0 when there is none. */
  warmupEnd: number;
  /** Iterations at which a decay milestone takes effect. */
  milestones: number[];
}

export interface ScheduleCurves {
  itersPerEpoch: number;
  totalIters: number;
  base: GroupCurves;
  extraGroups: ExtraGroupCurves[];
  marks: ScheduleMarks;
}

/** An error the real upstream hook would raise, in its own words, and where. */
export interface ScheduleError {
  /** The upstream exception text, e.g. `ValueError: "cyclic" policy ...`. */
  message: string;
  /** Iteration where training would stop with it; undefined when it raises while building the hook. */
  iteration?: number;
  /** Config path of the argument at fault, e.g. ['lr_config', 'target_ratio']. */
  path?: string[];
}

export type ScheduleResult = { ok: true; curves: ScheduleCurves } | { ok: false; error: ScheduleError };

/** One group's curves reduced to a chart window (see `ColumnSink`). */
export interface ChartGroupCurves {
  lr: ReducedSeries;
  momentum: ReducedSeries | null;
}

export interface ChartCurves {
  itersPerEpoch: number;
  /** False under IterBasedRunner / IterBasedTrainLoop, where iterations are not grouped in epochs. */
  epochBased: boolean;
  totalIters: number;
  base: ChartGroupCurves;
  extraGroups: (ChartGroupCurves & { customKey: string; lrMult: number })[];
  marks: ScheduleMarks;
}

export type ChartCurvesResult = { ok: true; curves: ChartCurves } | { ok: false; error: ScheduleError };
