import type { PyDict, PyValue } from '../core/python/value.ts';

/** An mmdet 3.x-style config around the given schedulers, for tests. */
export function makeConfig(paramScheduler: PyValue, trainCfg: PyDict, optimizer: PyDict = { type: 'SGD', lr: 0.02, momentum: 0.9 }): PyDict {
  return {
    optim_wrapper: { type: 'OptimWrapper', optimizer },
    param_scheduler: paramScheduler,
    train_cfg: trainCfg,
  };
}

export const EPOCHS_12: PyDict = { type: 'EpochBasedTrainLoop', max_epochs: 12, val_interval: 1 };
