import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateItersPerEpoch, scaleLrForBatch } from './itersPerEpoch.ts';

describe('estimateItersPerEpoch', () => {
  it('matches MMDetection 2.x for COCO train2017 on 8 GPUs x 2', () => {
    // 117266 images after filter_empty_gt; one group: ceil(117266 / 16) = 7330.
    expect(estimateItersPerEpoch({ datasetSize: 117266, numGpus: 8, samplesPerGpu: 2 })).toBe(7330);
  });
  it('pads every aspect-ratio group separately', () => {
    // groups 5 and 6, 2 per GPU, 1 GPU: ceil(5/2) + ceil(6/2) = 3 + 3 = 6 (one group would give 6 too)
    expect(estimateItersPerEpoch({ datasetSize: 11, numGpus: 1, samplesPerGpu: 2, groupSizes: [5, 6] })).toBe(6);
    // groups 5 and 5: 3 + 3 = 6, one group: ceil(10/2) = 5
    expect(estimateItersPerEpoch({ datasetSize: 10, numGpus: 1, samplesPerGpu: 2, groupSizes: [5, 5] })).toBe(6);
    // distributed: groups 9 and 7 on 2 GPUs x 2: ceil(9/2/2) + ceil(7/2/2) = 3 + 2 = 5
    expect(estimateItersPerEpoch({ datasetSize: 16, numGpus: 2, samplesPerGpu: 2, groupSizes: [9, 7] })).toBe(5);
  });
  it('multiplies by RepeatDataset times before padding', () => {
    expect(estimateItersPerEpoch({ datasetSize: 5, repeatTimes: 3, numGpus: 1, samplesPerGpu: 4 })).toBe(4);
  });
  it('one-group estimate is never above the grouped count, and at most one short per extra group', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 1, max: 16 }),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 1, max: 4 }),
        (groups, gpus, perGpu, times) => {
          const size = groups.reduce((a, b) => a + b, 0);
          const grouped = estimateItersPerEpoch({ datasetSize: size, numGpus: gpus, samplesPerGpu: perGpu, repeatTimes: times, groupSizes: groups });
          const single = estimateItersPerEpoch({ datasetSize: size, numGpus: gpus, samplesPerGpu: perGpu, repeatTimes: times });
          return single <= grouped && grouped - single <= groups.length - 1;
        },
      ),
    );
  });
});

describe('scaleLrForBatch', () => {
  it('scales linearly only when enabled and the batch differs', () => {
    expect(scaleLrForBatch(0.02, { enable: true, baseBatchSize: 16 }, 4, 2)).toBe(0.01);
    expect(scaleLrForBatch(0.02, { enable: true, baseBatchSize: 16 }, 8, 2)).toBe(0.02);
    expect(scaleLrForBatch(0.02, { enable: false, baseBatchSize: 16 }, 4, 2)).toBe(0.02);
    expect(scaleLrForBatch(0.02, undefined, 4, 2)).toBe(0.02);
    expect(scaleLrForBatch(0.01, { enable: true, baseBatchSize: 64 }, 8, 8)).toBe(0.01);
  });
});
