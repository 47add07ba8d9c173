import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pyFloat, pyTuple, type PyDict } from '../../../python/value.ts';
import type { ScheduleError } from '../../../schedule/types.ts';
import { simulateMmcv1 } from './simulate.ts';
import { inheritedBaseV2 } from '../../../model/bases.ts';
import { validateConfig } from '../../../model/validate.ts';

const sgd: PyDict = { type: 'SGD', lr: 0.02, momentum: 0.9, weight_decay: 0.0001 };
const epochs12: PyDict = { type: 'EpochBasedRunner', max_epochs: 12 };

function errorOf(sections: PyDict, itersPerEpoch = 10): ScheduleError | null {
  const result = simulateMmcv1({ optimizer: sgd, runner: epochs12, ...sections }, { itersPerEpoch });
  return result.ok ? null : result.error;
}

describe('upstream errors, predicted', () => {
  const cases: [string, PyDict, string, number | undefined][] = [
    [
      'lower-case multiword policy is title-cased, not camel-cased',
      { lr_config: { policy: 'cosineannealing', min_lr: 0 } },
      "KeyError: 'CosineannealingLrUpdaterHook is not in the hook registry'",
      undefined,
    ],
    ['onecycle', { lr_config: { policy: 'onecycle', max_lr: 0.1 } }, "KeyError: 'OnecycleLrUpdaterHook is not in the hook registry'", undefined],
    ['yolox', { lr_config: { policy: 'yolox', num_last_epochs: 1, min_lr_ratio: 0.05 } }, "KeyError: 'YoloxLrUpdaterHook is not in the hook registry'", undefined],
    ['STEP', { lr_config: { policy: 'STEP', step: [8] } }, "KeyError: 'STEPLrUpdaterHook is not in the hook registry'", undefined],
    ['no policy', { lr_config: { step: [8] } }, 'AssertionError', undefined],
    [
      'cyclic by epoch',
      { lr_config: { policy: 'cyclic', by_epoch: true } },
      'AssertionError: CyclicLrUpdaterHook: currently only support "by_epoch" = False',
      undefined,
    ],
    [
      'OneCycle by epoch',
      { lr_config: { policy: 'OneCycle', max_lr: 0.1, by_epoch: true } },
      'AssertionError: OneCycleLrUpdaterHook: currently only support "by_epoch" = False',
      undefined,
    ],
    [
      'momentum cyclic by epoch',
      { momentum_config: { policy: 'cyclic', by_epoch: true } },
      'AssertionError: CyclicMomentumUpdaterHook: currently only support "by_epoch" = False',
      undefined,
    ],
    [
      'target_ratio list',
      { lr_config: { policy: 'cyclic', target_ratio: [10, 1e-4] } },
      "ValueError: CyclicLrUpdaterHook: target_ratio should be either float or tuple, got <class 'list'>",
      undefined,
    ],
    [
      'target_ratio int',
      { lr_config: { policy: 'cyclic', target_ratio: 10 } },
      "ValueError: CyclicLrUpdaterHook: target_ratio should be either float or tuple, got <class 'int'>",
      undefined,
    ],
    [
      'target_ratio of three',
      { lr_config: { policy: 'cyclic', target_ratio: pyTuple([10, 1, 0.1]) } },
      'AssertionError: CyclicLrUpdaterHook: "target_ratio" must be list or tuple of two floats',
      undefined,
    ],
    [
      'unknown warmup',
      { lr_config: { policy: 'step', step: [8], warmup: 'cosine', warmup_iters: 10 } },
      'ValueError: StepLrUpdaterHook: "cosine" is not a supported type for warming up, valid types are "constant", "linear" and "exp"',
      undefined,
    ],
    [
      'momentum warmup wording',
      { momentum_config: { policy: 'step', step: [8], warmup: 'Linear', warmup_iters: 10 } },
      'ValueError: StepMomentumUpdaterHook: "Linear" is not a supported type for warming up, valid types are "constant" and "linear"',
      undefined,
    ],
    [
      'warmup_ratio 0',
      { lr_config: { policy: 'step', step: [8], warmup: 'linear', warmup_iters: 10, warmup_ratio: 0 } },
      'AssertionError: StepLrUpdaterHook: "warmup_ratio" must be in range (0,1]',
      undefined,
    ],
    [
      'warmup_ratio above 1',
      { lr_config: { policy: 'step', step: [8], warmup: 'linear', warmup_iters: 10, warmup_ratio: 1.5 } },
      'AssertionError: StepLrUpdaterHook: "warmup_ratio" must be in range (0,1]',
      undefined,
    ],
    [
      'warmup_iters 0',
      { lr_config: { policy: 'step', step: [8], warmup: 'linear', warmup_iters: 0 } },
      'AssertionError: StepLrUpdaterHook: "warmup_iters" must be a positive integer',
      undefined,
    ],
    [
      'float warmup_iters fails the per-iteration assert',
      { lr_config: { policy: 'step', step: [8], warmup: 'linear', warmup_iters: pyFloat(500) } },
      'AssertionError',
      0,
    ],
    [
      'CosineRestart past sum(periods), by epoch',
      { lr_config: { policy: 'CosineRestart', periods: [5, 5], restart_weights: [1, 0.5], min_lr: 0 } },
      'ValueError: Current iteration 10 exceeds cumulative_periods [5, 10]',
      100,
    ],
    [
      'CosineRestart past sum(periods), by iter',
      { lr_config: { policy: 'CosineRestart', periods: [50, 25], restart_weights: [1, 0.5], min_lr: 0, by_epoch: false } },
      'ValueError: Current iteration 75 exceeds cumulative_periods [50, 75]',
      75,
    ],
    [
      'CosineRestart lengths differ',
      { lr_config: { policy: 'CosineRestart', periods: [5, 7], min_lr: 0 } },
      'AssertionError: CosineRestartLrUpdaterHook: periods and restart_weights should have the same length.',
      undefined,
    ],
    ['neither min_lr nor min_lr_ratio', { lr_config: { policy: 'CosineAnnealing' } }, 'AssertionError: CosineAnnealingLrUpdaterHook: ', undefined],
    [
      'both min_lr and min_lr_ratio',
      { lr_config: { policy: 'LinearAnnealing', min_lr: 0, min_lr_ratio: 0.1 } },
      'AssertionError: LinearAnnealingLrUpdaterHook: ',
      undefined,
    ],
    [
      'pct_start not a float',
      { lr_config: { policy: 'OneCycle', max_lr: 0.1, pct_start: 1 } },
      'ValueError: OneCycleLrUpdaterHook: expected float between 0 and 1 pct_start, but got 1',
      undefined,
    ],
    [
      'momentum pct_start out of range',
      { momentum_config: { policy: 'OneCycle', pct_start: 1.5 } },
      'ValueError: OneCycleMomentumUpdaterHook: Expected float between 0 and 1 pct_start, but got 1.5',
      undefined,
    ],
    [
      'start_percent int',
      { lr_config: { policy: 'FlatCosineAnnealing', start_percent: 1, min_lr: 0 } },
      'ValueError: FlatCosineAnnealingLrUpdaterHook: expected float between 0 and 1 start_percent, but got 1',
      undefined,
    ],
    [
      'OneCycle base_momentum int',
      { momentum_config: { policy: 'OneCycle', base_momentum: 1 } },
      'ValueError: OneCycleMomentumUpdaterHook: base_momentum must be the type among of float,list or dict.',
      undefined,
    ],
    [
      'OneCycle total_steps below max_iters',
      { lr_config: { policy: 'OneCycle', max_lr: 0.1, total_steps: 100 } },
      'ValueError: The total steps must be greater than or equal to max iterations 120 of runner, but total steps is 100.',
      0,
    ],
    [
      'missing step',
      { lr_config: { policy: 'step' } },
      "TypeError: StepLrUpdaterHook: __init__() missing 1 required positional argument: 'step'",
      undefined,
    ],
    [
      'step as a tuple',
      { lr_config: { policy: 'step', step: pyTuple([8, 11]) } },
      'TypeError: StepLrUpdaterHook: "step" must be a list or integer',
      undefined,
    ],
    [
      'unexpected keyword',
      { lr_config: { policy: 'step', step: [8], warmup_epochs: 2 } },
      "TypeError: StepLrUpdaterHook: __init__() got an unexpected keyword argument 'warmup_epochs'",
      undefined,
    ],
    [
      'step_ratio_up 1',
      { lr_config: { policy: 'cyclic', step_ratio_up: 1.0 } },
      'AssertionError: CyclicLrUpdaterHook: "step_ratio_up" must be in range [0,1)',
      undefined,
    ],
    [
      'cyclic gamma 0',
      { lr_config: { policy: 'cyclic', gamma: 0 } },
      'AssertionError: CyclicLrUpdaterHook: "gamma" must be in range (0, 1]',
      undefined,
    ],
    [
      'anneal_strategy',
      { lr_config: { policy: 'cyclic', anneal_strategy: 'cosine' } },
      'ValueError: CyclicLrUpdaterHook: anneal_strategy must be one of "cos" or "linear", instead got cosine',
      undefined,
    ],
    [
      'YOLOX with warmup filling everything before the fixed stretch',
      {
        lr_config: {
          policy: 'YOLOX',
          warmup: 'exp',
          by_epoch: false,
          warmup_iters: 100,
          warmup_ratio: 1,
          num_last_epochs: 2,
          min_lr_ratio: 0.05,
        },
      },
      'ZeroDivisionError: division by zero',
      0,
    ],
  ];
  for (const [name, sections, message, iteration] of cases) {
    it(name, () => {
      const error = errorOf(sections);
      expect(error?.message).toBe(message);
      expect(error?.iteration).toBe(iteration);
    });
  }

  it('warmup_by_epoch under IterBasedRunner fails the assert at iteration 0', () => {
    const result = simulateMmcv1(
      {
        optimizer: sgd,
        runner: { type: 'IterBasedRunner', max_iters: 100 },
        lr_config: { policy: 'step', step: [50], warmup: 'linear', warmup_iters: 1, warmup_by_epoch: true },
      },
      { itersPerEpoch: 10 },
    );
    expect(result.ok ? null : result.error).toMatchObject({ message: 'AssertionError', iteration: 0 });
  });

  it('momentum hooks need a momentum or betas field', () => {
    const result = simulateMmcv1(
      { optimizer: { type: 'Adagrad', lr: 0.01 }, runner: epochs12, momentum_config: { policy: 'step', step: [8] } },
      { itersPerEpoch: 10 },
    );
    expect(result.ok ? null : result.error.message).toBe("KeyError: 'betas'");
  });

  it('a runner length below 1 raises nothing and trains zero iterations (run() never enters its loop)', () => {
    for (const runner of [{ type: 'EpochBasedRunner', max_epochs: 0 }, { type: 'IterBasedRunner', max_iters: -3 }] as PyDict[]) {
      const result = simulateMmcv1({ optimizer: sgd, runner }, { itersPerEpoch: 10 });
      expect(result.ok ? result.curves.totalIters : result.error.message).toBe(0);
    }
  });

  it('runner with both lengths, whatever their values (BaseRunner checks `is not None`), as the form says', () => {
    const runner = { type: 'EpochBasedRunner', max_epochs: 2, max_iters: 'x' };
    const result = simulateMmcv1({ optimizer: sgd, runner }, { itersPerEpoch: 10 });
    expect(result.ok ? null : result.error.message).toBe('ValueError: EpochBasedRunner: Only one of `max_epochs` or `max_iters` can be set.');
    expect(validateConfig({ ...inheritedBaseV2('1x'), runner }).some((m) => m.severity === 'error' && m.path.join('.') === 'runner.max_iters')).toBe(true);
  });

  it('runner with both lengths', () => {
    const result = simulateMmcv1(
      { optimizer: sgd, runner: { type: 'EpochBasedRunner', max_epochs: 2, max_iters: 10 } },
      { itersPerEpoch: 10 },
    );
    expect(result.ok ? null : result.error.message).toBe(
      'ValueError: EpochBasedRunner: Only one of `max_epochs` or `max_iters` can be set.',
    );
  });

  it('accepts exactly the spellings register_lr_hook resolves', () => {
    const argsOf: Record<string, PyDict> = {
      Fixed: {},
      Step: { step: [8] },
      Exp: { gamma: 0.9 },
      Poly: {},
      Inv: { gamma: 0.1 },
      Cyclic: {},
      CosineAnnealing: { min_lr: 0 },
      FlatCosineAnnealing: { min_lr: 0 },
      CosineRestart: { periods: [120], min_lr: 0 },
      OneCycle: { max_lr: 0.1 },
      LinearAnnealing: { min_lr: 0 },
      YOLOX: { num_last_epochs: 1, min_lr_ratio: 0.05 },
    };
    const registered = Object.keys(argsOf);
    for (const policy of [...registered, 'fixed', 'step', 'exp', 'poly', 'inv', 'cyclic']) {
      const resolved = policy[0]?.toUpperCase() + policy.slice(1);
      expect(errorOf({ lr_config: { policy, ...argsOf[resolved] } }), policy).toBeNull();
    }
    fc.assert(
      fc.property(fc.constantFrom(...registered), fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }), (name, flips) => {
        const flip = (ch: string, i: number): string =>
          flips[i] ? (ch === ch.toUpperCase() ? ch.toLowerCase() : ch.toUpperCase()) : ch;
        const spelled = [...name].map(flip).join('');
        // str.title() of a single lower-case word only capitalises its first letter.
        const resolved = spelled === spelled.toLowerCase() ? (spelled[0]?.toUpperCase() ?? '') + spelled.slice(1) : spelled;
        const error = errorOf({ lr_config: { policy: spelled, ...argsOf[name] } });
        return resolved === name ? error === null : error?.message === `KeyError: '${resolved}LrUpdaterHook is not in the hook registry'`;
      }),
    );
  });
});

describe('errors with several param groups', () => {
  it('reports the iteration where the first group stops, not a later group artefact', () => {
    const result = simulateMmcv1(
      {
        optimizer: { ...sgd, paramwise_cfg: { custom_keys: { backbone: { lr_mult: 0.1 } } } },
        runner: epochs12,
        lr_config: { policy: 'CosineRestart', periods: [50, 25], restart_weights: [1, 0.5], min_lr: 0, by_epoch: false },
      },
      { itersPerEpoch: 10 },
    );
    expect(result.ok ? null : result.error).toMatchObject({ message: 'ValueError: Current iteration 75 exceeds cumulative_periods [50, 75]', iteration: 75 });
  });
});
