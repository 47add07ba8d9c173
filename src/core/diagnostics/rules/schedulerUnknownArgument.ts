import { schedulerEntries } from '../facts.ts';
import type { Rule } from '../types.ts';
import { unknownArgumentFindings } from './unknownArguments.ts';

/** MMEngine builds each `param_scheduler` entry with PARAM_SCHEDULERS.build; an unknown keyword raises TypeError. */
export const schedulerUnknownArgument: Rule = {
  id: 'scheduler/unknown-argument',
  summary: 'param_scheduler arguments the MMEngine scheduler class does not accept',
  reference: { source: 'mmengine v0.10.7 mmengine/runner/runner.py:1190 (build_param_scheduler)', url: 'https://github.com/open-mmlab/mmengine/blob/v0.10.7/mmengine/runner/runner.py#L1190' },
  check: (input) => schedulerEntries(input.config).flatMap((s) => unknownArgumentFindings(input, 'scheduler', s.path)),
};
