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
  const optimizer = config.optimizer;
  const lr = isPyDict(optimizer) ? numberOf(optimizer.lr) : undefined;
  if (!isPyDict(auto) || !isPyDict(optimizer) || lr === undefined) return { config, factor: 1 };
  const scaled = scaleLrForBatch(lr, { enable: auto.enable === true, baseBatchSize: numberOf(auto.base_batch_size) }, numGpus, samplesPerGpu);
  if (scaled === lr) return { config, factor: 1 };
  return { config: { ...config, optimizer: { ...optimizer, lr: pyFloat(scaled) } }, factor: scaled / lr };
}
