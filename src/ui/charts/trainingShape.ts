import { estimateItersPerEpoch, readTrainingShape, type TrainSetMatch } from '../../core/index.ts';
import type { StudioState } from '../../store/studioStore.ts';
import type { DataShapeKey } from '../../store/uiSlice.ts';

type ShapeState = Pick<StudioState, 'config' | 'dialect' | 'itersSource' | 'itersPerEpoch' | 'datasetSize' | 'repeatTimes' | 'numGpus' | 'samplesPerGpu' | 'shapeTyped'>;

/** Where a data-loader number comes from. */
export type ShapeOrigin = 'typed' | 'config' | 'default';

export interface EffectiveShape {
  values: Record<DataShapeKey, number>;
  origin: Record<DataShapeKey, ShapeOrigin>;
  /** The recognised training set, when the config names one. */
  trainSet: TrainSetMatch | null;
}

/**
 * The data loader the curves assume: a number the user typed wins; otherwise what the config
 * states (its training set's known size, `samples_per_gpu` / `batch_size`, `RepeatDataset.times`);
 * otherwise the store's default (COCO train2017, 8 GPUs, 2 per GPU).
 */
export function effectiveShape(s: ShapeState): EffectiveShape {
  const fromConfig = readTrainingShape(s.config, s.dialect);
  const stated: Partial<Record<DataShapeKey, number>> = {};
  if (fromConfig.trainSet) stated.datasetSize = fromConfig.trainSet.images;
  if (fromConfig.samplesPerGpu !== undefined) stated.samplesPerGpu = fromConfig.samplesPerGpu;
  if (fromConfig.repeatTimes !== undefined) stated.repeatTimes = fromConfig.repeatTimes;
  const keys: DataShapeKey[] = ['datasetSize', 'repeatTimes', 'numGpus', 'samplesPerGpu'];
  const values = {} as Record<DataShapeKey, number>;
  const origin = {} as Record<DataShapeKey, ShapeOrigin>;
  for (const k of keys) {
    const configValue = stated[k];
    if (s.shapeTyped[k] || configValue === undefined) {
      values[k] = s[k];
      origin[k] = s.shapeTyped[k] ? 'typed' : 'default';
    } else {
      values[k] = configValue;
      origin[k] = 'config';
    }
  }
  return { values, origin, trainSet: fromConfig.trainSet };
}

/** Iterations per epoch the curves use: typed, or derived from the data loader's shape. */
export function selectItersPerEpoch(s: ShapeState): number {
  if (s.itersSource === 'direct') return s.itersPerEpoch;
  const { values } = effectiveShape(s);
  return Math.max(1, estimateItersPerEpoch({ datasetSize: values.datasetSize, repeatTimes: values.repeatTimes, numGpus: values.numGpus, samplesPerGpu: values.samplesPerGpu }));
}
