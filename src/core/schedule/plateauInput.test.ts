import { describe, expect, it } from 'vitest';
import type { PyDict } from '../python/value.ts';
import { listPlateauMonitors, parseMetricValues, pickLogMetric } from './plateauInput.ts';

describe('ReduceOnPlateau inputs', () => {
  it('reads metric values separated by commas, spaces or semicolons and reports the rest', () => {
    expect(parseMetricValues('0.3, 0.35;0.34  1e-2 .5')).toEqual({ values: [0.3, 0.35, 0.34, 0.01, 0.5], bad: [] });
    expect(parseMetricValues('0.3, abc, 0x10, 1,')).toEqual({ values: [0.3, 1], bad: ['abc', '0x10'] });
    expect(parseMetricValues('')).toEqual({ values: [], bad: [] });
  });

  it("lists each plateau scheduler's monitor once, with MMEngine's default 'loss'", () => {
    const config: PyDict = {
      param_scheduler: [
        { type: 'LinearLR' },
        { type: 'ReduceOnPlateauLR', monitor: 'coco/bbox_mAP' },
        { type: 'mmengine.ReduceOnPlateauMomentum', monitor: 'coco/bbox_mAP' },
        { type: 'ReduceOnPlateauParamScheduler', param_name: 'weight_decay' },
      ],
    };
    expect(listPlateauMonitors(config)).toEqual(['coco/bbox_mAP', 'loss']);
    expect(listPlateauMonitors({ param_scheduler: { type: 'MultiStepLR' } })).toEqual([]);
  });

  it("finds a log's metric by its name or by its last path part", () => {
    const metrics = { 'coco/bbox_mAP': [0.1, 0.2], 'coco/bbox_mAP_50': [0.3] };
    expect(pickLogMetric(metrics, 'coco/bbox_mAP')).toEqual({ key: 'coco/bbox_mAP', values: [0.1, 0.2] });
    expect(pickLogMetric(metrics, 'bbox_mAP')).toEqual({ key: 'coco/bbox_mAP', values: [0.1, 0.2] });
    expect(pickLogMetric(metrics, 'loss')).toBeNull();
    expect(pickLogMetric(undefined, 'loss')).toBeNull();
  });
});
