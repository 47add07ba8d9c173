import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toPlain } from '../../../python/jsonText.ts';
import { loadConfigsWithPython, loadExportedWithPython, mmdetV2Configs } from '../../../../test/oracle/loadWithPython.ts';

const expectedRoot = join(mmdetV2Configs, '../../expected/v2/configs');

function listLeafConfigs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.isDirectory()) return e.name === '_base_' ? [] : listLeafConfigs(join(dir, e.name));
    return e.name.endsWith('.py') ? [join(dir, e.name)] : [];
  });
}

describe('mmcv_loader.py (the test oracle)', () => {
  it('loads every MMDetection 2.25 leaf config exactly as mmcv 1.7.2 did, key order included', () => {
    const leaves = listLeafConfigs(mmdetV2Configs);
    expect(leaves.length).toBe(23);
    const results = loadConfigsWithPython(leaves);
    leaves.forEach((leaf, i) => {
      const result = results[i];
      const expectedPath = join(expectedRoot, relative(mmdetV2Configs, leaf).replace(/\.py$/, '.json'));
      const expected: unknown = JSON.parse(readFileSync(expectedPath, 'utf8')).config;
      if (!result?.ok) throw new Error(`${leaf}: ${JSON.stringify(result)}`);
      expect(JSON.stringify(toPlain(result.config)), leaf).toBe(JSON.stringify(expected));
    });
  });

  it('follows mmcv where exported files could go wrong: TypeError, _delete_, reserved names', () => {
    const base = "_base_ = ['../_base_/default_runtime.py', '../_base_/schedules/schedule_1x.py']\n";
    const [typeError, deleted, nested, reserved, notPopped] = loadExportedWithPython([
      `${base}optimizer_config = dict(grad_clip=dict(max_norm=35))\n`,
      `${base}optimizer = dict(_delete_=True, type='AdamW', lr=0.001)\n`,
      `${base}optimizer_config = dict(grad_clip=dict(_delete_=True, max_norm=35, inner=dict(_delete_=True)))\n`,
      'text = 1\n',
      'optimizer = dict(_delete_=True, lr=1)\n',
    ]);
    expect(typeError).toMatchObject({ ok: false, error: expect.stringMatching(/^TypeError: grad_clip=/) });
    expect(deleted).toMatchObject({ ok: true, config: { optimizer: { type: 'AdamW', lr: 0.001 } } });
    expect(deleted?.ok && Object.keys(deleted.config.optimizer ?? {})).toEqual(['type', 'lr']);
    expect(nested).toMatchObject({ ok: true, config: { optimizer_config: { grad_clip: { max_norm: 35, inner: { _delete_: true } } } } });
    expect(reserved).toMatchObject({ ok: false, error: 'KeyError: \'text is reserved for config file\'' });
    expect(notPopped).toMatchObject({ ok: true, config: { optimizer: { _delete_: true, lr: 1 } } });
  });
});
