import { readWorkflowRows } from '../model/workflow.ts';
import type { PyDict } from '../python/value.ts';
import { isPyDict, numberOf } from '../python/value.ts';
import { parseRunner } from '../dialects/mmcv1/schedule/parseRunner.ts';
import { simulateKeptCheckpoints } from './checkpoints.ts';
import { listEvaluations, readEvalSettings } from './evaluation.ts';
import { countLogLines, readLogSettings } from './logLines.ts';
import { listEpochPhases, listIterPhases } from './phases.ts';
import type { Timeline, TimelineCheckpoint, TimelineUnit, TimelineWarning } from './types.ts';
import { warn } from './warnings.ts';

/** Entries listed per kind; counts stay exact beyond it. Enough for any chart. */
export const maxListedEntries = 5000;
// Beyond these the per-epoch / per-iteration walks would stall the page.
const maxSimulatedEpochs = 100_000;
const maxSimulatedIters = 20_000_000;

/**
 * The training timeline of an MMDetection 2.x (MMCV 1.7.2) config along the global iteration
 * axis: workflow phases, checkpoints written and kept, evaluations and log lines.
 * `itersPerEpoch` is `len(train_dataloader)`. A fresh run is assumed (no resume_from), with
 * validation on (tools/train.py without --no-validate). Never throws: what MMCV would reject
 * becomes a warning.
 */
export function computeTimeline(config: PyDict, itersPerEpoch: number): Timeline {
  const warnings: TimelineWarning[] = [];
  const n = Math.max(1, Math.floor(itersPerEpoch));
  const runner = parseRunner(config);
  if (!runner.ok) return emptyTimeline(n, [warn('runner', runner.error.message, runner.error.message)]);
  const iterBased = runner.value.kind === 'IterBasedRunner';
  const length = runner.value.kind === 'EpochBasedRunner' ? runner.value.maxEpochs : runner.value.maxIters;
  if (length === undefined) {
    const key = iterBased ? 'max_iters' : 'max_epochs';
    return emptyTimeline(n, [warn('runner-length', `AssertionError: ${key} must be specified.`, `AssertionError：必须指定 ${key}。`)]);
  }
  const cap = iterBased ? maxSimulatedIters : maxSimulatedEpochs;
  if (length > cap) warnings.push(warn('too-long', `Only the first ${cap} ${iterBased ? 'iterations' : 'epochs'} are simulated.`, `只模拟前 ${cap} 个${iterBased ? '迭代' : '轮'}。`));
  const total = Math.max(0, Math.min(Math.floor(length), cap));
  const maxEpochs = iterBased ? null : total;
  const maxIters = iterBased ? total : total * n;

  const workflow = readWorkflowRows(config.workflow ?? [{ $tuple: ['train', 1] }]);
  const phases = iterBased ? listIterPhases(workflow, maxIters, warnings) : listEpochPhases(workflow, total, n, warnings);

  const timeline: Timeline = {
    runner: runner.value.kind,
    itersPerEpoch: n,
    maxEpochs,
    maxIters,
    phases,
    checkpoint: computeCheckpoints(config, iterBased, maxEpochs, maxIters, n, warnings),
    evaluation: null,
    log: null,
    warnings,
  };

  const evalSettings = readEvalSettings(config, warnings);
  if (evalSettings) {
    const unit: TimelineUnit = iterBased ? 'iter' : 'epoch';
    const { points, count } = listEvaluations(evalSettings, iterBased ? maxIters : total, (k) => (iterBased ? k : k * n), maxListedEntries);
    timeline.evaluation = {
      unit,
      start: evalSettings.start,
      interval: evalSettings.interval,
      dynamic: (evalSettings.milestones ?? []).slice(1).map((m, i) => ({ milestone: m, interval: evalSettings.intervals?.[i + 1] ?? 0 })),
      points,
      count,
      listedAll: count === points.length,
      saveBest: evalSettings.saveBest,
    };
  }

  const logSettings = readLogSettings(config, iterBased, warnings);
  if (logSettings) {
    timeline.log = countLogLines(logSettings, phases, n, maxListedEntries);
    if (logSettings.interval > n && !iterBased) {
      const epoch = `an epoch (${n} iteration${n === 1 ? '' : 's'})`;
      const never = logSettings.byEpoch && logSettings.ignoreLast;
      warnings.push(
        never
          ? warn('log-never', `Log interval ${logSettings.interval} exceeds ${epoch}: no training log line would ever print (by_epoch counts within an epoch).`, `日志间隔 ${logSettings.interval} 超过每轮的 ${n} 次迭代：永远不会输出训练日志（by_epoch 在每轮内计数）。`)
          : warn('log-sparse', `Log interval ${logSettings.interval} exceeds ${epoch}.`, `日志间隔 ${logSettings.interval} 超过每轮的 ${n} 次迭代。`),
      );
    }
  }
  return timeline;
}

/**
 * Checkpoints of MMCV 1.7.2 CheckpointHook: written after epoch/iteration k when
 * `k % interval == 0` (interval > 0) or, with save_last, when k is the last; by_epoch defaults
 * to True except under IterBasedRunner (`register_training_hooks` sets False). A by_epoch hook
 * under IterBasedRunner never fires (that runner calls no `after_train_epoch`). Deletion under
 * max_keep_ckpts: see {@link simulateKeptCheckpoints}.
 */
function computeCheckpoints(config: PyDict, iterBased: boolean, maxEpochs: number | null, maxIters: number, n: number, warnings: TimelineWarning[]): Timeline['checkpoint'] {
  const section = config.checkpoint_config;
  if (section === undefined) {
    warnings.push(warn('checkpoint-missing', 'checkpoint_config is missing: mmdet 2.x train_detector reads cfg.checkpoint_config and fails.', '缺少 checkpoint_config：mmdet 2.x 的 train_detector 读取 cfg.checkpoint_config 时会出错。'));
    return null;
  }
  if (!isPyDict(section)) return null;
  const interval = numberOf(section.interval) ?? -1;
  const maxKeep = numberOf(section.max_keep_ckpts) ?? -1;
  const saveLast = typeof section.save_last === 'boolean' ? section.save_last : true;
  const byEpoch = typeof section.by_epoch === 'boolean' ? section.by_epoch : !iterBased;
  const unit: TimelineUnit = byEpoch ? 'epoch' : 'iter';
  const template = typeof section.filename_tmpl === 'string' ? section.filename_tmpl : byEpoch ? 'epoch_{}.pth' : 'iter_{}.pth';
  const empty = { unit, interval, maxKeep, saveLast, written: [], writtenCount: 0, keptCount: 0, listedAll: true };
  if (byEpoch && iterBased) {
    warnings.push(warn('checkpoint-by-epoch-iter', 'checkpoint_config.by_epoch=True under IterBasedRunner: no checkpoint is ever saved (the runner has no epochs).', 'IterBasedRunner 下 checkpoint_config.by_epoch=True：永远不会保存检查点（该 runner 没有轮的概念）。'));
    return empty;
  }
  const last = byEpoch ? (maxEpochs ?? 0) : maxIters;
  const saves: number[] = [];
  if (interval > 0) for (let k = interval; k <= last; k += interval) saves.push(k);
  // save_last (is_last_epoch / is_last_iter) only adds a save when the interval missed the last.
  const lastIsExtra = saveLast && last >= 1 && saves[saves.length - 1] !== last;
  if (lastIsExtra) saves.push(last);
  if (interval === 0 && maxKeep > 0 && saves.length > 0) {
    warnings.push(warn('checkpoint-interval-zero', 'ValueError: interval=0 with max_keep_ckpts > 0 crashes at the first save (range() step must not be zero).', 'ValueError：interval=0 且 max_keep_ckpts > 0 时，第一次保存就会出错（range() 步长不能为 0）。'));
  }
  if (interval <= 0 && !saveLast) {
    warnings.push(warn('checkpoint-never', 'No checkpoint is saved: interval ≤ 0 and save_last=False.', '不会保存任何检查点：interval ≤ 0 且 save_last=False。'));
  }
  const kept = simulateKeptCheckpoints(saves, interval, maxKeep);
  const written: TimelineCheckpoint[] = saves.slice(0, maxListedEntries).map((k) => ({
    at: k,
    iter: byEpoch ? k * n : k,
    file: template.replace('{}', String(k)),
    reason: lastIsExtra && k === last ? 'last' : 'interval',
    kept: kept.has(k),
  }));
  return { ...empty, written, writtenCount: saves.length, keptCount: kept.size, listedAll: saves.length <= maxListedEntries };
}

function emptyTimeline(itersPerEpoch: number, warnings: TimelineWarning[]): Timeline {
  return { runner: 'EpochBasedRunner', itersPerEpoch, maxEpochs: null, maxIters: 0, phases: [], checkpoint: null, evaluation: null, log: null, warnings };
}
