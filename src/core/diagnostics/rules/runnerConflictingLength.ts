/**
 * Both training lengths at once: MMCV's BaseRunner raises `ValueError: Only one of max_epochs or
 * max_iters can be set` (mmcv/runner/base_runner.py:135); MMEngine's build_train_loop raises
 * `RuntimeError: Only one of type or by_epoch can exist in loop_cfg` (runner.py:1515), and a loop
 * given the other loop's length raises TypeError (caught by runner/unknown-argument).
 */
import { numberAt, dictAt } from '../pyAccess.ts';
import { text } from '../text.ts';
import type { Finding, Rule } from '../types.ts';

const conflictingLength = {
  id: 'runner/conflicting-length',
  summary: 'runner with both max_epochs and max_iters; train_cfg with both type and by_epoch',
  reference: { source: 'mmcv v1.7.2 mmcv/runner/base_runner.py:135', url: 'https://github.com/open-mmlab/mmcv/blob/v1.7.2/mmcv/runner/base_runner.py#L135' },
};

export const runnerConflictingLengthMmcv1: Rule = {
  ...conflictingLength,
  check(input): Finding[] {
    const runner = dictAt(input.config, ['runner']);
    if (!runner || numberAt(runner, 'max_epochs') === undefined || numberAt(runner, 'max_iters') === undefined) return [];
    const drop = runner.type === 'IterBasedRunner' ? 'max_epochs' : 'max_iters';
    return [
      {
        severity: 'error',
        path: ['runner', drop],
        message: text('ValueError: Only one of `max_epochs` or `max_iters` can be set.', 'ValueError：runner 只能设置 max_epochs 或 max_iters 之一。'),
        fix: { title: text(`Remove runner.${drop}`, `删除 runner.${drop}`), edits: [{ op: 'delete', path: ['runner', drop] }] },
      },
    ];
  },
};

export const runnerConflictingLengthMmengine: Rule = {
  ...conflictingLength,
  check(input): Finding[] {
    const loop = dictAt(input.config, ['train_cfg']);
    if (!loop || !('type' in loop) || !('by_epoch' in loop)) return [];
    return [
      {
        severity: 'error',
        path: ['train_cfg', 'by_epoch'],
        message: text('RuntimeError: Only one of `type` or `by_epoch` can exist in `loop_cfg`.', 'RuntimeError：train_cfg 中 type 与 by_epoch 只能出现一个。'),
        reference: { source: 'mmengine v0.10.7 mmengine/runner/runner.py:1515', url: 'https://github.com/open-mmlab/mmengine/blob/v0.10.7/mmengine/runner/runner.py#L1515' },
        fix: { title: text('Remove train_cfg.by_epoch', '删除 train_cfg.by_epoch'), edits: [{ op: 'delete', path: ['train_cfg', 'by_epoch'] }] },
      },
    ];
  },
};

/** A train_cfg with neither `type` nor `by_epoch`: build_train_loop's `loop_cfg.pop('by_epoch')` raises KeyError (runner.py:1525). */
export const loopWithoutType: Rule = {
  id: 'loop/missing-type',
  summary: 'train_cfg with neither type nor by_epoch',
  reference: { source: 'mmengine v0.10.7 mmengine/runner/runner.py:1525', url: 'https://github.com/open-mmlab/mmengine/blob/v0.10.7/mmengine/runner/runner.py#L1525' },
  check(input): Finding[] {
    const loop = dictAt(input.config, ['train_cfg']);
    if (!loop || 'type' in loop || 'by_epoch' in loop) return [];
    return [
      {
        severity: 'error',
        path: ['train_cfg'],
        message: text("KeyError: 'by_epoch': train_cfg names no loop type and no by_epoch, so the Runner cannot choose a loop.", "KeyError: 'by_epoch'：train_cfg 既没有 type 也没有 by_epoch，Runner 无法选择训练循环。"),
        fix: { title: text("Set type='EpochBasedTrainLoop'", "设置 type='EpochBasedTrainLoop'"), edits: [{ op: 'set', path: ['train_cfg', 'type'], value: 'EpochBasedTrainLoop' }] },
      },
    ];
  },
};
