import type { PyDict } from '../../python/value.ts';

/** One remark about a converted field: what changed, or why the result is not an exact match. */
export interface ConversionNote {
  /** Config path of the source field the note is about, e.g. ['lr_config', 'warmup_iters']. */
  path: string[];
  severity: 'info' | 'warning';
  message: { en: string; zh: string };
}

/** How far apart two curves of one parameter group are. */
export interface CurveDiff {
  maxAbsDiff: number;
  maxRelDiff: number;
  /** First iteration whose values differ beyond the tolerance; -1 when none does. */
  firstDiffIteration: number;
  /** How many iterations differ beyond the tolerance. */
  diffIterations: number;
}

/** The comparison of one parameter group: the optimizer's own (`group: 'base'`) or a `custom_keys` one. */
export interface GroupCheck {
  group: string;
  lr: CurveDiff;
  /** null when neither side schedules a momentum. */
  momentum: CurveDiff | null;
}

/**
 * The source config simulated in its own dialect against the converted one in the other, per
 * iteration, with the same iters_per_epoch. Tolerance: relative 1e-9 with an absolute floor of
 * 1e-15 (the golden README's). The top-level figures are the worst over every group and curve.
 */
export interface CurveCheck extends CurveDiff {
  itersPerEpoch: number;
  /** Training iterations simulated on each side (they differ only if the loop length changed). */
  sourceIters: number;
  targetIters: number;
  groups: GroupCheck[];
  /** The simulator's error for the source config, when it cannot be simulated. */
  sourceError: string | null;
  /** The simulator's error for the converted config. */
  targetError: string | null;
  /** Both simulated and no iteration differs. */
  exact: boolean;
}

export interface ConversionResult {
  /** The converted runtime plus every other key of the source carried over unchanged. */
  config: PyDict;
  notes: ConversionNote[];
  curveCheck: CurveCheck;
  /**
   * What the mapping itself promises before checking: true when every schedule rule it used is an
   * exact equivalent. Tests hold the converter to it (`claimedExact` implies `curveCheck.exact`).
   */
  claimedExact: boolean;
}

export interface ConvertOptions {
  /** len(train dataloader), used for the curve check and for rules that need iteration counts. */
  itersPerEpoch: number;
}
