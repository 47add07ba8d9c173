/**
 * Top-level `if` statements (mmselfsup 0.11 configs and bases use them): the condition is a
 * constant known at read time, only the taken branch's statements apply. python3 is the oracle:
 * each file set is loaded by the mmcv 1.x and mmengine loaders (which exec the files) and by ours.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPyDict, pyEqual } from '../../python/value.ts';
import { runOracle } from '../../../test/oracle/loadWithPython.ts';
import { createMemoryFs, loadConfig } from './loadConfig.ts';
import type { DialectId } from './loadConfig.ts';

type FileSet = Record<string, string>;

const base = `
use_ema = False
dataset_type = 'CIFAR10'
if dataset_type == 'CIFAR10':
    num_classes = 10
    img_norm = dict(mean=[125.3, 123.0, 113.9])
elif dataset_type == 'CIFAR100':
    num_classes = 100
else:
    num_classes = 1000
if use_ema: custom_hooks = [dict(type='EMAHook')]
`;

const sets: { name: string; files: FileSet }[] = [
  {
    name: 'if/elif/else in a base, read by the leaf',
    files: {
      'configs/_base_/data.py': base,
      'configs/leaf.py': `_base_ = './_base_/data.py'\nmodel = dict(head=dict(num_classes=7))\n`,
    },
  },
  {
    name: 'nested ifs, else taken, names defined earlier',
    files: {
      'configs/leaf.py': `
lr = 0.1
warmup = None
if lr > 1:
    optimizer = dict(type='SGD', lr=lr)
else:
    if warmup is None and not [] :
        optimizer = dict(type='LARS', lr=lr * 2)
        extra = 1
    else:
        optimizer = dict(type='Adam', lr=lr / 2)
    lr_config = dict(policy='step', step=[30, 60])
if 'SGD' in ('SGD', 'Adam'): pass
`,
    },
  },
  {
    name: 'elif chain where the last clause is taken, with del and augmented assignment',
    files: {
      'configs/leaf.py': `
size = 224
crop = [size, size]
if size < 100:
    crop = None
elif size < 200:
    crop = [1]
elif size == 224:
    crop += [3]
    tmp = 1
    del tmp
total_epochs = 12 if size else 24
`,
    },
  },
  {
    name: 'no branch taken',
    files: { 'configs/leaf.py': `a = 1\nif a == 2:\n    a = 3\nelif a == 4:\n    a = 5\nb = dict(a=a)\n` },
  },
];

function oracleBatch(files: FileSet[], script: 'mmcv_loader.py' | 'mmengine_loader.py'): ReturnType<typeof runOracle> {
  const root = mkdtempSync(join(tmpdir(), 'mmcfg-if-'));
  try {
    const paths = files.map((set, i) => {
      for (const [rel, text] of Object.entries(set)) {
        const p = join(root, String(i), rel);
        mkdirSync(dirname(p), { recursive: true });
        writeFileSync(p, text, 'utf8');
      }
      return join(root, String(i), 'configs/leaf.py');
    });
    return runOracle(script, paths);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

function loadTs(set: FileSet, dialect: DialectId): ReturnType<typeof loadConfig> {
  const fs = createMemoryFs(Object.fromEntries(Object.entries(set).map(([p, t]) => [`/r/${p}`, t])));
  return loadConfig('/r/configs/leaf.py', fs, { dialect });
}

describe.each([
  ['mmcv1' as const, 'mmcv_loader.py' as const],
  ['mmengine' as const, 'mmengine_loader.py' as const],
])('top-level if statements (%s dialect) against python3', (dialect, script) => {
  const py = oracleBatch(
    sets.map((s) => s.files),
    script,
  );
  it.each(sets.map((s, i) => [s.name, i] as const))('%s', (_name, i) => {
    const set = sets[i];
    const want = py[i];
    if (set === undefined || want === undefined) throw new Error('missing case');
    expect(want.ok, JSON.stringify(want)).toBe(true);
    const ts = loadTs(set.files, dialect);
    expect(ts.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    if (!want.ok) return;
    expect(pyEqual(ts.config, want.config), `ts: ${JSON.stringify(ts.config)}\npy: ${JSON.stringify(want.config)}`).toBe(true);
    expect(isPyDict(ts.config) && Object.keys(ts.config)).toEqual(Object.keys(want.config));
  });
});

describe('if conditions that are not known at read time', () => {
  it('an imported name as condition is a located error and neither branch applies', () => {
    const r = loadTs({ 'configs/leaf.py': `import os\nx = 1\nif os:\n    x = 2\nelse:\n    x = 3\n` }, 'mmcv1');
    const errors = r.diagnostics.filter((d) => d.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: 3, column: 4 });
    expect(errors[0]?.message).toMatch(/not known when the config is read/);
    expect(isPyDict(r.config) && r.config['x']).toBe(1);
    const attr = loadTs({ 'configs/leaf.py': `import os\nx = 1\nif os.environ.get('A'):\n    x = 2\n` }, 'mmcv1');
    expect(attr.diagnostics.filter((d) => d.severity === 'error').map((d) => d.line)).toEqual([3]);
    expect(isPyDict(attr.config) && attr.config['x']).toBe(1);
  });

  it('an undefined name in the condition is reported at the name', () => {
    const r = loadTs({ 'configs/leaf.py': `x = 1\nif y:\n    x = 2\n` }, 'mmcv1');
    const errors = r.diagnostics.filter((d) => d.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: 2, column: 4 });
    expect(errors[0]?.message).toMatch(/'y' is not defined/);
  });

  it('a missing colon or body is a syntax error at its line', () => {
    const noColon = loadTs({ 'configs/leaf.py': `x = 1\nif x\n    x = 2\n` }, 'mmcv1');
    expect(noColon.diagnostics.some((d) => d.severity === 'error' && d.line === 2)).toBe(true);
    const noBody = loadTs({ 'configs/leaf.py': `x = 1\nif x:\nx = 2\n` }, 'mmcv1');
    expect(noBody.diagnostics.some((d) => d.severity === 'error' && d.line === 3 && /indented block/.test(d.message))).toBe(true);
  });
});
