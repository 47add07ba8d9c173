/**
 * Validation that never runs: MMDetection 2.x registers EvalHook with `by_epoch` forced to the
 * runner's unit (mmdet/apis/train.py) and evaluates every `interval` from `start`, with no extra
 * run at the end (mmcv/runner/hooks/evaluation.py `_should_evaluate`); MMEngine's train loops
 * validate from `val_begin` every `val_interval` and at the last epoch (mmengine/runner/loops.py:101).
 */
import { numberOf } from '../../python/value.ts';
import { trainLengthMmcv1, trainLengthMmengine } from '../facts.ts';
import { dictAt, truthyOr } from '../pyAccess.ts';
import { text } from '../text.ts';
import type { Finding, Rule } from '../types.ts';

function finding(path: string[], value: number, total: number): Finding {
  return {
    severity: 'warning',
    path,
    message: text(`Validation would first run at ${value}, after training ends (${total}): it never runs.`, `验证最早在 ${value} 运行，晚于训练结束（${total}）：验证永远不会运行。`),
  };
}

const neverRuns = {
  id: 'evaluation/never-runs',
  summary: 'evaluation/validation interval or start beyond the end of training',
  reference: { source: 'mmengine v0.10.7 mmengine/runner/loops.py:101', url: 'https://github.com/open-mmlab/mmengine/blob/v0.10.7/mmengine/runner/loops.py#L101' },
};

export const evaluationNeverRunsMmcv1: Rule = {
  ...neverRuns,
  check(input): Finding[] {
    const total = trainLengthMmcv1(input.config)?.length;
    if (total === undefined) return [];
    const ev = dictAt(input.config, ['evaluation']);
    if (!ev) return [];
    const interval = numberOf(ev.interval) ?? 1;
    const start = numberOf(ev.start);
    if (start !== undefined && start > total) return [finding(['evaluation', 'start'], start, total)];
    return interval > total ? [finding(['evaluation', 'interval'], interval, total)] : [];
  },
};

export const evaluationNeverRunsMmengine: Rule = {
  ...neverRuns,
  check(input): Finding[] {
    const total = trainLengthMmengine(input.config)?.length;
    if (total === undefined) return [];
    const loop = dictAt(input.config, ['train_cfg']);
    if (!loop || !truthyOr(input.config.val_cfg, false) || loop.dynamic_intervals !== undefined) return [];
    // The loops also validate at the last epoch/iteration once past val_begin (loops.py:101-104, 292-295),
    // so only a val_begin beyond the end keeps validation from running.
    const begin = numberOf(loop.val_begin) ?? 1;
    return begin > total ? [finding(['train_cfg', 'val_begin'], begin, total)] : [];
  },
};
