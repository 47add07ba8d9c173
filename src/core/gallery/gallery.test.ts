import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { simulateSchedule } from '../schedule/simulate.ts';
import { galleryPresets, pickItersPerEpoch, searchGallery, simulateGalleryPreset } from './gallery.ts';
import { readScheduleFacts } from './scheduleFacts.ts';
import { testDataDir } from '../../test/testData.ts';

const presets = galleryPresets();

describe('gallery data', () => {
  it('has the schedule bases and the fixture configs of both dialects, with unique ids', () => {
    const count = (d: string) => presets.filter((p) => p.dialect === d).length;
    console.log(`gallery: ${presets.length} presets (mmcv1 ${count('mmcv1')}, mmengine ${count('mmengine')})`);
    expect(new Set(presets.map((p) => p.id)).size).toBe(presets.length);
    expect(presets.map((p) => p.id)).toEqual(expect.arrayContaining(['mmdet-schedule-1x', 'mmdet-schedule-2x', 'mmdet-schedule-20e', 'mmdet3-schedule-1x', 'mmdet3-schedule-2x', 'mmdet3-schedule-20e']));
    expect(count('mmcv1')).toBeGreaterThanOrEqual(20);
    expect(count('mmengine')).toBeGreaterThanOrEqual(20);
    for (const p of presets) expect(p.id).toMatch(/^[\w.-]+$/);
  });

  it('keeps only runtime keys, in the dialect each file is written in', () => {
    const detr2 = presets.find((p) => p.id === 'mmdet2-detr_r50_8x2_150e_coco');
    expect(detr2?.sourcePath).toBe('configs/detr/detr_r50_8x2_150e_coco.py');
    expect(detr2?.mmdetVersion).toBe('2.25.0');
    expect(detr2?.title).toBe('DETR R50 150e');
    expect(detr2?.config['lr_config']).toEqual({ policy: 'step', step: [100] });
    expect(detr2?.config).not.toHaveProperty('model');
    expect(detr2?.config).not.toHaveProperty('data');
    for (const p of presets) {
      const forbidden = p.dialect === 'mmcv1' ? ['param_scheduler', 'optim_wrapper', 'train_cfg'] : ['lr_config', 'runner', 'optimizer'];
      for (const k of forbidden) expect(p.config, `${p.id} ${k}`).not.toHaveProperty(k);
    }
  });

  it('keeps class references of lazy-import configs', () => {
    const lazy = presets.find((p) => p.id === 'mmdet3-lazy-detr_r50_8xb2_150e_coco');
    expect(lazy?.lazy).toBe(true);
    expect(lazy?.sourcePath).toBe('mmdet/configs/detr/detr_r50_8xb2_150e_coco.py');
    const wrapper = lazy?.config['optim_wrapper'];
    expect(wrapper).toMatchObject({ type: { $ref: 'OptimWrapper' }, optimizer: { type: { $ref: 'AdamW' } } });
  });

  it('keeps int and float apart through the JSON', () => {
    const detr2 = presets.find((p) => p.id === 'mmdet2-detr_r50_8x2_150e_coco');
    expect(detr2?.config['optimizer']).toMatchObject({ paramwise_cfg: { custom_keys: { backbone: { lr_mult: 0.1, decay_mult: { $float: 1 } } } } });
  });

  it('simulates every preset with its iterations-per-epoch hint', () => {
    const started = performance.now();
    let iterations = 0;
    const failures: string[] = [];
    for (const p of presets) {
      const result = simulateGalleryPreset(p);
      if (!result.ok) {
        failures.push(`${p.id}: ${result.error.message}`);
        continue;
      }
      iterations += result.curves.totalIters;
      expect(result.curves.base.lr.length, p.id).toBeGreaterThan(0);
      expect(result.curves.base.lr.every(Number.isFinite), p.id).toBe(true);
    }
    console.log(`simulated ${presets.length} presets, ${iterations.toLocaleString('en-US')} iterations in ${(performance.now() - started).toFixed(0)} ms`);
    expect(failures).toEqual([]);
  });

  it('simulates lazy-import configs like their _base_-style twins', () => {
    for (const [lazyId, plainId] of [
      ['mmdet3-lazy-detr_r50_8xb2_150e_coco', 'mmdet3-detr_r50_8xb2-150e_coco'],
      ['mmdet3-lazy-faster_rcnn_r50_fpn_1x_coco', 'mmdet3-faster-rcnn_r50_fpn_1x_coco'],
      ['mmdet3-lazy-rtmdet_l_8xb32_300e_coco', 'mmdet3-rtmdet_l_8xb32-300e_coco'],
    ] as const) {
      const lazy = presets.find((p) => p.id === lazyId);
      const plain = presets.find((p) => p.id === plainId);
      if (!lazy || !plain) throw new Error(`missing ${lazyId} or ${plainId}`);
      // The simulator resolves class references (`type=MultiStepLR`) by name itself.
      expect(simulateSchedule('mmengine', lazy.config, { itersPerEpoch: pickItersPerEpoch(lazy) }).ok).toBe(true);
      const a = simulateGalleryPreset(lazy);
      const b = simulateGalleryPreset(plain);
      if (!a.ok || !b.ok) throw new Error(`${lazyId} or ${plainId} failed`);
      // Element by element: toEqual on million-entry typed arrays takes seconds.
      expect(a.curves.base.lr.length).toBe(b.curves.base.lr.length);
      expect(a.curves.base.lr.every((v, i) => v === b.curves.base.lr[i])).toBe(true);
    }
  });

  it('gives the zoo iteration counts for COCO configs', () => {
    const ipe = (id: string) => presets.find((p) => p.id === id)?.itersPerEpoch;
    expect(ipe('mmdet2-faster_rcnn_r50_fpn_1x_coco')).toBe(7330);
    expect(ipe('mmdet3-yolox_s_8xb8-300e_coco')).toBe(1849);
    expect(ipe('mmdet2-ssd300_coco')).toBe(Math.ceil((117266 * 5) / 64));
  });
});

describe('searchGallery', () => {
  it('finds DETR by "detr", case-insensitively', () => {
    const hits = searchGallery('detr', presets).map((p) => p.id);
    expect(hits).toContain('mmdet2-detr_r50_8x2_150e_coco');
    expect(hits).toContain('mmdet3-detr_r50_8xb2-150e_coco');
    expect(hits).toContain('mmdet3-lazy-detr_r50_8xb2_150e_coco');
    expect(searchGallery('DETR', presets)).toEqual(searchGallery('detr', presets));
    expect(hits).not.toContain('mmdet2-faster_rcnn_r50_fpn_1x_coco');
  });

  it('finds cosine schedules by "cosine" and by 余弦', () => {
    const cosine = searchGallery('cosine', presets);
    const ids = cosine.map((p) => p.id);
    expect(ids).toEqual(expect.arrayContaining(['mmdet2-ssdlite_mobilenetv2_scratch_600e_coco', 'mmdet3-rtmdet_l_8xb32-300e_coco', 'mmdet3-yolox_s_8xb8-300e_coco']));
    for (const p of cosine) expect(readScheduleFacts(p.config, p.dialect).typeNames.join(' ').toLowerCase()).toContain('cosine');
    expect(searchGallery('余弦', presets)).toEqual(cosine);
  });

  it('needs every word to match and returns everything for an empty query', () => {
    expect(searchGallery('  ', presets)).toHaveLength(presets.length);
    const hits = searchGallery('faster 3.x', presets);
    expect(hits.length).toBeGreaterThan(0);
    for (const p of hits) {
      expect(p.family).toBe('Faster R-CNN');
      expect(p.dialect).toBe('mmengine');
    }
    expect(searchGallery('adamw', presets).every((p) => readScheduleFacts(p.config, p.dialect).optimizer === 'AdamW')).toBe(true);
    expect(searchGallery('configs/yolox/', presets).length).toBeGreaterThanOrEqual(3);
    expect(searchGallery('no-such-thing', presets)).toEqual([]);
  });
});

describe('gallery entries of other OpenMMLab codebases', () => {
  const entries = presets.filter((p) => p.codebase !== undefined);

  it('offers configs of mmpose, mmcls, mmselfsup, mmdet3d, mmtrack, mmocr, mmaction2, mmrotate and mmseg in the dialect they are written in', () => {
    expect([...new Set(entries.map((p) => p.codebase?.name))].sort()).toEqual(['mmaction2', 'mmcls', 'mmdet3d', 'mmocr', 'mmpose', 'mmrotate', 'mmseg', 'mmselfsup', 'mmtrack']);
    const rtmo = entries.find((p) => p.id === 'mmpose-rtmo-s_8xb32-600e_coco-640x640');
    expect(rtmo?.dialect).toBe('mmengine');
    expect(rtmo?.config.default_scope).toBe('mmpose');
    expect(rtmo?.codebase).toEqual({ name: 'mmpose', repository: 'open-mmlab/mmpose', version: 'v1.3.2', commit: expect.stringMatching(/^[0-9a-f]{40}$/) });
    expect(entries.find((p) => p.id === 'mmpose-res50_coco_256x192')?.dialect).toBe('mmcv1');
    expect(searchGallery('mmtrack', presets).map((p) => p.id)).toContain('mmtrack-siamese-rpn_r50_8xb28-20e_imagenetvid-imagenetdet-coco_test-lasot');
    // mmseg 0.x cgnet has no `runner`: its entry keeps `total_iters`, the length mmseg's train API trains for.
    const cgnet = entries.find((p) => p.id === 'mmseg-cgnet_512x1024_60k_cityscapes');
    expect(cgnet?.dialect).toBe('mmcv1');
    expect(cgnet?.config.total_iters).toBe(60000);
    expect(cgnet?.codebase).toEqual({ name: 'mmseg', repository: 'open-mmlab/mmsegmentation', version: 'v0.18.0', commit: '8d49dd31e42680600f6169e52fc6c433aad51188' });
    const vpd = entries.find((p) => p.id === 'mmseg-vpd_sd_4xb8-25k_nyu-480x480');
    expect(vpd?.dialect).toBe('mmengine');
    expect(vpd?.config.default_scope).toBe('mmseg');
  });

  it("charts each entry as the codebase's real schedulers run its whole config (fixture curves at 50 iterations per epoch)", () => {
    for (const p of entries) {
      const golden = JSON.parse(
        readFileSync(join(testDataDir, 'fixtures/codebases/expected', `${p.codebase?.repository.split('/')[1]}@${p.codebase?.version}`, p.sourcePath.replace(/\.py$/, '.curves.json')), 'utf8'),
      ) as { expected: { lr: number[] } };
      const r = simulateSchedule(p.dialect, p.config, { itersPerEpoch: 50 });
      if (!r.ok) throw new Error(`${p.id}: ${r.error.message}`);
      const got = r.curves.base.lr;
      expect(got.length, p.id).toBe(golden.expected.lr.length);
      // Same bound as the fixture test: a relative 1e-13 absorbs summation order, nothing else.
      const off = golden.expected.lr.findIndex((want, i) => Math.abs((got[i] ?? Number.NaN) - want) > 1e-13 * Math.abs(want));
      expect(off, `${p.id} first differs at iteration ${off}`).toBe(-1);
    }
  });
});
