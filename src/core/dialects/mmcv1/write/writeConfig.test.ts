import { describe, expect, it } from 'vitest';
import { defaultRuntimeV2, inheritedBaseV2, scheduleBaseIds } from '../../../model/bases.ts';
import type { PyDict } from '../../../python/value.ts';
import { pyEqual } from '../../../python/value.ts';
import { allWriteOptions, expectLoadedConfig } from '../../../../test/oracle/expectedLoad.ts';
import { loadExportedWithPython } from '../../../../test/oracle/loadWithPython.ts';
import { writeConfig } from './writeConfig.ts';

/** MMDetection's detr_r50_8x2_150e_coco.py runtime part (default_runtime only, no schedule base). */
function detrConfig(): PyDict {
  return {
    ...defaultRuntimeV2(),
    optimizer: {
      type: 'AdamW',
      lr: 1e-4,
      weight_decay: 1e-4,
      paramwise_cfg: { custom_keys: { backbone: { lr_mult: 0.1, decay_mult: { $float: 1 } } } },
    },
    optimizer_config: { grad_clip: { max_norm: 0.1, norm_type: 2 } },
    lr_config: { policy: 'step', step: [100] },
    runner: { type: 'EpochBasedRunner', max_epochs: 150 },
    evaluation: { interval: 5, metric: 'bbox' },
    checkpoint_config: { interval: 20 },
    log_config: { interval: 50, hooks: [{ type: 'TextLoggerHook' }] },
  };
}

const presets: [string, PyDict][] = [
  ...scheduleBaseIds.map((id): [string, PyDict] => [`schedule_${id} on default_runtime + evaluation`, { ...inheritedBaseV2(id), evaluation: { interval: 1, metric: 'bbox' } }]),
  ['DETR', detrConfig()],
];

describe('writeConfig', () => {
  it('exports every preset so that python (mmcv 1.x semantics) loads the same dict, in every mode', () => {
    const cases = presets.flatMap(([name, config]) => allWriteOptions.map((opts) => ({ name, config, opts, text: writeConfig(config, opts) })));
    const results = loadExportedWithPython(cases.map((c) => c.text));
    cases.forEach((c, i) => {
      const result = results[i];
      if (!result?.ok) throw new Error(`${c.name} ${JSON.stringify(c.opts)}: ${JSON.stringify(result)}\n${c.text}`);
      expect(pyEqual(result.config, expectLoadedConfig(c.config, c.opts)), `${c.name} ${JSON.stringify(c.opts)}\n${c.text}`).toBe(true);
    });
  });

  it('writes the DETR preset over schedule_1x with _delete_ only where mmcv would keep stale keys or raise', () => {
    expect(writeConfig(detrConfig(), { mode: 'inherit', scheduleBase: '1x' })).toBe(`_base_ = ['../_base_/default_runtime.py', '../_base_/schedules/schedule_1x.py']

# optimizer
optimizer = dict(
    _delete_=True,
    type='AdamW',
    lr=0.0001,
    weight_decay=0.0001,
    paramwise_cfg=dict(
        custom_keys={'backbone': dict(lr_mult=0.1, decay_mult=1.0)}))
optimizer_config = dict(
    grad_clip=dict(_delete_=True, max_norm=0.1, norm_type=2))

# learning policy
lr_config = dict(_delete_=True, policy='step', step=[100])
runner = dict(max_epochs=150)

# evaluation
evaluation = dict(interval=5, metric='bbox')

# runtime settings
checkpoint_config = dict(interval=20)
`);
  });

  it('writes the DETR preset standalone the way the mmdet file writes it', () => {
    const text = writeConfig(detrConfig(), { mode: 'standalone', scheduleBase: '1x' });
    expect(text).not.toContain('_base_');
    expect(text).toContain(`# optimizer
optimizer = dict(
    type='AdamW',
    lr=0.0001,
    weight_decay=0.0001,
    paramwise_cfg=dict(
        custom_keys={'backbone': dict(lr_mult=0.1, decay_mult=1.0)}))
optimizer_config = dict(grad_clip=dict(max_norm=0.1, norm_type=2))
# learning policy
lr_config = dict(policy='step', step=[100])
runner = dict(type='EpochBasedRunner', max_epochs=150)`.replace('\n# learning policy', '\n\n# learning policy'));
  });

  it('writes only _base_ for an unchanged base, and notes base keys it cannot delete', () => {
    expect(writeConfig(inheritedBaseV2('20e'), { mode: 'inherit', scheduleBase: '20e' })).toBe(
      "_base_ = [\n    '../_base_/default_runtime.py', '../_base_/schedules/schedule_20e.py'\n]\n",
    );
    const { custom_hooks: _dropped, ...withoutHooks } = inheritedBaseV2('1x');
    const text = writeConfig(withoutHooks, { mode: 'inherit', scheduleBase: '1x' });
    expect(text).toMatch(/# Kept from _base_ .*\n# .*custom_hooks\n$/);
  });

  it('keeps a _delete_ the config already has and never writes one standalone', () => {
    const config = { ...inheritedBaseV2('1x'), optimizer: { _delete_: true, type: 'SGD', lr: 0.01, momentum: 0.9, weight_decay: 0.0001 } };
    expect(writeConfig(config)).toContain("optimizer = dict(\n    _delete_=True, type='SGD', lr=0.01, momentum=0.9, weight_decay=0.0001)\n");
    expect(writeConfig(config, { mode: 'standalone', scheduleBase: '1x' })).not.toContain('_delete_');
  });

  it('refuses top-level keys mmcv cannot keep', () => {
    for (const key of ['filename', 'text', 'a b', 'class', '__hidden', '_base_']) {
      expect(() => writeConfig({ [key]: 1 }), key).toThrow(/cannot write top-level/);
    }
  });
});
