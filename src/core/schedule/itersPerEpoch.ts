/** How the training data is split and batched, as MMDetection 2.x's `build_dataloader` sees it. */
export interface DataLoaderShape {
  /** Images in the (inner) training dataset. */
  datasetSize: number;
  /** `RepeatDataset.times` (1 without a RepeatDataset). */
  repeatTimes?: number;
  /** Processes / GPUs (`world_size` when distributed). */
  numGpus: number;
  /** `data.samples_per_gpu` (`data.train_dataloader.samples_per_gpu` when given). */
  samplesPerGpu: number;
  /**
   * Images per aspect-ratio group (mmdet's `dataset.flag`: 1 where width / height > 1, else 0),
   * when known; their sum is `datasetSize`. Unknown: one group, see `estimateItersPerEpoch`.
   */
  groupSizes?: readonly number[];
}

/**
 * `len(data_loader)` of an MMDetection 2.x training loader, i.e. iterations per epoch.
 * Each aspect-ratio group is padded separately: `DistributedGroupSampler` gives each GPU
 * `sum(ceil(g / samples_per_gpu / gpus) * samples_per_gpu)` samples (for one GPU the same as
 * `GroupSampler`'s `sum(ceil(g / samples_per_gpu) * samples_per_gpu)`), then batches of
 * `samples_per_gpu`. `RepeatDataset` tiles the flags, multiplying every group by `times`.
 * Without `groupSizes` the whole set is treated as one group:
 * `ceil(size * times / (gpus * samples_per_gpu))`, which can be short by up to one iteration
 * per extra group (two groups in practice, so at most one iteration).
 * Non-distributed training in mmdet 2.25 runs on one GPU, so `numGpus > 1` means distributed.
 */
export function estimateItersPerEpoch(shape: DataLoaderShape): number {
  const times = shape.repeatTimes ?? 1;
  const gpus = Math.max(1, Math.floor(shape.numGpus));
  const perGpu = Math.max(1, Math.floor(shape.samplesPerGpu));
  const groups = shape.groupSizes && shape.groupSizes.length > 0 ? shape.groupSizes : [shape.datasetSize];
  let batches = 0;
  for (const size of groups) {
    const repeated = Math.max(0, size) * times;
    // ceil(g * 1.0 / samples_per_gpu / num_replicas) in float, as the sampler does.
    batches += Math.ceil(repeated / perGpu / gpus);
  }
  return batches;
}

/** `auto_scale_lr` of a config (mmdet 2.25 `configs/_base_/default_runtime.py` style). */
export interface AutoScaleLr {
  enable?: boolean;
  baseBatchSize?: number;
}

/**
 * The lr mmdet 2.25's `auto_scale_lr` (mmdet/apis/train.py) trains with: when enabled and
 * `num_gpus * samples_per_gpu != base_batch_size`, `(batch / base_batch_size) * lr`;
 * otherwise the configured lr unchanged.
 */
export function scaleLrForBatch(lr: number, autoScale: AutoScaleLr | undefined, numGpus: number, samplesPerGpu: number): number {
  if (!autoScale?.enable || autoScale.baseBatchSize === undefined) return lr;
  const batchSize = numGpus * samplesPerGpu;
  if (batchSize === autoScale.baseBatchSize) return lr;
  return (batchSize / autoScale.baseBatchSize) * lr;
}
