import type { PyDict } from '../../python/value.ts';

/**
 * The unit an MMCV hook counts progress in, seen from the MMEngine side:
 * - `epoch`: by_epoch hook under EpochBasedRunner; schedulers step after each epoch;
 * - `iter`: a by-iteration hook; `epochRunner` tells that iteration counts depend on
 *   iters_per_epoch (max_iters = max_epochs * len(loader)).
 */
export interface Axis {
  unit: 'epoch' | 'iter';
  /** `max_progress` of the hook: max_epochs, or max_iters. */
  maxProgress: number;
  epochRunner: boolean;
  maxEpochs: number;
  itersPerEpoch: number;
}

/** The iteration at which progress `p` of the axis starts. */
export function iterationOf(axis: Axis, p: number): number {
  return axis.unit === 'epoch' ? p * axis.itersPerEpoch : p;
}

/** `by_epoch`, `begin`, `end` of a scheduler on this axis, in its own unit. */
export function spanOf(axis: Axis, begin: number, end: number): PyDict {
  return { by_epoch: axis.unit === 'epoch', begin, end };
}

/** True when a value in iterations was worked out from iters_per_epoch (an epoch runner counting iterations). */
export function dependsOnLoaderLength(axis: Axis): boolean {
  return axis.unit === 'iter' && axis.epochRunner;
}
