/**
 * What the hooks can see of the runner, in iterations and epochs.
 * `EpochBasedRunner`: `max_iters = max_epochs * len(data_loader)`, set before `before_run`.
 * `IterBasedRunner`: `max_epochs` is None and `before_train_epoch` never runs.
 */
export interface RunFacts {
  iterBased: boolean;
  /** `len(runner.data_loader)`. */
  itersPerEpoch: number;
  maxIters: number;
  /** NaN for IterBasedRunner (Python None; only reached by code paths that never run there). */
  maxEpochs: number;
}

/** Python exception text raised while the schedule runs; `null` while all is well. */
export interface Fault {
  message: string | null;
}

/** Marks the fault and gives the NaN that stands in for the value Python never produced. */
export function raiseFault(fault: Fault, message: string): number {
  if (fault.message === null) fault.message = message;
  return Number.NaN;
}
