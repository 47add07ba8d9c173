/**
 * MMCV's LrUpdaterHook and MomentumUpdaterHook check their warmup in `__init__`
 * (mmcv/runner/hooks/lr_updater.py:34-43): a kind other than constant/linear/exp raises
 * ValueError, and a warmup with `warmup_iters` <= 0 fails an assertion; both stop training before
 * the first iteration.
 */
import { reprPy } from '../../python/repr.ts';
import { numberOf } from '../../python/value.ts';
import { didYouMean } from '../didYouMean.ts';
import { dictAt } from '../pyAccess.ts';
import { text } from '../text.ts';
import type { Finding, Rule } from '../types.ts';

const kinds = ['linear', 'constant', 'exp'];

export const warmupInvalid: Rule = {
  id: 'hook/invalid-warmup',
  summary: 'an MMCV warmup kind that does not exist, or warmup_iters <= 0',
  reference: { source: 'mmcv v1.7.2 mmcv/runner/hooks/lr_updater.py:34', url: 'https://github.com/open-mmlab/mmcv/blob/v1.7.2/mmcv/runner/hooks/lr_updater.py#L34' },
  check(input): Finding[] {
    return ['lr_config', 'momentum_config'].flatMap((key): Finding[] => {
      const section = dictAt(input.config, [key]);
      const warmup = section?.warmup;
      if (!section || warmup === undefined || warmup === null) return [];
      if (typeof warmup !== 'string' || !kinds.includes(warmup)) {
        const guess = typeof warmup === 'string' ? didYouMean(warmup, kinds) : undefined;
        // MMCV formats the value with an f-string: a str shows bare, in the message's quotes.
        const shown = typeof warmup === 'string' ? `"${warmup}"` : reprPy(warmup);
        return [
          {
            severity: 'error',
            path: [key, 'warmup'],
            message: text(
              `ValueError: ${shown} is not a supported type for warming up, valid types are "constant", "linear" and "exp".`,
              `ValueError：${shown} 不是支持的预热类型，可选 "constant"、"linear"、"exp"。`,
            ),
            ...(guess ? { fix: { title: text(`Use '${guess}'`, `改为 '${guess}'`), edits: [{ op: 'set' as const, path: [key, 'warmup'], value: guess }] } } : {}),
          },
        ];
      }
      const iters = numberOf(section.warmup_iters) ?? 0;
      if (iters > 0) return [];
      return [
        {
          severity: 'error',
          path: [key, 'warmup_iters'],
          message: text('AssertionError: "warmup_iters" must be a positive integer when a warmup is set.', 'AssertionError：设置预热时 "warmup_iters" 必须为正整数。'),
        },
      ];
    });
  },
};
