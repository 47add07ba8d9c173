/**
 * MMEngine's Runner wants each group all set or all None: train_dataloader/train_cfg/optim_wrapper,
 * val_dataloader/val_cfg/val_evaluator, test_dataloader/test_cfg/test_evaluator; otherwise
 * `ValueError: ... should be either all None or not None` (mmengine/runner/runner.py:306-356).
 * A config with none of a group (a test-only or TTA config) is fine.
 */
import { text } from '../text.ts';
import type { Finding, Rule } from '../types.ts';

const groups = [
  ['train_dataloader', 'train_cfg', 'optim_wrapper'],
  ['val_dataloader', 'val_cfg', 'val_evaluator'],
  ['test_dataloader', 'test_cfg', 'test_evaluator'],
] as const;

export const partialRunnerGroup: Rule = {
  id: 'runner/partial-group',
  summary: 'a train/val/test group with some of its three keys set and others None',
  reference: { source: 'mmengine v0.10.7 mmengine/runner/runner.py:306', url: 'https://github.com/open-mmlab/mmengine/blob/v0.10.7/mmengine/runner/runner.py#L306' },
  check(input): Finding[] {
    const given = (k: string): boolean => input.config[k] !== undefined && input.config[k] !== null;
    return groups.flatMap((group): Finding[] => {
      const missing = group.filter((k) => !given(k));
      if (missing.length === 0 || missing.length === group.length) return [];
      const names = group.join(', ');
      return [
        {
          severity: 'error',
          path: [missing[0] ?? group[0]],
          message: text(
            `ValueError: ${names} should be either all None or not None; ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing.`,
            `ValueError：${names} 必须同时为 None 或同时设置；缺少 ${missing.join('、')}。`,
          ),
        },
      ];
    });
  },
};
