import type { Dialect } from '../config/load/loadConfig.ts';
import type { PyDict } from '../python/value.ts';
import { isPyDict, numberOf } from '../python/value.ts';
import { estimateItersPerEpoch } from './itersPerEpoch.ts';

/** COCO train2017, what almost every mmdet config trains on, and mmdet's usual 8 GPUs. */
export const defaultDatasetSize = 117266;
export const defaultNumGpus = 8;

function dictAt(v: unknown, ...keys: string[]): PyDict | undefined {
  let cur: unknown = v;
  for (const k of keys) {
    if (!isPyDict(cur)) return undefined;
    cur = cur[k];
  }
  return isPyDict(cur) ? cur : undefined;
}

/**
 * Iterations per epoch a config implies when only its batch size is known: COCO train2017 on
 * 8 GPUs with the config's `samples_per_gpu` (2.x `data`) or `batch_size` (3.x
 * `train_dataloader`), times a `RepeatDataset`'s `times`. A documented guess, overridable.
 */
export function guessItersPerEpoch(config: PyDict, dialect: Dialect): { itersPerEpoch: number; samplesPerGpu: number; repeatTimes: number } {
  let samplesPerGpu = 2;
  let repeatTimes = 1;
  if (dialect === 'mmcv1') {
    const data = dictAt(config, 'data');
    samplesPerGpu = numberOf(dictAt(data, 'train_dataloader')?.samples_per_gpu) ?? numberOf(data?.samples_per_gpu) ?? 2;
    const train = dictAt(data, 'train');
    if (train?.type === 'RepeatDataset') repeatTimes = numberOf(train.times) ?? 1;
  } else {
    const loader = dictAt(config, 'train_dataloader');
    samplesPerGpu = numberOf(loader?.batch_size) ?? 2;
    const dataset = dictAt(loader, 'dataset');
    if (dataset?.type === 'RepeatDataset') repeatTimes = numberOf(dataset.times) ?? 1;
  }
  const itersPerEpoch = estimateItersPerEpoch({ datasetSize: defaultDatasetSize, repeatTimes, numGpus: defaultNumGpus, samplesPerGpu });
  return { itersPerEpoch, samplesPerGpu, repeatTimes };
}
