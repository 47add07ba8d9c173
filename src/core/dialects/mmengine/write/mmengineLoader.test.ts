import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toPlain } from '../../../python/jsonText.ts';
import { loadConfigsWithPythonV3, loadExportedWithPythonV3, mmdetV3Configs } from '../../../../test/oracle/loadWithPythonV3.ts';

const expectedRoot = join(mmdetV3Configs, '../../expected/v3/configs');

function listLeafConfigs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.isDirectory()) return e.name === '_base_' ? [] : listLeafConfigs(join(dir, e.name));
    return e.name.endsWith('.py') ? [join(dir, e.name)] : [];
  });
}

describe('mmengine_loader.py (the 3.x test oracle)', () => {
  it('loads every MMDetection 3.3 _base_-style config exactly as MMEngine 0.10.7 did, key order included', () => {
    // Includes the files that use `_base_.x`, `del _base_.x` and `{{_base_.x}}`.
    const leaves = listLeafConfigs(mmdetV3Configs);
    expect(leaves.length).toBe(24);
    const results = loadConfigsWithPythonV3(leaves);
    leaves.forEach((leaf, i) => {
      const result = results[i];
      const expected: unknown = JSON.parse(readFileSync(join(expectedRoot, relative(mmdetV3Configs, leaf).replace(/\.py$/, '.json')), 'utf8')).config;
      if (!result?.ok) throw new Error(`${leaf}: ${JSON.stringify(result)}`);
      expect(JSON.stringify(toPlain(result.config)), leaf).toBe(JSON.stringify(expected));
    });
  });

  it('follows MMEngine where exported files could go wrong: merge rules, _delete_, del _base_, reserved names', () => {
    const base = "_base_ = ['../_base_/schedules/schedule_1x.py', '../_base_/default_runtime.py']\n";
    const [typeError, listReplaced, deleted, notPopped, delBase, reserved, mutated] = loadExportedWithPythonV3([
      `${base}load_from = dict(a=1)\n`,
      `${base}param_scheduler = [dict(type='ConstantLR')]\nvis_backends = [dict(x=1)]\n`,
      `${base}optim_wrapper = dict(optimizer=dict(_delete_=True, type='AdamW', lr=0.001))\n`,
      'optim_wrapper = dict(_delete_=True, clip_grad=dict(_delete_=True))\n',
      `${base}del _base_.auto_scale_lr\ndel _base_.resume\n`,
      'env_variables = 1\n',
      `${base}_base_.train_cfg.max_epochs = 3\n`,
    ]);
    expect(typeError).toMatchObject({ ok: false, error: expect.stringMatching(/^TypeError: load_from=/) });
    // Lists are replaced whole (allow_list_keys=False in fromfile), never merged by index.
    expect(listReplaced).toMatchObject({ ok: true, config: { param_scheduler: [{ type: 'ConstantLR' }], vis_backends: [{ x: 1 }], visualizer: { vis_backends: [{ type: 'LocalVisBackend' }] } } });
    expect(deleted?.ok && deleted.config.optim_wrapper).toEqual({ type: 'OptimWrapper', optimizer: { type: 'AdamW', lr: 0.001 } });
    expect(notPopped).toMatchObject({ ok: true, config: { optim_wrapper: { _delete_: true, clip_grad: { _delete_: true } } } });
    expect(delBase?.ok && ['resume', 'auto_scale_lr'].some((k) => k in delBase.config)).toBe(false);
    expect(delBase?.ok && Object.keys(delBase.config)[0]).toBe('train_cfg');
    expect(reserved).toMatchObject({ ok: false, error: "KeyError: 'env_variables is reserved for config file'" });
    expect(mutated).toMatchObject({ ok: true, config: { train_cfg: { max_epochs: 3 } } });
  });
});
