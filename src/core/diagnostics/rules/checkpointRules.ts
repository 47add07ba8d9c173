/**
 * Checkpoint hook sanity. MMCV CheckpointHook (mmcv/runner/hooks/checkpoint.py) and MMEngine
 * CheckpointHook (mmengine/hooks/checkpoint_hook.py) save every `interval` units and, with
 * save_last (default True), at the end; `max_keep_ckpts` deletes the oldest files, whatever
 * their score.
 */
import { numberOf } from '../../python/value.ts';
import { checkpointFactsMmcv1, checkpointFactsMmengine } from '../checkpointFacts.ts';
import type { CheckpointFacts } from '../checkpointFacts.ts';
import { lengthIn } from '../facts.ts';
import { dictAt, truthyOr } from '../pyAccess.ts';
import { text } from '../text.ts';
import type { DiagnoseInput, Finding, Rule } from '../types.ts';

type ReadFacts = (input: DiagnoseInput) => CheckpointFacts | undefined;

const lastNotSaved = {
  id: 'checkpoint/last-not-saved',
  summary: 'save_last=False with an interval that skips the end of training',
  reference: { source: 'mmcv v1.7.2 mmcv/runner/hooks/checkpoint.py:52 (save_last)', url: 'https://github.com/open-mmlab/mmcv/blob/v1.7.2/mmcv/runner/hooks/checkpoint.py#L52' },
};
export const lastEpochNotSavedMmcv1: Rule = { ...lastNotSaved, check: (input) => lastNotSavedFindings(input, checkpointFactsMmcv1) };
export const lastEpochNotSavedMmengine: Rule = { ...lastNotSaved, check: (input) => lastNotSavedFindings(input, checkpointFactsMmengine) };

function lastNotSavedFindings(input: DiagnoseInput, readFacts: ReadFacts): Finding[] {
  const f = readFacts(input);
  if (!f || f.section.save_last !== false) return [];
  const interval = numberOf(f.section.interval) ?? -1;
  const total = lengthIn(f.train, f.unit, input.itersPerEpoch);
  if (total === undefined || (interval > 0 && total % interval === 0)) return [];
  const unit = f.unit === 'epoch' ? ['epoch', 'epoch'] : ['iteration', '次迭代'];
  return [
    {
      severity: 'warning',
      path: [...f.path, 'save_last'],
      message: text(
        `save_last=False and interval=${interval} does not divide ${total}: the final ${unit[0]} ${total} is never saved (the last checkpoint is ${interval > 0 ? Math.floor(total / interval) * interval : 'none'}).`,
        `save_last=False 且 interval=${interval} 不能整除 ${total}：最后的 ${unit[1]} ${total} 不会被保存。`,
      ),
      fix: { title: text('Set save_last=True', '设置 save_last=True'), edits: [{ op: 'set', path: [...f.path, 'save_last'], value: true }] },
    },
  ];
}

export const saveBestWithoutValidation: Rule = {
  id: 'checkpoint/save-best-without-validation',
  summary: 'save_best with no validation to produce the metric',
  reference: { source: 'mmengine v0.10.7 mmengine/hooks/checkpoint_hook.py:131 (save_best acts after validation)', url: 'https://github.com/open-mmlab/mmengine/blob/v0.10.7/mmengine/hooks/checkpoint_hook.py#L131' },
  check(input): Finding[] {
    const f = checkpointFactsMmengine(input);
    if (!f || !truthyOr(f.section.save_best, false)) return [];
    const c = input.config;
    const validates = truthyOr(c.val_cfg, false) && truthyOr(c.val_dataloader, false) && truthyOr(c.val_evaluator, false);
    if (validates) return [];
    return [
      {
        severity: 'warning',
        path: [...f.path, 'save_best'],
        message: text('save_best is set but the config has no validation (val_cfg, val_dataloader, val_evaluator): no best checkpoint is ever saved.', '设置了 save_best，但配置没有验证（val_cfg、val_dataloader、val_evaluator）：永远不会保存最佳模型。'),
      },
    ];
  },
};

const unitMismatch = {
  id: 'checkpoint/by-epoch-mismatch',
  summary: 'checkpoint by_epoch against the runner or loop',
  reference: { source: 'mmdet issue #6635', url: 'https://github.com/open-mmlab/mmdetection/issues/6635' },
};
export const checkpointUnitMismatchMmcv1: Rule = { ...unitMismatch, check: (input) => unitMismatchFindings(input, checkpointFactsMmcv1) };
export const checkpointUnitMismatchMmengine: Rule = { ...unitMismatch, check: (input) => unitMismatchFindings(input, checkpointFactsMmengine) };

function unitMismatchFindings(input: DiagnoseInput, readFacts: ReadFacts): Finding[] {
  const f = readFacts(input);
  if (!f || !f.train || f.unit === f.train.unit) return [];
  const interval = numberOf(f.section.interval) ?? -1;
  const message =
    f.unit === 'iter'
      ? text(`The checkpoint interval (${interval}) counts iterations while training counts epochs: a checkpoint every ${interval} iterations.`, `检查点间隔（${interval}）按迭代计数，而训练按 epoch 计数：每 ${interval} 次迭代保存一次。`)
      : text(`The checkpoint interval (${interval}) counts epochs while training counts iterations.`, `检查点间隔（${interval}）按 epoch 计数，而训练按迭代计数。`);
  return [
    {
      severity: 'warning',
      path: f.explicit ? [...f.path, 'by_epoch'] : f.path,
      message,
      fix: { title: text(`Set by_epoch=${f.train.unit === 'epoch' ? 'True' : 'False'}`, `设置 by_epoch=${f.train.unit === 'epoch' ? 'True' : 'False'}`), edits: [{ op: 'set', path: [...f.path, 'by_epoch'], value: f.train.unit === 'epoch' }] },
    },
  ];
}

const maxKeep = {
  id: 'checkpoint/max-keep-newest',
  summary: 'max_keep_ckpts keeps the newest N checkpoints, not the best',
  reference: { source: 'mmcv issue #1866', url: 'https://github.com/open-mmlab/mmcv/issues/1866' },
};
export const maxKeepKeepsNewestMmcv1: Rule = { ...maxKeep, check: (input) => maxKeepFindings(input, ['checkpoint_config']) };
export const maxKeepKeepsNewestMmengine: Rule = { ...maxKeep, check: (input) => maxKeepFindings(input, ['default_hooks', 'checkpoint']) };

function maxKeepFindings(input: DiagnoseInput, path: string[]): Finding[] {
  const n = numberOf(dictAt(input.config, path)?.max_keep_ckpts);
  if (n === undefined || n <= 0) return [];
  return [
    {
      severity: 'info',
      path: [...path, 'max_keep_ckpts'],
      message: text(`max_keep_ckpts=${n} keeps the ${n} newest checkpoints and deletes older ones, whatever their score.`, `max_keep_ckpts=${n} 保留最新的 ${n} 个检查点并删除更早的，不论其指标好坏。`),
    },
  ];
}
