import type { PyDict } from '../../python/value.ts';
import type { AnnealStrategy } from '../../dialects/mmcv1/schedule/lrHookSpec.ts';
import { dependsOnLoaderLength, type Axis } from './axis.ts';
import type { NoteList } from './notes.ts';
import { toFloat } from './pyNumbers.ts';
import type { ParamKind, RegularMapping } from './regularRules.ts';

/** More cycles than this would make an unreadable list of schedulers. */
const maxCycles = 100;

interface CyclicRule {
  targetRatio: readonly [number, number];
  cyclicTimes: number;
  stepRatioUp: number;
  anneal: AnnealStrategy;
  gamma: number;
}

/** One cosine segment that restarts at `weight * base` and anneals towards `ratio * base`. */
function makeSegment(kind: ParamKind, begin: number, length: number, weight: number, ratio: number): PyDict {
  return {
    type: `CosineRestart${kind}`,
    periods: [length],
    restart_weights: [toFloat(weight)],
    eta_min_ratio: toFloat(ratio),
    by_epoch: false,
    begin,
    end: begin + length,
  };
}

/**
 * MMCV's Cyclic hooks (by iteration only) as MMEngine schedulers. MMEngine has no cyclic
 * scheduler, but a one-period CosineRestart scheduler restarts at `weight * base` and anneals by
 * cosine to `eta_min_ratio * base`, which is exactly one phase of a cosine cycle (targets are
 * ratios of each group's start value, as MMCV's are); one per phase, ratios scaled by gamma**cycle.
 */
export function mapCyclic(rule: CyclicRule, kind: ParamKind, axis: Axis, notes: NoteList, path: string[]): RegularMapping {
  const total = axis.maxProgress;
  const perPhase = Math.floor(total / rule.cyclicTimes);
  const upEnd = Math.trunc(rule.stepRatioUp * perPhase);
  const cycles = perPhase > 0 ? Math.ceil(total / perPhase) : 0;
  const none: RegularMapping = { schedulers: [], exact: false, firstNonScaling: 0, resetsAtBuild: false };
  if (perPhase <= 0 || cycles > maxCycles) {
    notes.warn(
      path,
      `Cyclic with ${cycles} cycles of ${perPhase} iterations is not converted (MMEngine has no cyclic scheduler; at most ${maxCycles} cycles are written as segments).`,
      `Cyclic（${cycles} 个周期，每个 ${perPhase} 次迭代）未转换（MMEngine 没有循环调度器；最多按 ${maxCycles} 个周期分段写出）。`,
    );
    return none;
  }
  const [peak, trough] = rule.targetRatio;
  const schedulers: PyDict[] = [];
  for (let c = 0, cs = 0; cs < total; c++, cs += perPhase) {
    const s = rule.gamma ** c;
    const length = Math.min(perPhase, total - cs);
    if (upEnd === 0) {
      schedulers.push(makeSegment(kind, cs, perPhase, peak, 1 - s + trough * s));
      continue;
    }
    schedulers.push(makeSegment(kind, cs, upEnd, 1, 1 - s + peak * s));
    if (length > upEnd) schedulers.push(makeSegment(kind, cs + upEnd, perPhase - upEnd, 1 - s + peak * s, trough));
  }
  notes.info(
    path,
    `MMEngine has no cyclic scheduler: each rising and falling phase is a one-period CosineRestart${kind} (${schedulers.length} in all).`,
    `MMEngine 没有循环调度器：每个上升、下降阶段各写成一个单周期的 CosineRestart${kind}（共 ${schedulers.length} 个）。`,
  );
  if (dependsOnLoaderLength(axis)) {
    notes.info(
      path,
      `The phases are in iterations for iters_per_epoch=${axis.itersPerEpoch}; change them if the dataset size changes.`,
      `各阶段按 iters_per_epoch=${axis.itersPerEpoch} 换算为迭代数；数据集大小变化时需要重新换算。`,
    );
  }
  const exact = rule.anneal === 'cos';
  if (!exact) {
    notes.warn(
      [...path, 'anneal_strategy'],
      "anneal_strategy='linear' has no MMEngine equivalent (LinearLR cannot restart or rise above 1); the phases are written with cosine, so values in between differ.",
      "anneal_strategy='linear' 在 MMEngine 中没有对应写法（LinearLR 不能重新开始或超过 1）；各阶段改用余弦，中间的值不同。",
    );
  }
  return { schedulers, exact, firstNonScaling: 1, resetsAtBuild: true };
}
