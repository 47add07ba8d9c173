import { estimateItersPerEpoch } from '../../core/index.ts';
import type { UiSlice } from '../../store/uiSlice.ts';

/** Iterations per epoch the curves use: typed, or derived from the data loader's shape. */
export function selectItersPerEpoch(s: Pick<UiSlice, 'itersSource' | 'itersPerEpoch' | 'datasetSize' | 'repeatTimes' | 'numGpus' | 'samplesPerGpu'>): number {
  if (s.itersSource === 'direct') return s.itersPerEpoch;
  return Math.max(1, estimateItersPerEpoch({ datasetSize: s.datasetSize, repeatTimes: s.repeatTimes, numGpus: s.numGpus, samplesPerGpu: s.samplesPerGpu }));
}
