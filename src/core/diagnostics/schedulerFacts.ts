/** MMEngine `param_scheduler` entries with their range resolved the way the Runner resolves it. */
import type { PyDict } from '../python/value.ts';
import { schedulerEntries, lengthIn, trainLengthMmengine } from './facts.ts';
import type { Unit } from './facts.ts';
import { className, numberAt } from './pyAccess.ts';
import type { DiagnoseInput } from './types.ts';

export interface ResolvedScheduler {
  path: string[];
  entry: PyDict;
  name: string;
  unit: Unit;
  begin: number;
  /**
   * `end` as written, or the training length in the scheduler's unit: the Runner's
   * `setdefault('end', max_epochs or max_iters)` (mmengine/runner/runner.py:1171); undefined when neither is known.
   */
  end: number | undefined;
  /** True when it drives the learning rate. */
  lr: boolean;
}

/** Classes that shape the start of training rather than its main decay. */
export const warmupClasses: ReadonlySet<string> = new Set(['LinearLR', 'ConstantLR', 'QuadraticWarmupLR', 'LinearMomentum', 'ConstantMomentum', 'QuadraticWarmupMomentum']);

export function resolvedSchedulers(input: DiagnoseInput): ResolvedScheduler[] {
  const train = trainLengthMmengine(input.config);
  return schedulerEntries(input.config).flatMap(({ path, entry }) => {
    const name = className(entry.type);
    if (name === undefined) return [];
    // Schedulers default to by_epoch=True (mmengine/optim/scheduler/param_scheduler.py, _ParamScheduler.__init__).
    const unit: Unit = entry.by_epoch === false || entry.by_epoch === 0 ? 'iter' : 'epoch';
    const begin = numberAt(entry, 'begin') ?? 0;
    const written = numberAt(entry, 'end');
    const end = written !== undefined && Number.isFinite(written) ? written : lengthIn(train, unit, input.itersPerEpoch);
    const lr = name.endsWith('LR') || (name.endsWith('ParamScheduler') && entry.param_name === 'lr');
    return [{ path, entry, name, unit, begin, end, lr }];
  });
}
