import { describe, expect, it } from 'vitest';
import { createMemoryFs, loadConfig } from '../config/load/loadConfig.ts';
import type { PyDict } from '../python/value.ts';
import { guessItersPerEpoch, readTrainingShape } from './itersFromConfig.ts';
import { matchTrainSet } from './knownDatasets.ts';

function load(text: string): PyDict {
  const r = loadConfig('/c/x.py', createMemoryFs({ '/c/x.py': text }));
  return r.config as PyDict;
}

describe('known training sets', () => {
  it('2.x Cityscapes: RepeatDataset x8 of CityscapesDataset, 1 image per GPU -> 2,975 images x 8 / 8 GPUs = 2,975 iterations', () => {
    const config = load(`dataset_type = 'CityscapesDataset'
data_root = 'data/cityscapes/'
data = dict(
    samples_per_gpu=1,
    train=dict(type='RepeatDataset', times=8, dataset=dict(type=dataset_type, ann_file=data_root + 'annotations/instancesonly_filtered_gtFine_train.json')))
`);
    const shape = readTrainingShape(config, 'mmcv1');
    expect(shape.trainSet?.images).toBe(2975);
    expect(shape.trainSet?.parts.map((p) => p.id)).toEqual(['cityscapes']);
    expect(shape.repeatTimes).toBe(8);
    expect(shape.samplesPerGpu).toBe(1);
    expect(guessItersPerEpoch(config, 'mmcv1').itersPerEpoch).toBe(2975);
  });

  it('VOC 07+12 as a list of ann_files (2.x) and as a ConcatDataset (3.x) add up to 16,551', () => {
    const list = load(`data = dict(train=dict(type='VOCDataset', ann_file=['data/VOCdevkit/VOC2007/ImageSets/Main/trainval.txt', 'data/VOCdevkit/VOC2012/ImageSets/Main/trainval.txt']))`);
    expect(readTrainingShape(list, 'mmcv1').trainSet?.images).toBe(5011 + 11540);
    const concat = load(`train_dataloader = dict(batch_size=2, dataset=dict(type='RepeatDataset', times=3, dataset=dict(type='ConcatDataset', datasets=[dict(type='VOCDataset', ann_file='VOC2007/ImageSets/Main/trainval.txt'), dict(type='VOCDataset', ann_file='VOC2012/ImageSets/Main/trainval.txt')])))`);
    const shape = readTrainingShape(concat, 'mmengine');
    expect(shape.trainSet?.images).toBe(16551);
    expect(shape.repeatTimes).toBe(3);
    expect(shape.samplesPerGpu).toBe(2);
  });

  it('COCO only for the 2017 train annotations; anything unknown is not guessed', () => {
    expect(matchTrainSet({ type: 'CocoDataset', ann_file: 'data/coco/annotations/instances_train2017.json' })?.images).toBe(117266);
    expect(matchTrainSet({ type: 'CocoDataset', ann_file: 'data/coco/annotations/instances_val2017.json' })).toBeNull();
    expect(matchTrainSet({ type: 'MyDataset', ann_file: 'x.json' })).toBeNull();
    // One unknown part makes the whole sum unknown.
    expect(matchTrainSet({ type: 'ConcatDataset', datasets: [{ type: 'CityscapesDataset' }, { type: 'MyDataset' }] })).toBeNull();
    expect(matchTrainSet({ type: 'ClassBalancedDataset', oversample_thr: 1e-3, dataset: { type: 'LVISV1Dataset', ann_file: 'annotations/lvis_v1_train.json' } })?.images).toBe(100170);
  });

  it('without a recognised set the CLI keeps the documented COCO assumption', () => {
    const config = load(`data = dict(samples_per_gpu=4, train=dict(type='MyDataset'))`);
    expect(guessItersPerEpoch(config, 'mmcv1').itersPerEpoch).toBe(Math.ceil(117266 / 4 / 8));
  });
});
