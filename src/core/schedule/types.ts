import type { ReducedSeries } from './reduce.ts';

/** Learning rate and momentum of one parameter group, one value per training iteration. */
export interface GroupCurves {
  lr: Float64Array;
  /** `momentum` for SGD-like optimizers, `betas[0]` for Adam-like; null when the optimizer has neither. */
  momentum: Float64Array | null;
}

/**
 * Which parameters a `paramwise_cfg` option (not a custom key) puts in a group, when the model is
 * unknown: conv/linear biases, norm-layer weights/biases, depthwise conv weights/biases, the
 * offset convs inside deformable convs (DCN), and other 1-D parameters (MMEngine's flat_decay_mult).
 */
export type ParamKind = 'bias' | 'normWeight' | 'normBias' | 'dwconvWeight' | 'dwconvBias' | 'dcnOffset' | 'flat';

/**
 * A parameter group besides the optimizer's own: one `paramwise_cfg.custom_keys` entry with an
 * `lr_mult`, or the kinds of parameters the bias/norm/dwconv/dcn multipliers give equal settings.
 */
export interface ExtraGroupCurves extends GroupCurves {
  /** The custom key; for paramwise groups `(` + kinds joined by `+` + `)`, e.g. `(normWeight+normBias)`. */
  customKey: string;
  lrMult: number;
  /** Weight decay relative to the optimizer's `weight_decay`; absent when it has none. */
  decayMult?: number;
  /** Set for groups made by bias_lr_mult, bias_decay_mult, norm_decay_mult, dwconv_decay_mult, dcn_offset_lr_mult, flat_decay_mult. */
  paramKinds?: ParamKind[];
}

/**
 * A scheduled hyper-parameter other than lr and momentum (MMEngine `*ParamScheduler` with
 * `param_name`, mmpretrain's `CosineAnnealingWeightDecay`), or `weight_decay` when parameter
 * groups differ in it: one value per iteration for the base group and for each extra group.
 */
export interface ParamCurves<C = Float64Array> {
  paramName: string;
  base: C;
  /** Aligned with `extraGroups`. */
  extraGroups: C[];
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
  /** Other scheduled hyper-parameters (weight_decay...); absent or empty when there are none. */
  otherParams?: ParamCurves[];
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
  extraGroups: (ChartGroupCurves & { customKey: string; lrMult: number; decayMult?: number; paramKinds?: ParamKind[] })[];
  otherParams?: ParamCurves<ReducedSeries>[];
  marks: ScheduleMarks;
}

export type ChartCurvesResult = { ok: true; curves: ChartCurves } | { ok: false; error: ScheduleError };
