/**
 * What the rules need to know about how long training runs and in which unit each part steps,
 * read from the merged config the way MMCV 1.7.2 / MMEngine 0.10.7 resolve their defaults.
 */
import { isPyDict } from '../python/value.ts';
import type { PyDict } from '../python/value.ts';
import { className, dictAt, numberAt } from './pyAccess.ts';

export type Unit = 'epoch' | 'iter';

export interface TrainLength {
  unit: Unit;
  /** max_epochs or max_iters; undefined when the config does not say. */
  length: number | undefined;
  /** The field holding the length. */
  path: string[];
}

/**
 * MMCV 1.x: `runner.type` IterBasedRunner counts iterations, anything else epochs (MMDetection 2.x
 * builds an EpochBasedRunner from `total_epochs` when `runner` is absent).
 */
export function trainLengthMmcv1(config: PyDict): TrainLength | undefined {
  const runner = dictAt(config, ['runner']);
  if (!runner) {
    const total = numberAt(config, 'total_epochs');
    return total === undefined ? undefined : { unit: 'epoch', length: total, path: ['total_epochs'] };
  }
  if (className(runner.type) === 'IterBasedRunner') return { unit: 'iter', length: numberAt(runner, 'max_iters'), path: ['runner', 'max_iters'] };
  return { unit: 'epoch', length: numberAt(runner, 'max_epochs'), path: ['runner', 'max_epochs'] };
}

/** MMEngine: `train_cfg` with an IterBasedTrainLoop, or no type and `by_epoch=False`, counts iterations. */
export function trainLengthMmengine(config: PyDict): TrainLength | undefined {
  const loop = dictAt(config, ['train_cfg']);
  if (!loop) return undefined;
  const type = className(loop.type);
  const iter = type === 'IterBasedTrainLoop' || (type === undefined && (loop.by_epoch === false || loop.by_epoch === 0));
  if (iter) return { unit: 'iter', length: numberAt(loop, 'max_iters'), path: ['train_cfg', 'max_iters'] };
  if (type !== undefined && type !== 'EpochBasedTrainLoop') return undefined;
  return { unit: 'epoch', length: numberAt(loop, 'max_epochs'), path: ['train_cfg', 'max_epochs'] };
}

/**
 * The unit an MMCV hook's `by_epoch` resolves to: the value written, else IterBasedRunner's
 * `setdefault('by_epoch', False)` for the lr, checkpoint and logger hooks
 * (mmcv/runner/iter_based_runner.py:272-277), else the hooks' own default True.
 */
export function mmcvHookUnit(section: PyDict | undefined, runnerUnit: Unit | undefined): Unit {
  const v = section?.by_epoch;
  if (v !== undefined && v !== null) return v === false || v === 0 ? 'iter' : 'epoch';
  return runnerUnit === 'iter' ? 'iter' : 'epoch';
}

/** Length of training in `unit`, converting with iterations per epoch when needed. */
export function lengthIn(train: TrainLength | undefined, unit: Unit, itersPerEpoch: number | undefined): number | undefined {
  if (!train || train.length === undefined) return undefined;
  if (train.unit === unit) return train.length;
  if (itersPerEpoch === undefined || itersPerEpoch <= 0) return undefined;
  return unit === 'iter' ? train.length * itersPerEpoch : train.length / itersPerEpoch;
}

/** The `param_scheduler` entries as (index, dict) pairs: MMEngine accepts one dict or a list. */
export function schedulerEntries(config: PyDict): { index: number; path: string[]; entry: PyDict }[] {
  const v = config.param_scheduler;
  if (Array.isArray(v)) {
    return v.flatMap((e, index) => (isPyDict(e) ? [{ index, path: ['param_scheduler', String(index)], entry: e }] : []));
  }
  const d = dictAt(config, ['param_scheduler']);
  return d ? [{ index: 0, path: ['param_scheduler'], entry: d }] : [];
}

/** Where MMCV 1.x keeps the optimizer dict (its build_optimizer reads it). */
export const optimizerPathMmcv1: readonly string[] = ['optimizer'];

/** Where MMEngine keeps the optimizer dict: inside the optimizer wrapper. */
export const optimizerPathMmengine: readonly string[] = ['optim_wrapper', 'optimizer'];
