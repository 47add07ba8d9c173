import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { printJson } from '../../python/jsonText.ts';
import type { PyDict } from '../../python/value.ts';
import { createMemoryFs, loadConfig } from './loadConfig.ts';
import type { ConfigFs } from './loadConfig.ts';
import { testDataDir } from '../../../test/testData.ts';

const fixtures = join(testDataDir, 'fixtures/mmdet');
const expectedRoot = join(fixtures, 'expected');

const diskFs: ConfigFs = {
  readFile(path) {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
  },
};

function listJson(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return listJson(p);
    return name.endsWith('.json') ? [p] : [];
  });
}

/** Equality that also compares key order, as the real loader's dict order matters. */
function expectSameOrdered(got: unknown, want: unknown, path = ''): void {
  if (Array.isArray(want)) {
    expect(Array.isArray(got), path).toBe(true);
    const g = got as unknown[];
    expect(g.length, path).toBe(want.length);
    want.forEach((w, i) => expectSameOrdered(g[i], w, `${path}[${i}]`));
  } else if (typeof want === 'object' && want !== null) {
    expect(typeof got === 'object' && got !== null && !Array.isArray(got), path).toBe(true);
    const g = got as Record<string, unknown>;
    expect(Object.keys(g), path).toEqual(Object.keys(want));
    for (const [k, w] of Object.entries(want)) expectSameOrdered(g[k], w, `${path}.${k}`);
  } else expect(got, path).toBe(want);
}

const cases = listJson(expectedRoot).map((p) => relative(expectedRoot, p)).sort();

describe('loadConfig on the MMDetection fixtures', () => {
  it('finds the fixtures', () => {
    expect(cases.length).toBeGreaterThanOrEqual(50);
  });

  for (const rel of cases) {
    it(`loads ${rel.replace(/\.json$/, '.py')} exactly as upstream`, () => {
      const text = readFileSync(join(expectedRoot, rel), 'utf8');
      const expected = JSON.parse(text) as { file: string; loader: string; config: Record<string, unknown> };
      const result = loadConfig(join(fixtures, expected.file), diskFs);
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(result.dialect).toBe(expected.loader.startsWith('mmcv') ? 'mmcv1' : 'mmengine');
      expectSameOrdered(JSON.parse(printJson(result.config)), expected.config);
      // Byte-exact against Python's json.dumps(indent=2): keeps 2.0 vs 2 and 1e-05 apart.
      const whole: PyDict = { file: expected.file, loader: expected.loader, config: result.config };
      expect(printJson(whole, 2)).toBe(text.trimEnd());
    });
  }
});

describe('loadConfig semantics', () => {
  it('keeps _delete_ in a child-only dict and pops it where the base has the key', () => {
    const fs = createMemoryFs({
      '/c/base.py': "a = dict(x=1, y=2)\n",
      '/c/child.py': "_base_ = './base.py'\na = dict(_delete_=True, z=3)\nb = dict(_delete_=True, w=4)\n",
    });
    const r = loadConfig('/c/child.py', fs);
    expect(r.config).toEqual({ a: { z: 3 }, b: { _delete_: true, w: 4 } });
    expect(r.dialect).toBe('mmcv1');
  });

  it('reports a dict merged into a non-dict at the child key, with the fix', () => {
    const fs = createMemoryFs({
      '/c/base.py': 'lr = [1, 2]\n',
      '/c/child.py': "_base_ = ['./base.py']\n\nlr = dict(\n    policy='step')\n",
    });
    const r = loadConfig('/c/child.py', fs);
    const err = r.diagnostics.find((d) => d.severity === 'error');
    expect(err?.file).toBe('/c/child.py');
    expect(err?.line).toBe(3);
    expect(err?.message).toBe(
      "lr={'policy': 'step'} in child config cannot inherit from base because lr is a dict in the child config but is of type <class 'list'> in base config. You may set `_delete_=True` to ignore the base config.",
    );
  });

  it('refuses duplicate keys among bases', () => {
    const fs = createMemoryFs({ '/c/a.py': 'x = 1\n', '/c/b.py': 'x = 2\n', '/c/c.py': "_base_ = ['a.py', 'b.py']\n" });
    const r = loadConfig('/c/c.py', fs);
    expect(r.diagnostics.some((d) => d.message.startsWith('Duplicate key is not allowed among bases'))).toBe(true);
  });

  it('replaces lists from the base instead of merging them', () => {
    const fs = createMemoryFs({
      '/c/base.py': 'lr_config = dict(step=[8, 11], warmup=None)\n',
      '/c/child.py': "_base_ = 'base.py'\nlr_config = dict(step=[27])\n",
    });
    expect(loadConfig('/c/child.py', fs).config).toEqual({ lr_config: { step: [27], warmup: null } });
  });

  it('keeps a missing base as a warning and uses built-in runtime bases', () => {
    const fs = createMemoryFs({
      '/p/configs/x/leaf.py':
        "_base_ = ['../_base_/models/m.py', '../_base_/schedules/schedule_1x.py', '../_base_/default_runtime.py']\nrunner = dict(max_epochs=24)\n",
    });
    const r = loadConfig('/p/configs/x/leaf.py', fs);
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.diagnostics.filter((d) => d.severity === 'warning')).toHaveLength(1);
    expect(r.bases.map((b) => b.source)).toEqual(['missing', 'builtin', 'builtin']);
    expect(r.config.runner).toEqual({ type: 'EpochBasedRunner', max_epochs: 24 });
    expect(Object.keys(r.config)[0]).toBe('optimizer');
    expect(r.sourceMap.runner).toMatchObject({ file: '/p/configs/x/leaf.py', line: 2, column: 1 });
  });

  it('resolves {{_base_.x}} and predefined variables', () => {
    const fs = createMemoryFs({
      '/c/base.py': "m = dict(mean=[1, 2])\n",
      '/c/child.py': "_base_ = 'base.py'\nn = dict(mean={{_base_.m.mean}}, name='{{ fileBasenameNoExtension }}')\n",
    });
    expect(loadConfig('/c/child.py', fs).config.n).toEqual({ mean: [1, 2], name: 'child' });
  });

  it('keeps a 3.x chain 3.x when the leaf adds only a 2.x key (MMDetection 3.3 ga-fast-rcnn)', () => {
    const fs = createMemoryFs({
      '/c/base.py': "param_scheduler = [dict(type='MultiStepLR', milestones=[8, 11])]\ntrain_cfg = dict(type='EpochBasedTrainLoop', max_epochs=12)\n",
      '/c/leaf.py': "_base_ = 'base.py'\noptimizer_config = dict(grad_clip=None)\n",
      '/c/old.py': "_base_ = 'old_base.py'\noptimizer_config = dict(grad_clip=None)\n",
      '/c/old_base.py': "lr_config = dict(policy='step', step=[8, 11])\n",
    });
    const r = loadConfig('/c/leaf.py', fs);
    expect(r.dialect).toBe('mmengine');
    expect(r.dialectReason).toBe('/c/base.py defines param_scheduler');
    expect(loadConfig('/c/old.py', fs).dialect).toBe('mmcv1');
  });

  it('merges with ConfigDict.merge() in lazy configs as MMEngine does (MMDetection 3.3 rtmdet_ins, dino swin-l)', () => {
    const fs = createMemoryFs({
      '/c/base.py': "model = dict(type='M', backbone=dict(depth=50, init_cfg=dict(type='Caffe', ckpt='x')), neck=5)\ntrain_dataloader = dict(batch_size=2, num_workers=2)\n",
      '/c/lazy.py': [
        'from mmengine.config import read_base',
        'with read_base():',
        '    from .base import *',
        "model.merge(dict(backbone=dict(depth=101, init_cfg=dict(_delete_=True, type='Pretrained')), neck=dict(out=3), extra=[1, dict(_delete_=True, q=1)]))",
        'train_dataloader.merge(dict(_delete_=True, batch_size=4))',
        '',
      ].join('\n'),
    });
    const r = loadConfig('/c/lazy.py', fs);
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    // `_delete_` clears the dict's own level; a dict replacing a non-dict, and dicts inside lists, are taken as written.
    expect(printJson(r.config)).toBe(
      printJson({
        model: { type: 'M', backbone: { depth: 101, init_cfg: { type: 'Pretrained' } }, neck: { out: 3 }, extra: [1, { _delete_: true, q: 1 }] },
        train_dataloader: { batch_size: 4 },
      }),
    );
  });

  it('applies MMEngine _base_ assignments, del and reads', () => {
    const fs = createMemoryFs({
      '/c/base.py': "param_scheduler = [dict(type='LinearLR'), dict(type='MultiStepLR', milestones=[8, 11])]\nmodel = dict(a=1, b=2)\nx = 1\n",
      '/c/child.py':
        "_base_ = 'base.py'\n_base_.param_scheduler[1].milestones = [16, 22]\nm = _base_.model\nm.pop('a')\ndel _base_.model\nmodel = dict(inner=m)\ny = _base_.x + 1\n",
    });
    const r = loadConfig('/c/child.py', fs);
    expect(r.dialect).toBe('mmengine');
    expect(r.config).toEqual({
      param_scheduler: [{ type: 'LinearLR' }, { type: 'MultiStepLR', milestones: [16, 22] }],
      x: 1,
      m: { b: 2 },
      model: { inner: { b: 2 } },
      y: 2,
    });
  });

  it('never throws on a missing root file', () => {
    const r = loadConfig('/nope.py', createMemoryFs({}));
    expect(r.diagnostics[0]?.severity).toBe('error');
    expect(r.config).toEqual({});
  });
});
