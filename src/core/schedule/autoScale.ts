import type { PyDict } from '../python/value.ts';
import { isPyDict, numberOf, pyFloat } from '../python/value.ts';
import { scaleLrForBatch } from './itersPerEpoch.ts';

/**
 * The config training actually runs with when `auto_scale_lr.enable` is set: mmdet 2.25's
 * `train_detector` rewrites `optimizer.lr` before the hooks are built, so warmup and decay act
 * on the scaled lr while an absolute `min_lr` stays as written. Unchanged when scaling is off.
 */
export function applyAutoScaleLr(config: PyDict, numGpus: number, samplesPerGpu: number): { config: PyDict; factor: number } {
  const auto = config.auto_scale_lr;
  // 2.x keeps the optimizer at the top; 3.x inside optim_wrapper (MMEngine's Runner.scale_lr
  // rewrites the same lr the same way).
  const wrapper = config.optim_wrapper;
  const optimizer = isPyDict(wrapper) ? wrapper.optimizer : config.optimizer;
  const lr = isPyDict(optimizer) ? numberOf(optimizer.lr) : undefined;
  if (!isPyDict(auto) || !isPyDict(optimizer) || lr === undefined) return { config, factor: 1 };
  const scaled = scaleLrForBatch(lr, { enable: auto.enable === true, baseBatchSize: numberOf(auto.base_batch_size) }, numGpus, samplesPerGpu);
  if (scaled === lr) return { config, factor: 1 };
  const newOptimizer = { ...optimizer, lr: pyFloat(scaled) };
  const next = isPyDict(wrapper) ? { ...config, optim_wrapper: { ...wrapper, optimizer: newOptimizer } } : { ...config, optimizer: newOptimizer };
  return { config: next, factor: scaled / lr };
}
