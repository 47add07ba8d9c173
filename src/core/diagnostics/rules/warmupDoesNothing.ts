/**
 * A warmup whose start equals its end: MMCV's linear/constant/exp warmups start at
 * `warmup_ratio × lr` (mmcv/runner/hooks/lr_updater.py get_warmup_lr), so ratio 1.0 changes
 * nothing; MMEngine's LinearLR goes from start_factor (default 1/3) to end_factor (default 1.0)
 * and ConstantLR multiplies by factor (default 1/3). YOLOX (mmdet/core/hook/yolox_lr_updater.py)
 * computes its own warmup and is left out.
 */
import { resolveHookPrefix } from '../../model/policies.ts';
import { numberAt, dictAt, truthyOr } from '../pyAccess.ts';
import { resolvedSchedulers } from '../schedulerFacts.ts';
import { text } from '../text.ts';
import type { Finding, Rule } from '../types.ts';

const message = text('This warmup starts at the base learning rate, so it changes nothing.', '该预热从基础学习率开始，不起任何作用。');

const doesNothing = {
  id: 'schedule/warmup-does-nothing',
  summary: 'a warmup whose ratio/factor is 1.0',
  reference: { source: 'mmcv v1.7.2 mmcv/runner/hooks/lr_updater.py (LrUpdaterHook.get_warmup_lr)', url: 'https://github.com/open-mmlab/mmcv/blob/v1.7.2/mmcv/runner/hooks/lr_updater.py' },
};

/** MMCV: `lr_config.warmup_ratio=1`. */
export const warmupDoesNothingMmcv1: Rule = {
  ...doesNothing,
  check(input): Finding[] {
    const lr = dictAt(input.config, ['lr_config']);
    // YOLOX's own hook computes its exp warmup as ratio × (t / warmup_iters)², so ratio 1 is a real warmup there.
    if (!lr || !truthyOr(lr.warmup, false) || numberAt(lr, 'warmup_ratio') !== 1 || (typeof lr.policy === 'string' && resolveHookPrefix(lr.policy) === 'YOLOX')) return [];
    return [{ severity: 'warning', path: ['lr_config', 'warmup_ratio'], message }];
  },
};

/** MMEngine: LinearLR with start_factor equal to end_factor, or ConstantLR(factor=1) from the start. */
export const warmupDoesNothingMmengine: Rule = {
  ...doesNothing,
  check(input): Finding[] {
    return resolvedSchedulers(input).flatMap((s): Finding[] => {
      if (s.name === 'LinearLR' && (numberAt(s.entry, 'start_factor') ?? 1 / 3) === (numberAt(s.entry, 'end_factor') ?? 1)) {
        return [{ severity: 'warning', path: [...s.path, 'start_factor'], message }];
      }
      // A ConstantLR(factor=1) later in training is a deliberate flat phase (YOLOX's last epochs), not a warmup.
      if (s.name === 'ConstantLR' && s.begin === 0 && numberAt(s.entry, 'factor') === 1) return [{ severity: 'warning', path: [...s.path, 'factor'], message }];
      return [];
    });
  },
};
