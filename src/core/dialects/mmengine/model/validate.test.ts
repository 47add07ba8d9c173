import { describe, expect, it } from 'vitest';
import type { PyDict } from '../../../python/value.ts';
import { pyFloat } from '../../../python/value.ts';
import { inheritedBaseV3 } from './bases.ts';
import { validateConfigV3 } from './validate.ts';
import { simulateMmengine } from '../schedule/simulate.ts';

const at = (config: PyDict) => validateConfigV3(config).map((m) => `${m.severity} ${m.path.join('.')}`);

const withSchedulers = (...entries: PyDict[]): PyDict => ({ ...inheritedBaseV3('1x'), param_scheduler: entries });

describe('validateConfigV3', () => {
  it('checks each scheduler: begin < end, conversion, milestones, warmup factor, eta_min pair, unknown types and arguments', () => {
    expect(at(withSchedulers({ type: 'LinearLR', begin: 10, end: 5 }))).toContain('error param_scheduler.0.end');
    expect(at(withSchedulers({ type: 'CosineAnnealingLR', by_epoch: false, convert_to_iter_based: true, end: 5 }))).toContain('error param_scheduler.0.convert_to_iter_based');
    expect(at(withSchedulers({ type: 'MultiStepLR', milestones: [11, 8], end: 12 }))).toContain('warning param_scheduler.0.milestones');
    expect(at(withSchedulers({ type: 'MultiStepLR', milestones: [8, 20], begin: 0, end: 12 }))).toContain('warning param_scheduler.0.milestones');
    expect(at(withSchedulers({ type: 'MultiStepLR', end: 12 }))).toContain('error param_scheduler.0.milestones');
    expect(at(withSchedulers({ type: 'LinearLR', start_factor: pyFloat(1.5), end: 500 }))).toContain('error param_scheduler.0.start_factor');
    expect(at(withSchedulers({ type: 'LinearLR', start_factor: 0, end: 500 }))).toContain('warning param_scheduler.0.start_factor');
    expect(at(withSchedulers({ type: 'CosineAnnealingLR', eta_min: 0.1, eta_min_ratio: 0.01, end: 5 }))).toContain('error param_scheduler.0.eta_min_ratio');
    expect(at(withSchedulers({ type: 'FancyLR' }))).toContain('warning param_scheduler.0.type');
    expect(at(withSchedulers({ type: 'ReduceOnPlateauLR', monitor: 'loss' }))).toEqual([]);
    expect(at(withSchedulers({ type: 'StepLR', step_size: 3, milestones: [1] }))).toContain('error param_scheduler.0.milestones');
    expect(at(withSchedulers({ type: 'OneCycleLR', eta_max: 0.1 }))).toContain('error param_scheduler.0.total_steps');
    expect(at(withSchedulers({ type: 'CosineRestartLR', periods: [5, 5], restart_weights: [1] }))).toContain('error param_scheduler.0.restart_weights');
    expect(at(withSchedulers({ type: 'mmdet.QuadraticWarmupLR', by_epoch: true, begin: 0, end: 5, convert_to_iter_based: true }))).toEqual([]);
  });

  it('checks the loop: length argument per type, val_interval, missing sections', () => {
    expect(at({ ...inheritedBaseV3('1x'), train_cfg: { type: 'IterBasedTrainLoop', max_epochs: 12 } })).toEqual(expect.arrayContaining(['error train_cfg.max_epochs', 'error train_cfg.max_iters']));
    expect(at({ ...inheritedBaseV3('1x'), train_cfg: { type: 'EpochBasedTrainLoop', max_epochs: 12, val_interval: 0 } })).toContain('error train_cfg.val_interval');
    expect(at({ ...inheritedBaseV3('1x'), train_cfg: { max_epochs: 12 } })).toContain('error train_cfg.type');
    const { optim_wrapper: _o, ...noOptim } = inheritedBaseV3('1x');
    expect(at(noOptim)).toContain('error optim_wrapper');
    const iter = at({ ...inheritedBaseV3('1x'), train_cfg: { type: 'IterBasedTrainLoop', max_iters: 90000 } });
    expect(iter).toEqual(expect.arrayContaining(['warning param_scheduler.1.by_epoch', 'warning default_hooks.checkpoint.by_epoch', 'warning log_processor.by_epoch']));
  });

  it('rejects what Runner.build_train_loop rejects, as the simulator does (one rule: parseTrainLoop.ts)', () => {
    // MMDetection 3.3 solov2-light_*: both `type` and `by_epoch` in train_cfg.
    const both: PyDict = { ...inheritedBaseV3('1x'), train_cfg: { type: 'EpochBasedTrainLoop', by_epoch: true, max_epochs: 12 } };
    const unexpected: PyDict = { ...inheritedBaseV3('1x'), train_cfg: { type: 'EpochBasedTrainLoop', max_epochs: 12, val_intervall: 1 } };
    expect(at(both)).toContain('error train_cfg.by_epoch');
    expect(at(unexpected)).toContain('error train_cfg.val_intervall');
    for (const config of [both, unexpected]) expect(simulateMmengine(config, { itersPerEpoch: 10 }).ok).toBe(false);
    const fine: PyDict = { ...inheritedBaseV3('1x'), train_cfg: { by_epoch: true, max_epochs: 12, val_interval: 1 } };
    expect(at(fine).filter((m) => m.startsWith('error train_cfg'))).toEqual([]);
    expect(simulateMmengine(fine, { itersPerEpoch: 10 }).ok).toBe(true);
  });

  it('checks the optimizer wrapper, the optimizer keywords and the hooks', () => {
    const base = inheritedBaseV3('1x');
    expect(at({ ...base, optim_wrapper: { type: 'OptimWrapper', optimizer: { type: 'AdamW', lr: 0.001, momentum: 0.9 } } })).toContain('error optim_wrapper.optimizer.momentum');
    expect(at({ ...base, optim_wrapper: { type: 'OptimWrapper', loss_scale: 'dynamic', optimizer: { type: 'SGD', lr: 0.02 } } })).toContain('error optim_wrapper.loss_scale');
    expect(at({ ...base, optim_wrapper: { type: 'AmpOptimWrapper', loss_scale: 'dynamic', optimizer: { type: 'SGD', lr: 0.02 }, clip_grad: { type: 'value', clip_value: 1, max_norm: 3 } } })).toEqual(['error optim_wrapper.clip_grad.max_norm']);
    expect(at({ ...base, optim_wrapper: { optimizer: { type: 'SGD', lr: 0.02 }, clip_grad: {} } })).toContain('error optim_wrapper.clip_grad');
    expect(at({ ...base, optim_wrapper: { optimizer: { type: 'SGD', lr: 0.02 }, paramwise_cfg: { norm_decay_mult: 0 } } })).toContain('error optim_wrapper.optimizer.weight_decay');
    expect(at({ ...base, default_hooks: { checkpoint: { type: 'CheckpointHook', interval: 0 } } })).toContain('error default_hooks.checkpoint.interval');
    expect(at({ ...base, default_hooks: { logger: { interval: 5 } } })).toContain('error default_hooks.logger.type');
    expect(at({ ...base, custom_hooks: [{ type: 'PipelineSwitchHook' }] })).toEqual(expect.arrayContaining(['error custom_hooks.0.switch_epoch', 'error custom_hooks.0.switch_pipeline']));
  });
});
