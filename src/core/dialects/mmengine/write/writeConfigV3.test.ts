import { describe, expect, it } from 'vitest';
import { inheritedBaseV3, scheduleBaseIds } from '../model/bases.ts';
import { presetsV3 } from '../model/presets.ts';
import type { PyDict } from '../../../python/value.ts';
import { pyEqual } from '../../../python/value.ts';
import { loadExportedWithPythonV3 } from '../../../../test/oracle/loadWithPythonV3.ts';
import { createMemoryFs, loadConfig } from '../../../config/load/loadConfig.ts';
import { basesByPathV3 } from '../../../config/builtinBases/index.ts';
import { stripDeleteKeys } from '../../../config/write/diffAgainstBase.ts';
import type { WriteConfigV3Options } from './writeConfigV3.ts';
import { writeConfigV3 } from './writeConfigV3.ts';

const allModes: WriteConfigV3Options[] = [{ mode: 'standalone', scheduleBase: '1x' }, ...scheduleBaseIds.map((id): WriteConfigV3Options => ({ mode: 'inherit', scheduleBase: id }))];

const detr = (): PyDict => {
  const preset = presetsV3.find((p) => p.id === 'mmdet3-detr-150e');
  if (!preset) throw new Error('no DETR preset');
  return preset.config;
};

describe('writeConfigV3', () => {
  it('exports every v3 preset so that python (MMEngine semantics) and the studio loader both load the same dict, in every mode', () => {
    const cases = presetsV3.flatMap((p) => allModes.map((opts) => ({ name: p.id, config: p.config, opts, text: writeConfigV3(p.config, opts) })));
    const results = loadExportedWithPythonV3(cases.map((c) => c.text));
    cases.forEach((c, i) => {
      const result = results[i];
      const label = `${c.name} ${JSON.stringify(c.opts)}\n${c.text}`;
      if (!result?.ok) throw new Error(`${label}: ${JSON.stringify(result)}`);
      expect(pyEqual(result.config, stripDeleteKeys(c.config)), label).toBe(true);
      // The studio reads its own exports back with the built-in copies of the bases.
      const files: Record<string, string> = { '/configs/studio/x.py': c.text };
      for (const [path, text] of Object.entries(basesByPathV3)) files[`/configs/${path}`] = text;
      const loaded = loadConfig('/configs/studio/x.py', createMemoryFs(files));
      expect(loaded.diagnostics, label).toEqual([]);
      expect(pyEqual(loaded.config, stripDeleteKeys(c.config)), label).toBe(true);
    });
  });

  it('writes DETR over schedule_1x with _delete_ only where the merge would keep stale keys, and replaces the scheduler list', () => {
    expect(writeConfigV3(detr(), { mode: 'inherit', scheduleBase: '1x' })).toBe(`_base_ = ['../_base_/schedules/schedule_1x.py', '../_base_/default_runtime.py']

# training schedule
train_cfg = dict(max_epochs=150)

# learning rate
param_scheduler = [
    dict(
        type='MultiStepLR',
        begin=0,
        end=150,
        by_epoch=True,
        milestones=[100],
        gamma=0.1)
]

# optimizer
optim_wrapper = dict(
    optimizer=dict(
        _delete_=True, type='AdamW', lr=0.0001, weight_decay=0.0001),
    clip_grad=dict(max_norm=0.1, norm_type=2),
    paramwise_cfg=dict(
        custom_keys={'backbone': dict(lr_mult=0.1, decay_mult=1.0)}))

# automatic LR scaling
auto_scale_lr = dict(_delete_=True, base_batch_size=16)
`);
  });

  it('writes only _base_ for an unchanged base, and deletes base keys the config leaves out', () => {
    expect(writeConfigV3(inheritedBaseV3('2x'), { mode: 'inherit', scheduleBase: '2x' })).toBe("_base_ = ['../_base_/schedules/schedule_2x.py', '../_base_/default_runtime.py']\n");
    const { resume: _r, visualizer: _v, ...rest } = inheritedBaseV3('1x');
    expect(writeConfigV3(rest, { mode: 'inherit', scheduleBase: '1x' })).toMatch(/\n# not in this config: removed from what _base_ defines\ndel _base_\.visualizer\ndel _base_\.resume\n$/);
  });

  it('replaces a dict over None (clip_grad) and a dict over a list (a single scheduler dict) with _delete_', () => {
    const base = inheritedBaseV3('1x');
    const config: PyDict = { ...base, param_scheduler: { type: 'ConstantLR', factor: 0.5 }, load_from: { path: 'x' } };
    const text = writeConfigV3(config, { mode: 'inherit', scheduleBase: '1x' });
    expect(text).toContain("param_scheduler = dict(_delete_=True, type='ConstantLR', factor=0.5)");
    expect(text).toContain("load_from = dict(_delete_=True, path='x')");
    expect(writeConfigV3(config, { mode: 'standalone', scheduleBase: '1x' })).not.toContain('_delete_');
  });

  it('refuses top-level keys MMEngine cannot keep', () => {
    for (const key of ['filename', 'text', 'env_variables', 'a b', 'class', '__hidden', '_base_', '_deprecation_']) {
      expect(() => writeConfigV3({ [key]: 1 }), key).toThrow(/cannot write top-level/);
    }
  });
});
