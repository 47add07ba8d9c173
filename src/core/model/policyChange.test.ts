import { describe, expect, it } from 'vitest';
import { inheritedBaseV2 } from './bases.ts';
import { lrPolicies, momentumPolicies } from './policies.ts';
import { changeLrPolicy, changeMomentumPolicy, changeRunnerType } from './policyChange.ts';
import { validateConfig } from './validate.ts';

const base = () => ({ ...inheritedBaseV2('1x'), evaluation: { interval: 1, metric: 'bbox' } });

describe('changeLrPolicy', () => {
  it('drops step arguments and adds min_lr_ratio for CosineAnnealing', () => {
    const next = changeLrPolicy(base(), 'CosineAnnealing');
    expect(next.lr_config).toEqual({ policy: 'CosineAnnealing', warmup: 'linear', warmup_iters: 500, warmup_ratio: 0.001, min_lr_ratio: 1e-5 });
  });

  it('keeps a min_lr the user has instead of adding min_lr_ratio', () => {
    const start = changeLrPolicy(base(), 'poly');
    const next = changeLrPolicy({ ...start, lr_config: { ...(start.lr_config as object), min_lr: 0 } }, 'CosineAnnealing');
    expect(next.lr_config).toMatchObject({ min_lr: 0 });
    expect(next.lr_config).not.toHaveProperty('min_lr_ratio');
  });

  it('sets and later drops by_epoch=False for OneCycle', () => {
    const one = changeLrPolicy(base(), 'OneCycle');
    expect(one.lr_config).toMatchObject({ by_epoch: false });
    expect(changeLrPolicy(one, 'step').lr_config).not.toHaveProperty('by_epoch');
  });

  it.each(lrPolicies)('gives a config that validates clean for %s', (policy) => {
    const errors = validateConfig(changeLrPolicy(base(), policy)).filter((m) => m.severity === 'error');
    expect(errors).toEqual([]);
  });
});

describe('changeMomentumPolicy', () => {
  it.each(momentumPolicies)('gives a config that validates clean for %s', (policy) => {
    const errors = validateConfig(changeMomentumPolicy(base(), policy)).filter((m) => m.severity === 'error');
    expect(errors).toEqual([]);
  });

  it('turns momentum off', () => {
    expect(changeMomentumPolicy(base(), null)).not.toHaveProperty('momentum_config');
    expect(changeMomentumPolicy(changeMomentumPolicy(base(), 'step'), null).momentum_config).toBeNull();
  });
});

describe('changeRunnerType', () => {
  it('swaps max_epochs for max_iters and back', () => {
    const iter = changeRunnerType(base(), 'IterBasedRunner', 7330);
    expect(iter.runner).toEqual({ type: 'IterBasedRunner', max_iters: 87960 });
    expect(changeRunnerType(iter, 'EpochBasedRunner', 7330).runner).toEqual({ type: 'EpochBasedRunner', max_epochs: 12 });
    expect(changeRunnerType(base(), 'IterBasedRunner').runner).toEqual({ type: 'IterBasedRunner', max_iters: 90000 });
  });
});
