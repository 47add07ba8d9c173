import { describe, expect, it } from 'vitest';
import { toPlain } from '../../../python/jsonText.ts';
import { presetsV3 } from './presets.ts';
import { validateConfigV3 } from './validate.ts';

describe('3.x presets', () => {
  it.each(presetsV3.map((p) => [p.id, p] as const))('%s validates clean', (_id, preset) => {
    expect(validateConfigV3(preset.config)).toEqual([]);
  });

  it('has unique ids and bilingual names', () => {
    expect(new Set(presetsV3.map((p) => p.id)).size).toBe(presetsV3.length);
    for (const p of presetsV3) expect(p.name.zh && p.description.zh && p.name.en && p.description.en).toBeTruthy();
  });

  it('keeps the runtime part of detr_r50_8xb2-150e_coco.py as MMEngine loads it', () => {
    const detr = presetsV3.find((p) => p.id === 'mmdet3-detr-150e')?.config ?? {};
    expect(toPlain(detr.optim_wrapper ?? null)).toEqual({ type: 'OptimWrapper', optimizer: { type: 'AdamW', lr: 0.0001, weight_decay: 0.0001 }, clip_grad: { max_norm: 0.1, norm_type: 2 }, paramwise_cfg: { custom_keys: { backbone: { lr_mult: 0.1, decay_mult: 1 } } } });
  });
});
