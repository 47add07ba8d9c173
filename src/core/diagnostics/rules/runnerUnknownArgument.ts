import type { Rule } from '../types.ts';
import { unknownArgumentFindings } from './unknownArguments.ts';

/** `runner` (MMCV build_runner) and the MMEngine loops (`train_cfg`, `val_cfg`, `test_cfg`) reject unknown keywords. */
const runnerArgs = {
  id: 'runner/unknown-argument',
  summary: 'runner or loop arguments the class does not accept',
  reference: { source: 'mmcv v1.7.2 mmcv/runner/base_runner.py:55', url: 'https://github.com/open-mmlab/mmcv/blob/v1.7.2/mmcv/runner/base_runner.py#L55' },
};

export const runnerUnknownArgumentMmcv1: Rule = { ...runnerArgs, check: (input) => unknownArgumentFindings(input, 'runner', ['runner']) };

export const runnerUnknownArgumentMmengine: Rule = {
  ...runnerArgs,
  check(input) {
    return [
      ...unknownArgumentFindings(input, 'train-loop', ['train_cfg']),
      ...unknownArgumentFindings(input, 'eval-loop', ['val_cfg']),
      ...unknownArgumentFindings(input, 'eval-loop', ['test_cfg']),
    ];
  },
};
