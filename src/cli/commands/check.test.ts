import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLeaf } from '../checkFindings.ts';

const work = mkdtempSync(join(tmpdir(), 'mmcfg-cli-check-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A leaf over MMDetection 3.3's schedule_1x and default_runtime (the built-in copies). */
function writeV3Leaf(name: string, lines: string[]): string {
  const file = join(work, 'configs', name);
  mkdirSync(join(work, 'configs'), { recursive: true });
  writeFileSync(file, ["_base_ = ['../_base_/schedules/schedule_1x.py', '../_base_/default_runtime.py']", ...lines, ''].join('\n'));
  return file;
}

const format = (file: string) => checkLeaf(file).map((d) => `${d.line}:${d.column}: ${d.severity}: ${d.message} [${d.rule}]`);

describe('mmcfg check on 3.x (MMEngine) configs', () => {
  it("runs the 3.x dialect's rules, located where the leaf writes the field", () => {
    const file = writeV3Leaf('bad_lr.py', ['optim_wrapper = dict(optimizer=dict(lr=-0.02))']);
    expect(format(file)).toContain('2:37: error: optim_wrapper.optimizer.lr: Must be > 0; found -0.02. [field/invalid-value]');
  });

  it('reports nothing for a valid leaf', () => {
    // The Runner wants each of train/val/test complete (dataloader, loop, evaluator) or absent.
    const file = writeV3Leaf('good.py', [
      'optim_wrapper = dict(optimizer=dict(lr=0.01))',
      "train_dataloader = dict(batch_size=2, dataset=dict(type='CocoDataset'))",
      "val_dataloader = dict(batch_size=1, dataset=dict(type='CocoDataset'))",
      "val_evaluator = dict(type='CocoMetric')",
      'test_dataloader = val_dataloader',
      'test_evaluator = val_evaluator',
    ]);
    expect(format(file)).toEqual([]);
  });
});
