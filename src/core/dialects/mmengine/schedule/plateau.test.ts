import { describe, expect, it } from 'vitest';
import { pyFloat, type PyDict } from '../../../python/value.ts';
import { simulateMmengine } from './simulate.ts';

function config(plateau: PyDict, train: PyDict = { type: 'EpochBasedTrainLoop', max_epochs: 4 }): PyDict {
  return {
    optim_wrapper: { optimizer: { type: 'SGD', lr: pyFloat(0.02), momentum: pyFloat(0.9), weight_decay: pyFloat(1e-4) } },
    param_scheduler: [{ type: 'ReduceOnPlateauLR', ...plateau }],
    train_cfg: train,
  };
}

function errorOf(cfg: PyDict): string {
  const r = simulateMmengine(cfg, { itersPerEpoch: 2 });
  return r.ok ? '' : r.error.message;
}

describe('ReduceOnPlateau (MMEngine 0.10.7)', () => {
  it('raises what its __init__ raises', () => {
    expect(errorOf(config({ factor: pyFloat(1.0) }))).toBe('ValueError: Factor should be < 1.0.');
    expect(errorOf(config({ by_epoch: false }))).toBe('AssertionError: Now ReduceOnPlateauLR only support by_epoch=True');
    expect(errorOf(config({ convert_to_iter_based: true }))).toContain("has no attribute 'build_iter_from_epoch'");
    expect(errorOf(config({ rule: 'max' }))).toBe('ValueError: mode max is unknown!');
    expect(errorOf(config({ threshold_rule: 'pct' }))).toBe('ValueError: threshold mode pct is unknown!');
    expect(errorOf(config({ threshold: pyFloat(-1) }))).toBe('ValueError: threshold -1.0 should be >= 0.');
    expect(errorOf(config({ min_value: [pyFloat(0), pyFloat(0)] }))).toBe('ValueError: expected 1 min_lrs, got 2');
  });

  it('holds its value without metrics, and metrics past the last validation change nothing', () => {
    const none = simulateMmengine(config({ patience: 0 }), { itersPerEpoch: 2 });
    expect(none.ok && [...none.curves.base.lr]).toEqual(Array(8).fill(0.02));
    const many = simulateMmengine(config({ patience: 0, factor: pyFloat(0.5) }), { itersPerEpoch: 2, metrics: [1, 2, 3, 4, 5, 6, 7] });
    // Epochs 1-3 end with a validation the scheduler counts (global step 1-3 < end 4); loss 2, 3 are worse.
    expect(many.ok && [...many.curves.base.lr]).toEqual([0.02, 0.02, 0.02, 0.02, 0.01, 0.01, 0.005, 0.005]);
  });

  it('starts best at int(1e9): a larger first loss is not an improvement', () => {
    const r = simulateMmengine(config({ patience: 0, factor: pyFloat(0.5) }), { itersPerEpoch: 1, metrics: [2e9, 3e9] });
    expect(r.ok && [...r.curves.base.lr]).toEqual([0.02, 0.01, 0.005, 0.005]);
  });
});
