import { describe, expect, it } from 'vitest';
import { pyFloat, type PyDict } from '../python/value.ts';
import { listParamwiseGroups } from './paramwiseGroups.ts';
import { simulateSchedule } from './simulate.ts';

describe('listParamwiseGroups', () => {
  it('MMCV 1.x: unset multipliers are 1, so nothing is set apart', () => {
    expect(listParamwiseGroups('mmcv1', {}, 0.02, 1e-4)).toEqual([]);
    expect(listParamwiseGroups('mmcv1', { custom_keys: {} }, 0.02, 1e-4)).toEqual([]);
  });

  it('MMCV 1.x gives a depthwise bias dwconv_decay_mult, MMEngine gives it bias_decay_mult (their rule orders differ)', () => {
    const cfg: PyDict = { bias_decay_mult: pyFloat(0), dwconv_decay_mult: pyFloat(0.5) };
    const mmcv = listParamwiseGroups('mmcv1', cfg, 0.02, 1e-4);
    const engine = listParamwiseGroups('mmengine', cfg, 0.02, 1e-4);
    expect(mmcv.find((g) => g.kinds.includes('dwconvBias'))?.decayMult).toBe(0.5);
    expect(engine.find((g) => g.kinds.includes('dwconvBias'))?.decayMult).toBe(0);
    // Norm parameters keep the base settings when norm_decay_mult is not given.
    expect(mmcv.some((g) => g.kinds.includes('normWeight'))).toBe(false);
  });

  it('MMEngine: a norm bias without norm_decay_mult falls to bias_decay_mult; bias_lr_mult never reaches norm or DCN offsets', () => {
    const groups = listParamwiseGroups('mmengine', { bias_lr_mult: pyFloat(2), bias_decay_mult: pyFloat(0), dcn_offset_lr_mult: pyFloat(0.1) }, 0.02, 1e-4);
    const of = (k: string) => groups.find((g) => g.kinds.some((x) => x === k));
    expect(of('bias')).toMatchObject({ lr: 0.04, weightDecay: 0 });
    expect(of('normBias')).toMatchObject({ lr: 0.02, weightDecay: 0 });
    expect(of('normWeight')).toBeUndefined();
    expect(of('dcnOffset')).toMatchObject({ lrMult: 0.1, weightDecay: 1e-4 });
  });

  it('joins kinds that end up with equal settings into one group', () => {
    const groups = listParamwiseGroups('mmengine', { norm_decay_mult: pyFloat(0) }, 0.02, 1e-4);
    expect(groups.map((g) => g.kinds)).toEqual([['normWeight', 'normBias']]);
  });
});

describe('paramwise groups in the simulators', () => {
  it('a decay multiplier without the optimizer weight_decay raises as both constructors do', () => {
    const v3: PyDict = {
      optim_wrapper: { optimizer: { type: 'SGD', lr: 0.02 }, paramwise_cfg: { norm_decay_mult: pyFloat(0) } },
      train_cfg: { type: 'EpochBasedTrainLoop', max_epochs: 1 },
    };
    const r3 = simulateSchedule('mmengine', v3, { itersPerEpoch: 2 });
    expect(r3.ok ? '' : r3.error.message).toBe('ValueError: base_wd should not be None');
    const v2: PyDict = { optimizer: { type: 'SGD', lr: 0.02, paramwise_cfg: { bias_decay_mult: pyFloat(0) } }, runner: { type: 'EpochBasedRunner', max_epochs: 1 } };
    const r2 = simulateSchedule('mmcv1', v2, { itersPerEpoch: 2 });
    expect(r2.ok ? [] : r2.error.path).toEqual(['optimizer', 'paramwise_cfg', 'bias_decay_mult']);
  });

  it('MMCV 1.x draws constant weight-decay lines only when groups differ', () => {
    const base: PyDict = { optimizer: { type: 'SGD', lr: 0.02, weight_decay: pyFloat(1e-4) }, runner: { type: 'EpochBasedRunner', max_epochs: 1 } };
    const plain = simulateSchedule('mmcv1', base, { itersPerEpoch: 3 });
    expect(plain.ok && plain.curves.otherParams).toEqual([]);
    const withNorm = simulateSchedule('mmcv1', { ...base, optimizer: { type: 'SGD', lr: 0.02, weight_decay: pyFloat(1e-4), paramwise_cfg: { norm_decay_mult: pyFloat(0) } } }, { itersPerEpoch: 3 });
    if (!withNorm.ok) throw new Error(withNorm.error.message);
    const wd = withNorm.curves.otherParams?.[0];
    expect(wd?.paramName).toBe('weight_decay');
    expect([...(wd?.base ?? [])]).toEqual([1e-4, 1e-4, 1e-4]);
    expect([...(wd?.extraGroups[0] ?? [])]).toEqual([0, 0, 0]);
  });
});
