import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfigsWithPython } from '../../test/oracle/loadWithPython.ts';
import { testDataDir } from '../../test/testData.ts';
import { pyEqual } from '../../core/python/value.ts';
import { checkLeaf } from '../checkFindings.ts';
import { exportFile } from './export.ts';

const v2Root = join(testDataDir, 'fixtures/mmdet/v2/configs');
const leaves = readdirSync(v2Root, { recursive: true, encoding: 'utf8' })
  .filter((p) => p.endsWith('.py') && !p.startsWith('_base_'))
  .map((p) => join(v2Root, p))
  .sort();
const work = mkdtempSync(join(tmpdir(), 'mmcfg-cli-export-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('mmcfg export', () => {
  it('round-trips every v2 fixture to the same dict (python3), with and without --standalone', () => {
    expect(leaves.length).toBe(23);
    cpSync(v2Root, work, { recursive: true });
    const paths = leaves.flatMap((leaf, i) => {
      const inherit = exportFile(leaf, false);
      const standalone = exportFile(leaf, true);
      expect([...inherit.diagnostics, ...standalone.diagnostics], leaf).toEqual([]);
      expect(inherit.text).toBe(readFileSync(leaf, 'utf8'));
      // The inherited export sits where the leaf was, so its relative `_base_` resolves the same.
      const rel = leaf.slice(v2Root.length + 1).replace(/\.py$/, '');
      const a = join(work, `${rel}__cli_${i}.py`);
      const b = join(work, `standalone_${i}.py`);
      writeFileSync(a, inherit.text);
      writeFileSync(b, standalone.text);
      return [leaf, a, b];
    });
    const loaded = loadConfigsWithPython(paths);
    for (let i = 0; i < loaded.length; i += 3) {
      const [orig, inherit, standalone] = [loaded[i], loaded[i + 1], loaded[i + 2]];
      if (!orig?.ok || !inherit?.ok || !standalone?.ok) throw new Error(`${paths[i]}: ${JSON.stringify([orig, inherit, standalone]).slice(0, 500)}`);
      expect(pyEqual(inherit.config, orig.config), paths[i]).toBe(true);
      expect(pyEqual(standalone.config, orig.config), paths[i]).toBe(true);
    }
  });

  it('keeps in a standalone file the _delete_ the loaders keep (bases without the key), not the popped ones (python3)', () => {
    mkdirSync(join(work, 'del'), { recursive: true });
    writeFileSync(join(work, 'del/base.py'), "optimizer = dict(type='SGD', lr=0.02, momentum=0.9)\n");
    const leaf = join(work, 'del/leaf.py');
    writeFileSync(leaf, "_base_ = './base.py'\noptimizer = dict(_delete_=True, type='AdamW', lr=0.0001)\nfp16 = dict(_delete_=True, loss_scale=512.0)\n");
    const standalone = exportFile(leaf, true);
    expect(standalone.diagnostics).toEqual([]);
    expect(standalone.text).toContain('fp16 = dict(_delete_=True, loss_scale=512.0)');
    expect(standalone.text).toContain("optimizer = dict(type='AdamW', lr=0.0001)");
    const out = join(work, 'del/standalone.py');
    writeFileSync(out, standalone.text);
    const [orig, back] = loadConfigsWithPython([leaf, out]);
    if (!orig?.ok || !back?.ok) throw new Error(JSON.stringify([orig, back]).slice(0, 500));
    expect(pyEqual(back.config, orig.config)).toBe(true);
  });

  it('prints the file on stdout, and FILE:LINE:COL errors with exit 1 from the command line', () => {
    const leaf = leaves[0] ?? '';
    const ok = spawnSync('npx', ['tsx', 'src/cli/main.ts', 'export', leaf], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toBe(readFileSync(leaf, 'utf8'));
    const bad = join(work, 'broken.py');
    writeFileSync(bad, 'x = 1\noptimizer = dict(\n');
    const failed = spawnSync('npx', ['tsx', 'src/cli/main.ts', 'export', bad, '--standalone'], { encoding: 'utf8' });
    expect(failed.status).toBe(1);
    expect(failed.stderr).toMatch(/broken\.py:2:17: error: /);
  });
});

describe('mmcfg check runtime warnings', () => {
  it('reports validateConfig messages at the line and column the field is written', () => {
    cpSync(join(v2Root, '_base_'), join(work, '_base_'), { recursive: true });
    const file = join(work, 'sub', 'bad.py');
    mkdirSync(join(work, 'sub'), { recursive: true });
    writeFileSync(
      file,
      [
        "_base_ = ['../_base_/default_runtime.py', '../_base_/schedules/schedule_1x.py']",
        "optimizer = dict(type='SGD', lr=-0.02)",
        "lr_config = dict(policy='cosine')",
        '',
      ].join('\n'),
    );
    const messages = checkLeaf(file).map((d) => `${d.line}:${d.column}: ${d.severity}: ${d.message}`);
    expect(messages).toContain('2:30: error: optimizer.lr: Must be > 0; found -0.02.');
    // MMCV looks up `CosineLrUpdaterHook`, which is not registered: training stops (KeyError).
    expect(messages.some((m) => m.startsWith("3:18: error: lr_config.policy: KeyError: 'CosineLrUpdaterHook'"))).toBe(true);
  });

  it('finds nothing to report in the real MMDetection 2.25 configs', () => {
    // The loader and the field checks find nothing; the engine's rules no error (warnings are advice).
    for (const leaf of leaves) {
      const found = checkLeaf(leaf);
      expect(found.filter((f) => f.rule.startsWith('config/') || f.rule.startsWith('field/')), leaf).toEqual([]);
      expect(found.filter((f) => f.severity === 'error'), leaf).toEqual([]);
    }
  });

  it('--standalone on a lazy-import config writes its imports instead of refusing (issue 10)', () => {
    const detr = join(testDataDir, 'fixtures/mmdet/v3/mmdet_configs/detr/detr_r50_8xb2_150e_coco.py');
    const result = exportFile(detr, true);
    expect(result.diagnostics).toEqual([]);
    expect(result.text).toContain('from mmengine.runner.loops import EpochBasedTrainLoop, TestLoop, ValLoop\n');
    expect(result.text).toMatch(/type=EpochBasedTrainLoop\b/);
    expect(result.text).not.toContain('mmengine.runner.loops.EpochBasedTrainLoop');
  });
});
