import { describe, expect, it } from 'vitest';
import { assertWithBatchedOracle } from '../../test/oracle/assertWithBatchedOracle.ts';
import { pyValueArb } from '../../test/oracle/configArbitraries.ts';
import { loadExportedWithPython } from '../../test/oracle/loadWithPython.ts';
import type { PythonLoadResult } from '../../test/oracle/loadWithPython.ts';
import { printValue } from './printValue.ts';
import type { PyValue } from './value.ts';
import { pyEqual } from './value.ts';

describe('printValue', () => {
  it('writes MMDetection style: dict(), mapping dicts, tuples, None/True/False', () => {
    expect(printValue({ type: 'SGD', lr: 0.02, momentum: 0.9, nesterov: true, x: null })).toBe("dict(type='SGD', lr=0.02, momentum=0.9, nesterov=True, x=None)");
    expect(printValue({ 'a b': 1, class: { $float: 2 } })).toBe("{'a b': 1, 'class': 2.0}");
    expect(printValue({ custom_keys: { backbone: { lr_mult: 0.1, decay_mult: { $float: 1 } } } })).toBe("dict(custom_keys={'backbone': dict(lr_mult=0.1, decay_mult=1.0)})");
    expect(printValue({ betas: { $tuple: [0.9, 0.999] }, one: { $tuple: ['x'] }, none: { $tuple: [] }, l: [], d: {} })).toBe("dict(betas=(0.9, 0.999), one=('x', ), none=(), l=[], d=dict())");
    expect(printValue(2 ** 60)).toBe('1152921504606846976');
  });

  it('breaks after the opening bracket with a hanging indent, like the mmdet files', () => {
    const lr = { policy: 'step', warmup: 'linear', warmup_iters: 500, warmup_ratio: 0.001, step: [8, 11] };
    expect(`lr_config = ${printValue(lr, 0, 79, 12)}`).toBe(
      "lr_config = dict(\n    policy='step',\n    warmup='linear',\n    warmup_iters=500,\n    warmup_ratio=0.001,\n    step=[8, 11])",
    );
    const norm = { mean: [123.675, 116.28, 103.53], std: [58.395, 57.12, 57.375], to_rgb: true };
    expect(`img_norm_cfg = ${printValue(norm, 0, 79, 15)}`).toBe(
      'img_norm_cfg = dict(\n    mean=[123.675, 116.28, 103.53], std=[58.395, 57.12, 57.375], to_rgb=True)',
    );
    const long = Array.from({ length: 30 }, (_, i) => i * 1000);
    for (const line of printValue({ steps: long }).split('\n')) expect(line.length).toBeLessThanOrEqual(79);
  });

  it('reads back through python3 as the same value (one python process)', () => {
    const toInputs = (v: PyValue): string[] => [`value = ${printValue(v, 0, 79, 8)}\n`];
    const stats = assertWithBatchedOracle(pyValueArb, toInputs, loadExportedWithPython, (v, [loaded]: PythonLoadResult[]) => {
      expect(loaded?.ok ? pyEqual(loaded.config.value ?? null, v) : loaded).toBe(true);
    }, 1000);
    expect(stats).toMatchObject({ unbatched: 0 });
    expect(stats.batched).toBeGreaterThan(500);
  });
});
