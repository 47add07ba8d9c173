import type { DialectId } from '../config/load/loadConfig.ts';
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

interface BatchFacts {
  samplesPerGpu: number;
  repeatTimes: number;
}

/** 2.x: `data.samples_per_gpu` (or `data.train_dataloader.samples_per_gpu`), `data.train` RepeatDataset. */
function readBatchMmcv1(config: PyDict): BatchFacts {
  const data = dictAt(config, 'data');
  const samplesPerGpu = numberOf(dictAt(data, 'train_dataloader')?.samples_per_gpu) ?? numberOf(data?.samples_per_gpu) ?? 2;
  const train = dictAt(data, 'train');
  return { samplesPerGpu, repeatTimes: train?.type === 'RepeatDataset' ? (numberOf(train.times) ?? 1) : 1 };
}

/** 3.x: `train_dataloader.batch_size`, `train_dataloader.dataset` RepeatDataset. */
function readBatchMmengine(config: PyDict): BatchFacts {
  const loader = dictAt(config, 'train_dataloader');
  const samplesPerGpu = numberOf(loader?.batch_size) ?? 2;
  const dataset = dictAt(loader, 'dataset');
  return { samplesPerGpu, repeatTimes: dataset?.type === 'RepeatDataset' ? (numberOf(dataset.times) ?? 1) : 1 };
}

const batchReaders: Record<DialectId, (config: PyDict) => BatchFacts> = { mmcv1: readBatchMmcv1, mmengine: readBatchMmengine };

/**
 * Iterations per epoch a config implies when only its batch size is known: COCO train2017 on
 * 8 GPUs with the config's `samples_per_gpu` (2.x `data`) or `batch_size` (3.x
 * `train_dataloader`), times a `RepeatDataset`'s `times`. A documented guess, overridable.
 */
export function guessItersPerEpoch(config: PyDict, dialect: DialectId): { itersPerEpoch: number; samplesPerGpu: number; repeatTimes: number } {
  const { samplesPerGpu, repeatTimes } = batchReaders[dialect](config);
  const itersPerEpoch = estimateItersPerEpoch({ datasetSize: defaultDatasetSize, repeatTimes, numGpus: defaultNumGpus, samplesPerGpu });
  return { itersPerEpoch, samplesPerGpu, repeatTimes };
}
