import { describe, expect, it } from 'vitest';
import { presets } from './presets.ts';
import { validateConfig } from './validate.ts';

describe('presets', () => {
  it.each(presets.map((p) => [p.id, p] as const))('%s validates clean', (_id, preset) => {
    expect(validateConfig(preset.config)).toEqual([]);
  });

  it('has unique ids and bilingual names', () => {
    expect(new Set(presets.map((p) => p.id)).size).toBe(presets.length);
    for (const p of presets) expect(p.name.zh && p.description.zh && p.name.en && p.description.en).toBeTruthy();
  });

  it('keeps the DETR values of detr_r50_8x2_150e_coco.py', () => {
    const detr = presets.find((p) => p.id === 'mmdet-detr-150e')?.config;
    expect(detr?.optimizer).toEqual({ type: 'AdamW', lr: 0.0001, weight_decay: 0.0001, paramwise_cfg: { custom_keys: { backbone: { lr_mult: 0.1, decay_mult: { $float: 1 } } } } });
    expect(detr?.lr_config).toEqual({ policy: 'step', step: [100] });
  });
});
