/** Where an MMDetection 2.x config states its training batch and dataset. */
import { isPyDict, numberOf } from '../../python/value.ts';
import type { PyValue, PyDict } from '../../python/value.ts';

/** `data.samples_per_gpu` (or `data.train_dataloader.samples_per_gpu`, which wins) and `data.train`. */
export function readTrainLoaderMmcv1(config: PyDict): { samplesPerGpu?: number; dataset?: PyValue } {
  const data = config['data'];
  if (!isPyDict(data)) return {};
  const loaderOverride = data['train_dataloader'];
  const samplesPerGpu = (isPyDict(loaderOverride) ? numberOf(loaderOverride['samples_per_gpu']) : undefined) ?? numberOf(data['samples_per_gpu']);
  return { ...(samplesPerGpu !== undefined ? { samplesPerGpu } : {}), ...(data['train'] !== undefined ? { dataset: data['train'] } : {}) };
}
