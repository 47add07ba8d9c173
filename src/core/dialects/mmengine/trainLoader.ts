/** Where an MMDetection 3.x config states its training batch and dataset. */
import { isPyDict, numberOf } from '../../python/value.ts';
import type { PyValue, PyDict } from '../../python/value.ts';

/** `train_dataloader.batch_size` and `train_dataloader.dataset`. */
export function readTrainLoaderMmengine(config: PyDict): { samplesPerGpu?: number; dataset?: PyValue } {
  const loader = config['train_dataloader'];
  if (!isPyDict(loader)) return {};
  const samplesPerGpu = numberOf(loader['batch_size']);
  return { ...(samplesPerGpu !== undefined ? { samplesPerGpu } : {}), ...(loader['dataset'] !== undefined ? { dataset: loader['dataset'] } : {}) };
}
