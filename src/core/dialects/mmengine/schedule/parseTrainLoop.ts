import { isPyDict, type PyDict } from '../../../python/value.ts';
import { isPyTruthy, readNumber, stripTypePrefix } from './pyArgs.ts';
import type { Checked } from './schedulerSpec.ts';
import { formatNumber, reprPy, reprString } from '../../../python/repr.ts';

/** The training loop as the schedulers see it. */
export interface TrainLoop {
  kind: 'epoch' | 'iter';
  /** `runner.max_epochs`: 1 for IterBasedTrainLoop, which runs as a single epoch. */
  maxEpochs: number;
  /** `runner.max_iters`. */
  maxIters: number;
  /** Training iterations actually run (never negative). */
  totalIters: number;
}

/** The keyword arguments of MMEngine's two train loops besides `runner` and `dataloader`. */
const LOOP_ARGS = {
  EpochBasedTrainLoop: { count: 'max_epochs', optional: ['val_begin', 'val_interval', 'dynamic_intervals'] },
  IterBasedTrainLoop: { count: 'max_iters', optional: ['val_begin', 'val_interval', 'dynamic_intervals'] },
} as const;
export type LoopClass = keyof typeof LOOP_ARGS;

/**
 * `Runner.build_train_loop`'s first check: `train_cfg` may pick its loop by `type` or by the
 * `by_epoch` shorthand, never both (RuntimeError). Shared by the simulator and the form rules.
 */
export function hasLoopSelectorConflict(cfg: PyDict): boolean {
  return 'type' in cfg && 'by_epoch' in cfg;
}

/**
 * Keys of `train_cfg` the loop class's `__init__` does not take (a TypeError when the runner
 * builds it), in the config's order; `type` and `by_epoch` are consumed by the runner first.
 */
export function findUnexpectedLoopArgs(cfg: PyDict, loopClass: LoopClass): string[] {
  const spec = LOOP_ARGS[loopClass];
  const allowed: readonly string[] = ['type', 'by_epoch', spec.count, ...spec.optional];
  return Object.keys(cfg).filter((key) => !allowed.includes(key));
}

function fail<T>(message: string, path: string[] = ['train_cfg']): Checked<T> {
  return { ok: false, error: { message, path } };
}

/**
 * Builds the train loop from `train_cfg` as MMEngine v0.10.7 `Runner.build_train_loop` does:
 * `type` picks the loop, otherwise the `by_epoch` shorthand does (both at once is an error).
 * `itersPerEpoch` is the train dataloader length.
 */
export function parseTrainLoop(config: PyDict, itersPerEpoch: number): Checked<TrainLoop> {
  const cfg = config['train_cfg'];
  if (cfg === undefined || cfg === null) {
    return fail('ValueError: train_dataloader, train_cfg, and optim_wrapper should be either all None or not None, but got train_cfg=None');
  }
  if (!isPyDict(cfg)) return fail(`TypeError: train_loop should be a Loop object or dict, but got ${reprPy(cfg)}`);
  const args: PyDict = { ...cfg };
  let loopClass: LoopClass;
  if (hasLoopSelectorConflict(args)) {
    return fail('RuntimeError: Only one of `type` or `by_epoch` can exist in `loop_cfg`.');
  }
  if ('type' in args) {
    const t = args['type'];
    const name = typeof t === 'string' ? stripTypePrefix(t) : '';
    if (name !== 'EpochBasedTrainLoop' && name !== 'IterBasedTrainLoop') {
      return fail(`Train loop ${reprPy(t ?? null)} is not simulated (only EpochBasedTrainLoop and IterBasedTrainLoop)`, ['train_cfg', 'type']);
    }
    loopClass = name;
    delete args['type'];
  } else {
    if (!('by_epoch' in args)) return fail("KeyError: 'by_epoch'");
    loopClass = isPyTruthy(args['by_epoch']) ? 'EpochBasedTrainLoop' : 'IterBasedTrainLoop';
    delete args['by_epoch'];
  }
  const spec = LOOP_ARGS[loopClass];
  const unexpected = findUnexpectedLoopArgs(args, loopClass)[0];
  if (unexpected !== undefined) {
    return fail(`TypeError: ${loopClass}.__init__() got an unexpected keyword argument ${reprString(unexpected)}`, ['train_cfg', unexpected]);
  }
  const count = readNumber(args, spec.count, undefined, ['train_cfg']);
  if (count === undefined) {
    return fail(`TypeError: ${loopClass}.__init__() missing 1 required positional argument: ${reprString(spec.count)}`);
  }
  if (!count.ok) return count;
  if (!Number.isInteger(count.value)) {
    const noun = loopClass === 'EpochBasedTrainLoop' ? '`max_epochs`' : '`max_iters`';
    const tail = loopClass === 'EpochBasedTrainLoop' ? '.' : '';
    return fail(
      `AssertionError: ${noun} should be a integer number, but get ${formatNumber(count.value, count.isFloat)}${tail}`,
      ['train_cfg', spec.count],
    );
  }
  if (loopClass === 'EpochBasedTrainLoop') {
    const maxIters = count.value * itersPerEpoch;
    return { ok: true, value: { kind: 'epoch', maxEpochs: count.value, maxIters, totalIters: Math.max(0, maxIters) } };
  }
  return { ok: true, value: { kind: 'iter', maxEpochs: 1, maxIters: count.value, totalIters: Math.max(0, count.value) } };
}
