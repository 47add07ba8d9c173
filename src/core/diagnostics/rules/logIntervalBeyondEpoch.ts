/**
 * A log interval longer than an epoch under epoch-based training: the logger hooks print every
 * `interval` iterations inside the epoch (MMCV LoggerHook `every_n_inner_iters`,
 * mmcv/runner/hooks/logger/base.py; MMEngine LoggerHook.after_train_iter) and skip the epoch's
 * remainder while ignore_last=True (the default), so no training line is ever printed
 * (mmengine #935). Needs iterations per epoch.
 */
import { numberOf } from '../../python/value.ts';
import { trainLengthMmcv1, trainLengthMmengine } from '../facts.ts';
import type { TrainLength } from '../facts.ts';
import { dictAt } from '../pyAccess.ts';
import { text } from '../text.ts';
import type { DiagnoseInput, Finding, Rule } from '../types.ts';

const logInterval = {
  id: 'log/interval-beyond-epoch',
  summary: 'log interval longer than an epoch (no line is ever printed)',
  reference: { source: 'mmengine issue #935', url: 'https://github.com/open-mmlab/mmengine/issues/935' },
};

/** MMCV's `log_config` under the runner's length. */
export const logIntervalBeyondEpochMmcv1: Rule = { ...logInterval, check: (input) => logIntervalFindings(input, trainLengthMmcv1(input.config), ['log_config']) };

/** MMEngine's `default_hooks.logger` under the train loop's length. */
export const logIntervalBeyondEpochMmengine: Rule = { ...logInterval, check: (input) => logIntervalFindings(input, trainLengthMmengine(input.config), ['default_hooks', 'logger']) };

function logIntervalFindings(input: DiagnoseInput, train: TrainLength | undefined, path: string[]): Finding[] {
  const ipe = input.itersPerEpoch;
  if (ipe === undefined || train?.unit !== 'epoch') return [];
  const section = dictAt(input.config, path);
  const interval = numberOf(section?.interval);
  if (!section || interval === undefined || interval <= ipe || section.ignore_last === false) return [];
  return [
    {
      severity: 'warning',
      path: [...path, 'interval'],
      message: text(
        `The log interval (${interval} iterations) is longer than an epoch (${ipe} iterations): no training log line is ever printed.`,
        `日志间隔（${interval} 次迭代）长于一个 epoch（${ipe} 次迭代）：永远不会打印训练日志。`,
      ),
      fix: { title: text(`Set interval=${ipe}`, `将 interval 设为 ${ipe}`), edits: [{ op: 'set', path: [...path, 'interval'], value: ipe }] },
    },
  ];
}
