import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pyFloat, type PyDict } from '../../../python/value.ts';
import type { ScheduleError } from '../../../schedule/types.ts';
import { simulateMmengine } from './simulate.ts';
import { EPOCHS_12, makeConfig } from '../../../../test/mmengineConfigs.ts';

function expectError(config: PyDict, itersPerEpoch = 10): ScheduleError {
  const result = simulateMmengine(config, { itersPerEpoch });
  if (result.ok) throw new Error('expected an error');
  return result.error;
}

const REGISTRY_HELP =
  'Please check whether the value of `{t}` is correct or it was registered as expected. More details can be found at https://mmengine.readthedocs.io/en/latest/advanced_tutorials/config.html#import-the-custom-module';

describe('errors MMEngine raises while building', () => {
  it('rejects an unknown scheduler type in the default scope registry', () => {
    const error = expectError(makeConfig([{ type: 'LinearLR', end: 5, by_epoch: false }, { type: 'FooLR' }], EPOCHS_12));
    expect(error.message).toBe(`KeyError: 'FooLR is not in the mmdet::parameter scheduler registry. ${REGISTRY_HELP.replace('{t}', 'FooLR')}'`);
    expect(error.path).toEqual(['param_scheduler', '1', 'type']);
    expect(error.iteration).toBeUndefined();
  });

  it('names no scope for an unknown type on the convert_to_iter_based path', () => {
    const error = expectError(makeConfig({ type: 'FooLR', convert_to_iter_based: true }, EPOCHS_12));
    expect(error.message).toBe(`KeyError: 'FooLR is not in the parameter scheduler registry. ${REGISTRY_HELP.replace('{t}', 'FooLR')}'`);
  });

  it('rejects begin >= end in its own words', () => {
    const error = expectError(makeConfig([{ type: 'MultiStepLR', milestones: [8], begin: 12, end: 12 }], EPOCHS_12));
    expect(error.message).toBe('ValueError: end should be larger than begin, but got begin=12, end=12');
  });

  it('uses the loop length as the default end before checking it', () => {
    const error = expectError(makeConfig([{ type: 'CosineAnnealingLR', begin: 13 }], EPOCHS_12));
    expect(error.message).toBe('ValueError: end should be larger than begin, but got begin=13, end=12');
  });

  it('refuses convert_to_iter_based on an iteration scheduler', () => {
    const error = expectError(makeConfig([{ type: 'LinearLR', by_epoch: false, convert_to_iter_based: true, end: 5 }], EPOCHS_12));
    expect(error.message).toBe(
      'AssertionError: Only epoch-based parameter scheduler can be converted to iter-based, and `epoch_length` should be set',
    );
  });

  it('checks factors before the range', () => {
    expect(expectError(makeConfig([{ type: 'LinearLR', start_factor: 1.5, begin: 3, end: 1 }], EPOCHS_12)).message).toBe(
      'ValueError: Starting multiplicative factor should between 0 and 1.',
    );
    expect(expectError(makeConfig([{ type: 'ConstantLR', factor: -0.5 }], EPOCHS_12)).message).toBe(
      'ValueError: Constant multiplicative factor should between 0 and 1.',
    );
  });

  it('reports keyword problems as CPython does', () => {
    expect(expectError(makeConfig([{ type: 'StepLR', step_size: 2, foo: 1 }], EPOCHS_12)).message).toBe(
      "TypeError: StepParamScheduler.__init__() got an unexpected keyword argument 'foo'",
    );
    expect(expectError(makeConfig([{ type: 'MultiStepLR' }], EPOCHS_12)).message).toBe(
      "TypeError: MultiStepParamScheduler.__init__() missing 1 required positional argument: 'milestones'",
    );
    expect(expectError(makeConfig([{ type: 'StepLR', convert_to_iter_based: true }], EPOCHS_12)).message).toBe(
      "TypeError: StepParamScheduler.build_iter_from_epoch() missing 1 required keyword-only argument: 'step_size'",
    );
    expect(expectError(makeConfig([{ type: 'LinearParamScheduler' }], EPOCHS_12)).message).toBe(
      "TypeError: LinearParamScheduler.__init__() missing 1 required positional argument: 'param_name'",
    );
  });

  it('validates OneCycle arguments', () => {
    expect(expectError(makeConfig([{ type: 'OneCycleLR', eta_max: 0.1, pct_start: 1 }], EPOCHS_12)).message).toBe(
      'ValueError: Expected float between 0 and 1 pct_start, but got 1',
    );
    expect(expectError(makeConfig([{ type: 'OneCycleLR', eta_max: 0.1, total_steps: pyFloat(10) }], EPOCHS_12)).message).toBe(
      'ValueError: Expected positive integer total_steps, but got 10.0',
    );
    expect(expectError(makeConfig([{ type: 'OneCycleLR', anneal_strategy: 'exp' }], EPOCHS_12)).message).toBe(
      'ValueError: anneal_strategy must by one of "cos" or "linear", instead got exp',
    );
  });

  it('needs an optimizer with momentum for a Momentum scheduler', () => {
    const config = makeConfig([{ type: 'CosineAnnealingMomentum' }], EPOCHS_12, { type: 'Adagrad', lr: 0.01 });
    expect(expectError(config).message).toBe('ValueError: optimizer must support momentum when using momentum scheduler');
  });

  it('raises KeyError for a generic momentum scheduler on Adam before any Momentum class made the key', () => {
    const config = makeConfig([{ type: 'LinearParamScheduler', param_name: 'momentum', end: 3 }], EPOCHS_12, { type: 'AdamW', lr: 1e-3 });
    expect(expectError(config).message).toBe("KeyError: 'momentum'");
  });

  it('builds the train loop as Runner.build_train_loop does', () => {
    const both = makeConfig([], { type: 'EpochBasedTrainLoop', by_epoch: true, max_epochs: 3 });
    expect(expectError(both).message).toBe('RuntimeError: Only one of `type` or `by_epoch` can exist in `loop_cfg`.');
    expect(expectError(makeConfig([], { max_epochs: 3 })).message).toBe("KeyError: 'by_epoch'");
    expect(expectError(makeConfig([], { type: 'EpochBasedTrainLoop', max_epochs: 12.5 })).message).toBe(
      'AssertionError: `max_epochs` should be a integer number, but get 12.5.',
    );
    expect(expectError(makeConfig([], { by_epoch: false, max_epochs: 3 })).message).toBe(
      "TypeError: IterBasedTrainLoop.__init__() got an unexpected keyword argument 'max_epochs'",
    );
  });
});

describe('errors MMEngine raises while training', () => {
  it('stops OneCycle when it steps past total_steps', () => {
    const config = makeConfig([{ type: 'OneCycleLR', eta_max: 0.1, total_steps: 5, by_epoch: false }], EPOCHS_12);
    const error = expectError(config);
    expect(error.message).toBe('ValueError: Tried to step 7 times. The specified number of total steps is 5');
    // Built at step 0; the 6th step after iteration 5 computes last_step 6 > 5.
    expect(error.iteration).toBe(5);
    expect(error.path).toEqual(['param_scheduler', '0']);
  });

  it('divides by zero in a LinearLR that starts from 0', () => {
    const error = expectError(makeConfig([{ type: 'LinearLR', start_factor: pyFloat(0), by_epoch: false, end: 10 }], EPOCHS_12));
    expect(error).toEqual({ message: 'ZeroDivisionError: float division by zero', iteration: 0, path: ['param_scheduler', '0'] });
  });

  it('reports an epoch scheduler error at the last iteration of its epoch', () => {
    const error = expectError(makeConfig([{ type: 'StepLR', step_size: 0 }], EPOCHS_12), 10);
    expect(error.message).toBe('ZeroDivisionError: integer modulo by zero');
    expect(error.iteration).toBe(9);
  });

  it('surfaces a build-time error of an earlier scheduler before a later bad entry', () => {
    // pct_start * total_steps == 1 makes the first phase empty: 0 / 0.0 at build.
    const config = makeConfig(
      [{ type: 'OneCycleLR', eta_max: 0.1, total_steps: 4, pct_start: 0.25, by_epoch: false }, { type: 'NopeLR' }],
      EPOCHS_12,
    );
    expect(expectError(config).message).toBe('ZeroDivisionError: float division by zero');
  });
});

describe('simulateMmengine is total', () => {
  const pyValue = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small' },
      fc.constant(null),
      fc.boolean(),
      fc.integer({ min: -20, max: 40 }),
      fc.double({ min: -2, max: 50, noNaN: true }),
      fc.constantFrom('LinearLR', 'CosineAnnealingLR', 'OneCycleLR', 'MultiStepLR', 'SGD', 'AdamW', 'EpochBasedTrainLoop', 'lr', 'cos'),
      fc.array(tie('value'), { maxLength: 3 }),
      fc.dictionary(
        fc.constantFrom('type', 'begin', 'end', 'by_epoch', 'milestones', 'T_max', 'eta_max', 'total_steps', 'max_epochs', 'max_iters', 'lr', 'param_name', 'convert_to_iter_based', 'factor'),
        tie('value'),
        { maxKeys: 5 },
      ),
    ),
  }));

  it('never throws, whatever the sections hold', () => {
    fc.assert(
      fc.property(pyValue.value, pyValue.value, pyValue.value, fc.integer({ min: 0, max: 20 }), (opt, sched, train, ipe) => {
        const config = { optim_wrapper: { optimizer: opt }, param_scheduler: sched, train_cfg: train } as PyDict;
        const result = simulateMmengine(config, { itersPerEpoch: ipe });
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });
});
