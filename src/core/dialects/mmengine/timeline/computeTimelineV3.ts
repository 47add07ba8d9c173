import { isPyDict, type PyDict } from '../../../python/value.ts';
import { replaceClassRefsByName } from '../../../schedule/classRefs.ts';
import { parseTrainLoop } from '../schedule/parseTrainLoop.ts';
import { maxListedEntries } from '../../../timeline/computeTimeline.ts';
import type { Timeline, TimelineCheckpoint, TimelinePhase, TimelineWarning } from '../../../timeline/types.ts';
import { warn } from '../../../timeline/warnings.ts';
import { listCheckpointSaves, simulateKeptCheckpointsV3 } from './checkpointsV3.ts';
import { countLogLinesV3 } from './logLinesV3.ts';
import { readCheckpointSettings, readDefaultHook, readLoggerSettings, readValSettings, type CheckpointSettingsV3 } from './readHooksV3.ts';
import { listValidations } from './validationV3.ts';

// Beyond these the per-epoch / per-iteration walks would stall the page (as for 2.x).
const maxSimulatedEpochs = 100_000;
const maxSimulatedIters = 20_000_000;

/**
 * The training timeline of an MMDetection 3.x (MMEngine 0.10.7) config along the global
 * iteration axis: train epochs, checkpoints written and kept (CheckpointHook), val loop runs
 * (EpochBasedTrainLoop / IterBasedTrainLoop) and training log lines (LoggerHook).
 * `itersPerEpoch` is `len(train_dataloader)`. A fresh run is assumed (no resume). Lazy-import
 * class references are read by name. Never throws: what MMEngine would reject becomes a warning.
 * `runner` reports EpochBasedTrainLoop as 'EpochBasedRunner' and IterBasedTrainLoop as
 * 'IterBasedRunner', the shared Timeline's names for the two ways of counting.
 */
export function computeTimelineV3(rawConfig: PyDict, itersPerEpoch: number): Timeline {
  const warnings: TimelineWarning[] = [];
  const n = Math.max(1, Math.floor(itersPerEpoch));
  const config = replaceClassRefsByName(rawConfig) as PyDict;
  const loop = parseTrainLoop(config, n);
  if (!loop.ok) return emptyTimeline(n, [warn('train-loop', loop.error.message, loop.error.message)]);
  const iterBased = loop.value.kind === 'iter';
  const length = iterBased ? loop.value.maxIters : loop.value.maxEpochs;
  const cap = iterBased ? maxSimulatedIters : maxSimulatedEpochs;
  if (length > cap) warnings.push(warn('too-long', `Only the first ${cap} ${iterBased ? 'iterations' : 'epochs'} are simulated.`, `只模拟前 ${cap} 个${iterBased ? '迭代' : '轮'}。`));
  const total = Math.max(0, Math.min(length, cap));
  const maxEpochs = iterBased ? null : total;
  const maxIters = iterBased ? total : total * n;

  const phases: TimelinePhase[] = iterBased
    ? total > 0 ? [{ mode: 'train', startIter: 0, endIter: total, epochsBefore: 0, count: total }] : []
    : Array.from({ length: total }, (_, e) => ({ mode: 'train' as const, startIter: e * n, endIter: (e + 1) * n, epochsBefore: e, count: 1 }));

  const checkpointHook = readDefaultHook(config, 'checkpoint');
  const checkpointSettings = checkpointHook ? readCheckpointSettings(checkpointHook, config, warnings) : null;
  const timeline: Timeline = {
    runner: iterBased ? 'IterBasedRunner' : 'EpochBasedRunner',
    itersPerEpoch: n,
    maxEpochs,
    maxIters,
    phases,
    checkpoint: checkpointSettings ? computeCheckpointsV3(checkpointSettings, iterBased, total, n, maxIters, warnings) : null,
    evaluation: null,
    log: null,
    warnings,
  };

  timeline.evaluation = computeValidation(config, iterBased, total, n, checkpointSettings, warnings);
  if (timeline.evaluation && checkpointSettings?.saveBest && timeline.checkpoint) {
    const saved = new Set(timeline.checkpoint.written.map((c) => c.at));
    const unit = checkpointSettings.byEpoch ? 'epoch' : 'iter';
    if (timeline.evaluation.points.some((p) => !saved.has(unit === timeline.evaluation?.unit ? p.at : p.iter))) {
      warnings.push(
        warn(
          'save-best-resave',
          'When the best score improves at a validation with no regular checkpoint, MMEngine 0.10.7 (CheckpointHook._save_best_checkpoint) also writes that step\'s regular checkpoint and counts it under max_keep_ckpts; these depend on the metrics and are not shown.',
          '当某次验证刷新最佳分数而该步没有常规检查点时，MMEngine 0.10.7（CheckpointHook._save_best_checkpoint）还会写入该步的常规检查点，并计入 max_keep_ckpts；这取决于指标，此处未显示。',
        ),
      );
    }
  }

  const loggerHook = readDefaultHook(config, 'logger');
  const logger = loggerHook ? readLoggerSettings(loggerHook, warnings) : null;
  if (logger) {
    timeline.log = countLogLinesV3(loop.value.kind, logger.interval, logger.ignoreLast, n, iterBased ? 0 : total, maxIters, maxListedEntries);
    if (!iterBased && logger.interval > n && total > 0) {
      warnings.push(
        warn(
          'log-end-of-epoch',
          `Logger interval ${logger.interval} exceeds an epoch (${n} iteration${n === 1 ? '' : 's'}): LoggerHook counts within the epoch, so only each epoch's last iteration prints a line (len(train_dataloader) <= interval overrides ignore_last).`,
          `日志间隔 ${logger.interval} 超过每轮的 ${n} 次迭代：LoggerHook 在每轮内计数，因此每轮只在最后一次迭代输出一行（len(train_dataloader) <= interval 时不受 ignore_last 影响）。`,
        ),
      );
    }
  }
  return timeline;
}

/**
 * Checkpoints of MMEngine 0.10.7 CheckpointHook. A by_epoch hook counts epochs
 * (`after_train_epoch`); under IterBasedTrainLoop the whole run is one epoch whose
 * `after_train_epoch` comes at the end, so at most `epoch_1.pth` is written. A by-iteration hook
 * counts global iterations (`after_train_iter`) under either loop.
 */
function computeCheckpointsV3(s: CheckpointSettingsV3, iterBased: boolean, total: number, n: number, maxIters: number, warnings: TimelineWarning[]): Timeline['checkpoint'] {
  let steps: number;
  let iterOf: (k: number) => number;
  if (s.byEpoch && iterBased) {
    warnings.push(warn('checkpoint-by-epoch-iter', 'CheckpointHook by_epoch=True under IterBasedTrainLoop: the whole run counts as one epoch, so at most epoch_1.pth is written, at the end. Set by_epoch=False.', 'IterBasedTrainLoop 下 CheckpointHook 的 by_epoch=True：整个训练算作一轮，最多在结束时写入 epoch_1.pth。请设置 by_epoch=False。'));
    steps = 1;
    iterOf = () => maxIters;
  } else if (s.byEpoch) {
    steps = total;
    iterOf = (k) => k * n;
  } else {
    steps = maxIters;
    iterOf = (k) => k;
  }
  const saves = listCheckpointSaves(steps, s.interval, s.saveBegin, s.saveLast);
  const unitEn = s.byEpoch ? 'epochs' : 'iterations';
  const unitZh = s.byEpoch ? '轮' : '次迭代';
  if (saves.length === 0 && steps >= 1) {
    warnings.push(warn('checkpoint-never', 'No checkpoint is saved: the interval never fires and save_last=False.', '不会保存任何检查点：间隔从不触发且 save_last=False。'));
  } else if (s.interval > steps && steps >= 1 && !(s.byEpoch && iterBased)) {
    warnings.push(warn('checkpoint-interval-long', `Checkpoint interval ${s.interval} exceeds the ${steps} ${unitEn} of training: only the last checkpoint (save_last) is written.`, `检查点间隔 ${s.interval} 超过训练总长 ${steps} ${unitZh}：只写入最后一个检查点（save_last）。`));
  }
  const kept = simulateKeptCheckpointsV3(saves.map((x) => x.at), s.maxKeep);
  const written: TimelineCheckpoint[] = saves.slice(0, maxListedEntries).map(({ at, reason }) => ({
    at,
    iter: iterOf(at),
    file: s.template.replace('{}', String(at)),
    reason,
    kept: kept.has(at),
  }));
  return {
    unit: s.byEpoch ? 'epoch' : 'iter',
    interval: s.interval,
    maxKeep: s.maxKeep,
    saveLast: s.saveLast,
    written,
    writtenCount: saves.length,
    keptCount: kept.size,
    listedAll: saves.length <= maxListedEntries,
  };
}

/**
 * Val loop runs: none without `val_cfg` (MMEngine builds `runner.val_loop` only from it), else
 * see {@link listValidations}. `start` is `val_begin` only where it delays validation past the
 * first interval; `saveBest` comes from CheckpointHook.save_best (3.x keeps it there).
 */
function computeValidation(config: PyDict, iterBased: boolean, total: number, n: number, checkpoint: CheckpointSettingsV3 | null, warnings: TimelineWarning[]): Timeline['evaluation'] {
  if (config.val_cfg === undefined || config.val_cfg === null) {
    warnings.push(warn('val-loop-none', 'val_cfg is not set: runner.val_loop is None and training never validates.', '未设置 val_cfg：runner.val_loop 为 None，训练中不会验证。'));
    return null;
  }
  const trainCfg = config.train_cfg;
  if (!isPyDict(trainCfg)) return null;
  const unit = iterBased ? 'iter' : 'epoch';
  const s = readValSettings(trainCfg, unit, warnings);
  const { points, count, crashedAt } = listValidations(s, total, (k) => (iterBased ? k : k * n), maxListedEntries);
  const unitEn = iterBased ? 'iteration' : 'epoch';
  const unitZh = iterBased ? '次迭代' : '轮';
  if (crashedAt !== null) {
    warnings.push(warn('val-interval-zero', `ZeroDivisionError: val_interval is 0 after ${unitEn} ${crashedAt}; training stops there.`, `ZeroDivisionError：第 ${crashedAt} ${unitZh}后 val_interval 为 0；训练在此中止。`));
  } else if (total >= 1 && s.valBegin > total) {
    warnings.push(warn('val-never', `val_begin ${s.valBegin} is after the last ${unitEn} (${total}): training never validates.`, `val_begin ${s.valBegin} 晚于最后一${iterBased ? '次迭代' : '轮'}（${total}）：训练中不会验证。`));
  } else if (total >= 1 && s.valInterval > total && s.milestones.length === 1) {
    warnings.push(warn('val-interval-long', `val_interval ${s.valInterval} exceeds the ${total} ${unitEn}s of training: validation runs only after the last ${unitEn} (k == max rule).`, `val_interval ${s.valInterval} 超过训练总长 ${total} ${unitZh}：只在最后一${iterBased ? '次迭代' : '轮'}后验证（k == max 规则）。`));
  }
  return {
    unit,
    start: s.valBegin > s.valInterval ? s.valBegin : null,
    interval: s.valInterval,
    dynamic: s.milestones.slice(1).map((m, i) => ({ milestone: m, interval: s.intervals[i + 1] ?? 0 })),
    points,
    count,
    listedAll: count === points.length,
    saveBest: checkpoint?.saveBest ?? null,
  };
}

function emptyTimeline(itersPerEpoch: number, warnings: TimelineWarning[]): Timeline {
  return { runner: 'EpochBasedRunner', itersPerEpoch, maxEpochs: null, maxIters: 0, phases: [], checkpoint: null, evaluation: null, log: null, warnings };
}
