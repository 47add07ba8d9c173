import { describe, expect, it } from 'vitest';
import { describeConfigPath } from './build/describe.ts';
import { deriveItersHint } from './build/itersHint.ts';
import { decodeGalleryData, isPyValueJson } from './decode.ts';
import { buildSparklinePath } from './sparkline.ts';

describe('buildSparklinePath', () => {
  it('scales a step curve into the box, edges kept', () => {
    const values = Float64Array.from({ length: 1000 }, (_, i) => (i < 800 ? 0.02 : 0.002));
    const line = buildSparklinePath(values, 100, 20);
    expect(line.min).toBe(0.002);
    expect(line.max).toBe(0.02);
    expect(line.d.startsWith('M0 1L')).toBe(true);
    expect(line.d).toContain('19');
    expect(line.d.split(/[ML]/).length - 1).toBeLessThanOrEqual(200);
  });

  it('draws a flat curve across the middle and nothing for no data', () => {
    expect(buildSparklinePath(Float64Array.from([0.1, 0.1, 0.1]), 10, 10).d).toBe('M0 5L5 5L10 5');
    expect(buildSparklinePath(new Float64Array(0), 10, 10).d).toBe('');
  });
});

describe('decodeGalleryData', () => {
  const preset = { id: 'x', title: 'X', family: 'F', dialect: 'mmcv1', sourcePath: 'configs/x.py', mmdetVersion: '2.25.0', lazy: false, config: { lr_config: { policy: 'step', step: [8] } } };

  it('accepts the PyValue encoding and rejects broken entries', () => {
    expect(decodeGalleryData({ presets: [preset] })[0]?.config).toEqual(preset.config);
    expect(() => decodeGalleryData({ presets: [{ ...preset, dialect: 'mmcv2' }] })).toThrow(/dialect/);
    expect(() => decodeGalleryData({ presets: [{ ...preset, config: { a: { $float: 'x' } } }] })).toThrow(/PyValue/);
    expect(() => decodeGalleryData([])).toThrow();
  });

  it('checks floats, tuples and class references', () => {
    expect(isPyValueJson({ a: { $float: 1 }, b: { $tuple: [1, 'x'] }, c: { $ref: 'SGD', module: 'torch.optim' } })).toBe(true);
    expect(isPyValueJson({ c: { $ref: 'SGD' } })).toBe(false);
    expect(isPyValueJson({ t: { $tuple: 3 } })).toBe(false);
  });
});

describe('gallery build helpers', () => {
  it('names known and unknown configs', () => {
    expect(describeConfigPath('configs/detr/detr_r50_8x2_150e_coco.py')).toEqual({ family: 'DETR', title: 'DETR R50 150e', known: true });
    expect(describeConfigPath('configs/ssd/ssdlite_mobilenetv2_scratch_600e_coco.py').family).toBe('SSDLite');
    expect(describeConfigPath('configs/foo/foo_r50_2x_coco.py')).toEqual({ family: 'foo', title: 'foo foo r50 2x coco', known: false });
  });

  it('derives iterations per epoch from the data section', () => {
    const v2 = { data: { samples_per_gpu: 2, train: { type: 'CocoDataset', ann_file: 'data/coco/annotations/instances_train2017.json' } } };
    expect(deriveItersHint(v2, 'mmcv1', 'configs/x/x_r50_16x2_1x_coco.py').itersPerEpoch).toBe(Math.ceil(117266 / 32));
    const v3 = { train_dataloader: { batch_size: 8, dataset: { type: 'RepeatDataset', times: 2, dataset: { type: 'CocoDataset', ann_file: 'annotations/instances_train2017.json' } } } };
    expect(deriveItersHint(v3, 'mmengine', 'configs/x/x.py')).toMatchObject({ itersPerEpoch: Math.ceil((118287 * 2) / 64) });
    expect(deriveItersHint({}, 'mmengine', 'configs/x/x.py').itersPerEpoch).toBeUndefined();
  });
});
