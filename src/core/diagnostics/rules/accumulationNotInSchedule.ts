/**
 * Gradient accumulation does not slow the schedule (mmengine #1308): the optimizer steps once per
 * `accumulative_counts` (MMEngine OptimWrapper) or `cumulative_iters` (MMCV
 * GradientCumulativeOptimizerHook) iterations, but the lr/momentum schedulers and the loop still
 * count iterations. Iteration lengths taken from a recipe with a k× larger batch then cover k× fewer
 * optimizer updates (a 500-iteration warmup is 125 updates at k=4).
 */
import { canonicalLrPolicy } from '../../model/policies.ts';
import { numberOf } from '../../python/value.ts';
import { mmcvHookUnit, trainLengthMmcv1, trainLengthMmengine } from '../facts.ts';
import { className, dictAt, numberAt, truthyOr } from '../pyAccess.ts';
import { resolvedSchedulers } from '../schedulerFacts.ts';
import { showPath, text } from '../text.ts';
import type { Finding, Rule } from '../types.ts';

const id = 'schedule/accumulation-not-in-schedule';
const summary = 'gradient accumulation does not slow the lr schedule';
const reference = { source: 'mmengine issue #1308', url: 'https://github.com/open-mmlab/mmengine/issues/1308' };

/** Iteration-counted lengths of the schedule, as "name=value" with the number of optimizer updates they make. */
function finding(path: string[], k: number, lengths: { name: string; iters: number }[]): Finding {
  const en = lengths.map((l) => `${l.name}=${l.iters} is ${Math.ceil(l.iters / k)} updates`).join('; ');
  const zh = lengths.map((l) => `${l.name}=${l.iters} 即 ${Math.ceil(l.iters / k)} 次更新`).join('；');
  return {
    severity: 'info',
    path,
    message: text(
      `${showPath(path)}=${k}: the optimizer steps once every ${k} iterations, but the schedule and the loop still count iterations${lengths.length > 0 ? ` (${en})` : ''}. Lengths copied from a recipe with a ${k}× larger batch need ×${k} to keep its number of updates.`,
      `${showPath(path)}=${k}：优化器每 ${k} 次迭代更新一次，但调度器和训练循环仍按迭代计数${lengths.length > 0 ? `（${zh}）` : ''}。从批大小为 ${k} 倍的配方照搬的长度需要乘以 ${k} 才能保持更新次数。`,
    ),
  };
}

export const accumulationNotInScheduleMmengine: Rule = {
  id,
  summary,
  reference,
  check(input): Finding[] {
    const k = numberAt(dictAt(input.config, ['optim_wrapper']), 'accumulative_counts');
    if (k === undefined || k <= 1) return [];
    const train = trainLengthMmengine(input.config);
    const lengths = resolvedSchedulers(input)
      .filter((s) => s.lr && s.unit === 'iter' && s.end !== undefined)
      .map((s) => ({ name: `${showPath(s.path)} ${s.name} end`, iters: (s.end as number) - s.begin }));
    if (train?.unit === 'iter' && train.length !== undefined) lengths.push({ name: showPath(train.path), iters: train.length });
    return [finding(['optim_wrapper', 'accumulative_counts'], k, lengths)];
  },
};

const cumulativeHooks = new Set(['GradientCumulativeOptimizerHook', 'GradientCumulativeFp16OptimizerHook']);

export const accumulationNotInScheduleMmcv1: Rule = {
  id,
  summary,
  reference,
  check(input): Finding[] {
    const hook = dictAt(input.config, ['optimizer_config']);
    const k = numberAt(hook, 'cumulative_iters');
    if (!hook || !cumulativeHooks.has(className(hook.type) ?? '') || k === undefined || k <= 1) return [];
    const train = trainLengthMmcv1(input.config);
    const lr = dictAt(input.config, ['lr_config']);
    const lengths: { name: string; iters: number }[] = [];
    const warmup = numberAt(lr, 'warmup_iters');
    if (lr && truthyOr(lr.warmup, false) && warmup !== undefined && !truthyOr(lr.warmup_by_epoch, false)) lengths.push({ name: 'lr_config.warmup_iters', iters: warmup });
    const steps = lr?.step;
    const step = numberOf(Array.isArray(steps) ? steps[steps.length - 1] : steps);
    if (lr && canonicalLrPolicy(lr.policy) === 'step' && mmcvHookUnit(lr, train?.unit) === 'iter' && step !== undefined) lengths.push({ name: 'lr_config.step', iters: step });
    if (train?.unit === 'iter' && train.length !== undefined) lengths.push({ name: showPath(train.path), iters: train.length });
    return [finding(['optimizer_config', 'cumulative_iters'], k, lengths)];
  },
};
