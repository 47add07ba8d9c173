import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../config/edit/importDocument.ts';
import { decodePyValue } from '../../test/oracle/loadWithPython.ts';
import { testDataDir } from '../../test/testData.ts';
import { pyEqual } from '../python/value.ts';
import type { PyDict, PyValue } from '../python/value.ts';
import { formatCfgOptionsLine, mergeFromDict, parseOptionValue, parseTrainCommand, renderCfgOptions, splitShellWords } from './index.ts';

const nodeFs = { readFile: (p: string) => { try { return readFileSync(p, 'utf8'); } catch { return undefined; } } };

describe('DictAction values', () => {
  it.each<[string, PyValue]>([
    ['0.01', 0.01],
    ['1', 1],
    ['1.0', { $float: 1 }],
    ['1e-4', 1e-4],
    ['1_000', 1000],
    ['true', true],
    ['None', null],
    ['none', 'none'],
    ['[8,11]', [8, 11]],
    ['8,11', [8, 11]],
    ['(3,)', { $tuple: [3] }],
    ['()', { $tuple: [] }],
    ['[(1333, 800), (1333, 640)]', [{ $tuple: [1333, 800] }, { $tuple: [1333, 640] }]],
    ["'a b'", 'ab'],
    ['"[a, b]"', ['a', 'b']],
  ])('%s', (text, value) => {
    expect(pyEqual(parseOptionValue(text), value)).toBe(true);
  });
});

describe('rendering the difference from the bases', () => {
  const bases: PyDict = {
    optimizer: { type: 'SGD', lr: 0.02, momentum: 0.9, weight_decay: 0.0001 },
    lr_config: { policy: 'step', warmup: 'linear', step: [8, 11] },
    param_scheduler: [{ type: 'LinearLR', end: 500 }, { type: 'MultiStepLR', milestones: [8, 11] }],
    work_dir: './w',
  };

  it('writes changed leaves, lists and tuples as DictAction reads them, quoted for the shell', () => {
    const config: PyDict = {
      ...bases,
      optimizer: { ...(bases.optimizer as PyDict), lr: 0.01 },
      lr_config: { ...(bases.lr_config as PyDict), step: [16, 22] },
      img_scale: { $tuple: [1333, 800] },
      param_scheduler: [{ type: 'LinearLR', end: 1000 }, { type: 'MultiStepLR', milestones: [8, 11] }],
    };
    const r = renderCfgOptions(config, bases);
    expect(r.impossible).toEqual([]);
    expect(formatCfgOptionsLine(r.args)).toBe(
      "--cfg-options optimizer.lr=0.01 'lr_config.step=[16,22]' param_scheduler.0.end=1000 'img_scale=(1333,800)'",
    );
  });

  it('replaces a dict with _delete_ where base keys must go, and reports what cannot be said', () => {
    const config: PyDict = {
      optimizer: { type: 'AdamW', lr: 0.0001 },
      lr_config: { policy: 'step', warmup: 'linear', step: [8, 11] },
      param_scheduler: [{ type: 'LinearLR', end: 500 }],
      note: 'two words',
    };
    const r = renderCfgOptions(config, bases);
    expect(r.args).toEqual(['optimizer._delete_=True', 'optimizer.type=AdamW', 'optimizer.lr=0.0001']);
    expect(r.impossible).toEqual([
      { path: 'param_scheduler', reason: 'dict-in-sequence' },
      { path: 'note', reason: 'not-representable' },
      { path: 'work_dir', reason: 'removed-top-level-key' },
    ]);
  });

  it('applies a pasted train.py command to a config', () => {
    const cmd = parseTrainCommand(
      "python tools/train.py configs/x.py --work-dir w \\\n  --cfg-options optimizer.lr=0.01 'lr_config.step=[16,22]' --auto-scale-lr",
      'mmcv1',
    );
    expect(cmd.configPath).toBe('configs/x.py');
    expect(cmd.problems).toEqual([]);
    const merged = mergeFromDict(bases, cmd.options);
    expect(merged.optimizer).toMatchObject({ lr: 0.01, momentum: 0.9 });
    expect(merged.lr_config).toMatchObject({ step: [16, 22] });
  });

  it('keeps only the last --cfg-options for MMCV 1.x and adds them up for MMEngine', () => {
    const line = 'python tools/train.py x.py --cfg-options a=1 --cfg-options b=2';
    expect(parseTrainCommand(line, 'mmcv1').options.map((o) => o.key)).toEqual(['b']);
    expect(parseTrainCommand(line, 'mmengine').options.map((o) => o.key)).toEqual(['a', 'b']);
    expect(parseTrainCommand('python tools/train.py x.py --options a=1 --cfg-options b=2', 'mmcv1').problems).toEqual([
      'ValueError: --options and --cfg-options cannot be both specified',
    ]);
  });

  it('splits shell words like a POSIX shell', () => {
    expect(splitShellWords(`a 'b c' "d \\"e\\"" f\\ g \\\nh`).words).toEqual(['a', 'b c', 'd "e"', 'f g', 'h']);
    expect(splitShellWords("a 'b").error).toBe('unclosed single quote');
  });
});

describe('the real MMDetection 2.25 configs', () => {
  it('their rendered options, applied to their bases by python3, give every key not reported back', () => {
    const root = join(testDataDir, 'fixtures/mmdet/v2/configs');
    const leaves = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((p) => p.endsWith('.py') && !p.startsWith('_base_'));
    const docs = leaves.map((leaf) => importDocument(join(root, leaf), nodeFs));
    const rendered = docs.map((d) => renderCfgOptions(d.config, d.inherited));
    const cases = docs.map((d, i) => ({ base: d.inherited, argv: rendered[i]?.args.length ? ['--cfg-options', ...(rendered[i]?.args ?? [])] : [], dialect: 'mmcv1' }));
    const run = spawnSync('python3', [join(import.meta.dirname, '../../test/oracle/apply_cfg_options.py')], { input: JSON.stringify(cases), encoding: 'utf8', maxBuffer: 1 << 28 });
    const results = JSON.parse(run.stdout) as { config?: unknown; error?: string }[];
    let fullyExpressible = 0;
    docs.forEach((d, i) => {
      const r = rendered[i];
      const py = results[i];
      expect(py?.error, leaves[i]).toBeUndefined();
      const got = decodePyValue(py?.config) as PyDict;
      const blocked = new Set(r?.impossible.map((x) => x.path.split('.')[0]));
      if (blocked.size === 0) fullyExpressible++;
      for (const key of Object.keys(d.config)) {
        if (!blocked.has(key)) expect(pyEqual(got[key] ?? null, d.config[key] ?? null), `${leaves[i]}: ${key}`).toBe(true);
      }
    });
    expect(fullyExpressible).toBeGreaterThan(10);
  });
});
