import { isPyDict, type PyDict, type PyValue } from '../../python/value.ts';
import type { LrHookSpec } from '../../dialects/mmcv1/schedule/lrHookSpec.ts';
import type { MomentumHookSpec } from '../../dialects/mmcv1/schedule/momentumHookSpec.ts';
import { parseLrHook } from '../../dialects/mmcv1/schedule/parseLrHook.ts';
import { parseMomentumHook } from '../../dialects/mmcv1/schedule/parseMomentumHook.ts';
import { parseOptimizer } from '../../dialects/mmcv1/schedule/parseOptimizer.ts';
import { parseRunner, resolveRunFacts } from '../../dialects/mmcv1/schedule/parseRunner.ts';
import type { RunFacts } from '../../dialects/mmcv1/schedule/runFacts.ts';
import type { Axis } from './axis.ts';
import type { NoteList } from './notes.ts';
import { mapRegular, type StartValues } from './regularRules.ts';
import { mapLrWarmup } from './warmupRules.ts';
import { mapYolox } from './yoloxRules.ts';

export interface ScheduleConversion {
  paramScheduler: PyDict[];
  /** Every rule used is an exact equivalent. */
  exact: boolean;
}

function axisOf(byEpoch: boolean, facts: RunFacts): Axis | null {
  if (byEpoch && facts.iterBased) return null;
  const unit = byEpoch ? 'epoch' : 'iter';
  return {
    unit,
    maxProgress: unit === 'epoch' ? facts.maxEpochs : facts.maxIters,
    epochRunner: !facts.iterBased,
    maxEpochs: facts.maxEpochs,
    itersPerEpoch: facts.itersPerEpoch,
  };
}

function readDict(v: PyValue | undefined): PyDict | null {
  return isPyDict(v) ? v : null;
}

/**
 * `lr_config` + `momentum_config` (MMCV 1.7.2 hooks under the config's runner) as one MMEngine
 * `param_scheduler` list, choosing exact equivalents where MMEngine 0.10.7 has them. Returns null
 * (with a warning) when the 2.x schedule cannot be read at all. `itersPerEpoch` only matters for
 * hooks that count iterations under an EpochBasedRunner.
 */
export function convertScheduleToMmengine(config: PyDict, itersPerEpoch: number, notes: NoteList): ScheduleConversion | null {
  const runner = parseRunner(config);
  const facts = runner.ok ? resolveRunFacts(runner.value, itersPerEpoch) : runner;
  const optimizer = parseOptimizer(config.optimizer);
  if (!facts.ok || !optimizer.ok) {
    const error = !facts.ok ? facts.error : optimizer.ok ? null : optimizer.error;
    notes.warn(
      error?.path ?? ['lr_config'],
      `The 2.x schedule cannot be read (${error?.message ?? 'unknown error'}); param_scheduler is not written.`,
      `无法读取 2.x 学习率策略（${error?.message ?? '未知错误'}）；未写出 param_scheduler。`,
    );
    return null;
  }
  const run = facts.value;
  const lrConfig = readDict(config.lr_config);
  const momentumConfig = readDict(config.momentum_config);
  const lrHook = lrConfig === null ? null : parseLrHook(lrConfig, run.iterBased);
  const momentumHook = momentumConfig === null ? null : parseMomentumHook(momentumConfig);
  for (const [hook, section] of [
    [lrHook, 'lr_config'],
    [momentumHook, 'momentum_config'],
  ] as const) {
    if (hook !== null && !hook.ok) {
      notes.warn(
        hook.error.path ?? [section],
        `${section} cannot be built (${hook.error.message}); param_scheduler is not written.`,
        `${section} 无法构建（${hook.error.message}）；未写出 param_scheduler。`,
      );
      return null;
    }
  }
  const lrStart: StartValues = { base: optimizer.value.lr, oneScale: optimizer.value.extraGroups.length === 0 };
  const lr = lrHook?.ok ? convertLrHook(lrHook.value, run, lrStart, notes) : { schedulers: [], exact: true };
  const momentumStart: StartValues = { base: optimizer.value.momentum ?? 0, oneScale: true };
  const momentum = momentumHook?.ok ? convertMomentumHook(momentumHook.value, run, momentumStart, notes) : { schedulers: [], exact: true };
  return { paramScheduler: [...lr.schedulers, ...momentum.schedulers], exact: lr.exact && momentum.exact };
}

function noteIgnoredHook(section: string, notes: NoteList): void {
  notes.warn(
    [section, 'by_epoch'],
    `Under IterBasedRunner a by_epoch hook never runs (before_train_epoch is never called), so MMCV keeps the optimizer value; no scheduler is written.`,
    `在 IterBasedRunner 下 by_epoch 的钩子从不生效（不会调用 before_train_epoch），MMCV 保持优化器的初始值；因此不写调度器。`,
  );
}

function convertLrHook(hook: LrHookSpec, run: RunFacts, start: StartValues, notes: NoteList): { schedulers: PyDict[]; exact: boolean } {
  const path = ['lr_config'];
  const axis = axisOf(hook.byEpoch, run);
  if (axis === null) {
    noteIgnoredHook('lr_config', notes);
    return { schedulers: [], exact: true };
  }
  const warmupIters = hook.warmupByEpoch ? hook.warmupIters * run.itersPerEpoch : hook.warmupIters;
  if (hook.warmupByEpoch && hook.warmup !== null) {
    notes.info(
      [...path, 'warmup_by_epoch'],
      `warmup_by_epoch: ${hook.warmupIters} epochs are ${warmupIters} iterations for iters_per_epoch=${run.itersPerEpoch}; the warmup is written in iterations.`,
      `warmup_by_epoch：${hook.warmupIters} 个 epoch 在 iters_per_epoch=${run.itersPerEpoch} 时等于 ${warmupIters} 次迭代；预热按迭代写出。`,
    );
  }
  if (hook.rule.policy === 'YOLOX') return mapYolox(hook, hook.rule, axis, warmupIters, notes, path);
  const regular = mapRegular(hook.rule, 'LR', axis, start, notes, path);
  if (hook.warmup === null || warmupIters <= 0) return { schedulers: regular.schedulers, exact: regular.exact };
  const warmup = mapLrWarmup(hook.warmup, hook.warmupRatio, warmupIters, notes, path);
  // MMCV scales the regular value by the warmup factor; chained schedulers only agree while the
  // regular ones merely scale the value too.
  const warmupExact = regular.firstNonScaling >= warmupIters;
  if (!warmupExact) {
    notes.warn(
      [...path, 'warmup'],
      `MMCV multiplies the already-decayed lr by the warmup factor; MMEngine chains the schedulers, which is not the same once the decay does more than scale the lr (from iteration ${regular.firstNonScaling}, inside the ${warmupIters}-iteration warmup). No exact equivalent; see the curve check.`,
      `MMCV 把预热系数乘在已衰减的学习率上；MMEngine 则串联各调度器，当衰减不只是缩放时（从第 ${regular.firstNonScaling} 次迭代起，位于 ${warmupIters} 次迭代的预热之内）两者不同。没有精确等价写法；见曲线核对。`,
    );
  }
  const schedulers = regular.resetsAtBuild ? [...regular.schedulers, ...warmup] : [...warmup, ...regular.schedulers];
  return { schedulers, exact: regular.exact && warmupExact };
}

function convertMomentumHook(
  hook: MomentumHookSpec,
  run: RunFacts,
  start: StartValues,
  notes: NoteList,
): { schedulers: PyDict[]; exact: boolean } {
  const path = ['momentum_config'];
  const axis = axisOf(hook.byEpoch, run);
  if (axis === null) {
    noteIgnoredHook('momentum_config', notes);
    return { schedulers: [], exact: true };
  }
  const regular = mapRegular(hook.rule, 'Momentum', axis, start, notes, path);
  if (hook.warmup === null || hook.warmupIters <= 0) return { schedulers: regular.schedulers, exact: regular.exact };
  notes.warn(
    [...path, 'warmup'],
    'MMCV divides the momentum by the warmup factor; MMEngine has no momentum warmup of that shape, so it is left out (see the curve check).',
    'MMCV 用预热系数去除动量；MMEngine 没有这种形状的动量预热，因此未转换（见曲线核对）。',
  );
  return { schedulers: regular.schedulers, exact: false };
}
