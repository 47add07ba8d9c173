import { estimateItersPerEpoch } from '../../schedule/itersPerEpoch.ts';
import { isPyDict, isPyRef, numberOf, type PyDict, type PyValue } from '../../python/value.ts';
import { dialectInfo } from '../../dialects/info.ts';
import type { DialectId } from '../types.ts';

/**
 * COCO train2017 sizes as MMDetection sees them: all images, and the images that have at least
 * one annotation (what `filter_empty_gt=True` keeps; the 7,330 iterations per epoch of the
 * 8 GPU × 2 logs). `min_size=32` drops no train2017 image in practice.
 */
export const cocoTrain2017Images = 118_287;
export const cocoTrain2017Annotated = 117_266;

/** MMDetection's model zoo trains on 8 GPUs unless the file name says otherwise. */
const defaultGpus = 8;

export interface ItersHint {
  itersPerEpoch?: number;
  note: string;
}

function typeName(v: PyValue | undefined): string | undefined {
  if (typeof v === 'string') return v.replace(/^mmdet\./, '');
  if (isPyRef(v)) return v.$ref;
  return undefined;
}

interface DatasetShape {
  size: number;
  times: number;
  what: string;
}

/** Unwraps the dataset wrappers the fixtures use down to a COCO train2017 dataset. */
function readDataset(ds: PyValue | undefined, dialect: DialectId): DatasetShape | string {
  if (!isPyDict(ds)) return 'no training dataset';
  const type = typeName(ds['type']);
  if (type === 'RepeatDataset') {
    const inner = readDataset(ds['dataset'], dialect);
    const times = numberOf(ds['times']) ?? 1;
    return typeof inner === 'string' ? inner : { ...inner, times: inner.times * times, what: `${inner.what} × ${times} repeats` };
  }
  if (type === 'MultiImageMixDataset') return readDataset(ds['dataset'], dialect);
  if (type !== 'CocoDataset') return `dataset ${type ?? '?'} of unknown size`;
  const annFile = ds['ann_file'];
  if (typeof annFile !== 'string' || !annFile.endsWith('instances_train2017.json')) return 'COCO annotation file other than train2017';
  // 2.x CocoDataset filters images without annotations by default; 3.x only with filter_cfg.filter_empty_gt.
  const filter = dialectInfo(dialect).gallery.filtersEmptyImages(ds);
  return filter
    ? { size: cocoTrain2017Annotated, times: 1, what: `COCO train2017 ${cocoTrain2017Annotated} annotated images` }
    : { size: cocoTrain2017Images, times: 1, what: `COCO train2017 ${cocoTrain2017Images} images` };
}

/** GPUs from the `8x2` (2.x) or `8xb2` (3.x) token of an upstream file name. */
function readGpusFromName(repoPath: string): number | undefined {
  const m = /(?:^|[_-])(\d+)xb?(\d+)(?=[_-])/.exec(repoPath.split('/').pop() ?? '');
  return m ? Number(m[1]) : undefined;
}

/**
 * Iterations per epoch (`len(train_dataloader)`) a full loaded config trains with on its
 * documented GPU count: COCO train2017 size after the config's own filtering, × RepeatDataset
 * times, over GPUs × samples per GPU (see estimateItersPerEpoch). GPUs come from the file name,
 * else from `auto_scale_lr.base_batch_size` / samples per GPU, else the zoo's 8.
 */
export function deriveItersHint(config: PyDict, dialect: DialectId, repoPath: string): ItersHint {
  const { samplesPerGpu: perGpu, dataset } = dialectInfo(dialect).readTrainLoader(config);
  if (perGpu === undefined || perGpu < 1) return { note: 'no samples per GPU in the config' };
  const shape = readDataset(dataset, dialect);
  if (typeof shape === 'string') return { note: shape };
  const autoScale = config['auto_scale_lr'];
  const baseBatch = isPyDict(autoScale) ? numberOf(autoScale['base_batch_size']) : undefined;
  const fromScale = baseBatch !== undefined && baseBatch % perGpu === 0 ? baseBatch / perGpu : undefined;
  const fromName = readGpusFromName(repoPath);
  const gpus = fromName ?? fromScale ?? defaultGpus;
  const gpuSource = fromName !== undefined ? 'file name' : fromScale !== undefined ? 'auto_scale_lr' : 'model zoo default';
  const itersPerEpoch = estimateItersPerEpoch({ datasetSize: shape.size, repeatTimes: shape.times, numGpus: gpus, samplesPerGpu: perGpu });
  return { itersPerEpoch, note: `${shape.what} / (${gpus} GPUs [${gpuSource}] × ${perGpu} per GPU)` };
}
