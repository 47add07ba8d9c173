import { dialectInfo } from '../dialects/info.ts';
import type { DialectId } from '../dialects/types.ts';
import type { PyDict } from '../python/value.ts';
import { isPyDict, numberOf } from '../python/value.ts';
import { estimateItersPerEpoch } from './itersPerEpoch.ts';
import { matchTrainSet, type TrainSetMatch } from './knownDatasets.ts';

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
 * Iterations per epoch a config implies: its training set's known size (see `knownTrainSets`;
 * COCO train2017 when not recognised) on 8 GPUs with the config's `samples_per_gpu` (2.x `data`) or `batch_size` (3.x
 * `train_dataloader`), times a `RepeatDataset`'s `times`. A documented guess, overridable.
 */
export function guessItersPerEpoch(config: PyDict, dialect: DialectId): { itersPerEpoch: number; samplesPerGpu: number; repeatTimes: number } {
  const loader = dialectInfo(dialect).readTrainLoader(config);
  const samplesPerGpu = loader.samplesPerGpu ?? 2;
  let repeatTimes = 1;
  const dataset = dictAt(loader.dataset);
  if (dataset?.type === 'RepeatDataset') repeatTimes = numberOf(dataset.times) ?? 1;
  const known = readTrainingShape(config, dialect).trainSet;
  if (known) repeatTimes = known.repeatTimes;
  const itersPerEpoch = estimateItersPerEpoch({ datasetSize: known?.images ?? defaultDatasetSize, repeatTimes, numGpus: defaultNumGpus, samplesPerGpu });
  return { itersPerEpoch, samplesPerGpu, repeatTimes };
}

/** What a config says about its training data loader; absent fields are not in the config. */
export interface ConfigTrainingShape {
  trainSet: TrainSetMatch | null;
  samplesPerGpu?: number;
  repeatTimes?: number;
}

/**
 * The training set (recognised by {@link matchTrainSet}), batch size per GPU and repeat count a
 * config states: 2.x `data.train` / `data.samples_per_gpu` (or `data.train_dataloader`), 3.x
 * `train_dataloader.dataset` / `batch_size`.
 */
export function readTrainingShape(config: PyDict, dialect: DialectId): ConfigTrainingShape {
  const { dataset, samplesPerGpu } = dialectInfo(dialect).readTrainLoader(config);
  const trainSet = matchTrainSet(dataset);
  const out: ConfigTrainingShape = { trainSet };
  if (samplesPerGpu !== undefined && Number.isInteger(samplesPerGpu) && samplesPerGpu > 0) out.samplesPerGpu = samplesPerGpu;
  if (trainSet && trainSet.repeatTimes !== 1) out.repeatTimes = trainSet.repeatTimes;
  else if (isPyDict(dataset) && dataset.type === 'RepeatDataset') {
    const times = numberOf(dataset.times);
    if (times !== undefined && Number.isInteger(times) && times > 0) out.repeatTimes = times;
  }
  return out;
}
