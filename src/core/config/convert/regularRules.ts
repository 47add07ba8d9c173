import type { PyDict } from '../../python/value.ts';
import type { LrRuleSpec, MinTarget } from '../../dialects/mmcv1/schedule/lrHookSpec.ts';
import type { MomentumRuleSpec } from '../../dialects/mmcv1/schedule/momentumHookSpec.ts';
import { roundHalfEven } from '../../dialects/mmcv1/schedule/pyOps.ts';
import { dependsOnLoaderLength, iterationOf, spanOf, type Axis } from './axis.ts';
import type { NoteList } from './notes.ts';
import { toFloat } from './pyNumbers.ts';
import { mapCyclic } from './cyclicRules.ts';

/** The MMEngine schedulers standing for one MMCV regular (non-warmup) policy. */
export interface RegularMapping {
  schedulers: PyDict[];
  /** The schedulers reproduce the hook's regular values exactly (before any warmup). */
  exact: boolean;
  /**
   * First iteration at which a scheduler changes the value other than by scaling it. Until then
   * a chained warmup multiplies exactly as MMCV's warmup does; Infinity when it never happens.
   */
  firstNonScaling: number;
  /** A scheduler sets absolute values when built, so it must precede a warmup in the list. */
  resetsAtBuild: boolean;
}

export type ParamKind = 'LR' | 'Momentum';

/** The value the hook starts from in the optimizer's own group, and whether every group starts there. */
export interface StartValues {
  base: number;
  /** False when `custom_keys` give groups an lr_mult, so absolute values cannot become one factor. */
  oneScale: boolean;
}

const never = Number.POSITIVE_INFINITY;

function etaOf(target: MinTarget): PyDict {
  return target.kind === 'absolute' ? { eta_min: toFloat(target.value) } : { eta_min_ratio: toFloat(target.value) };
}

function isZeroTarget(target: MinTarget): boolean {
  return target.value === 0;
}

function noteLoaderLength(axis: Axis, notes: NoteList, path: string[]): void {
  if (!dependsOnLoaderLength(axis)) return;
  notes.info(
    path,
    `Written in iterations for iters_per_epoch=${axis.itersPerEpoch} (max_iters=${axis.maxProgress}); change it if the dataset size changes.`,
    `按 iters_per_epoch=${axis.itersPerEpoch}（max_iters=${axis.maxProgress}）换算为迭代数；数据集大小变化时需要重新换算。`,
  );
}

/**
 * Maps the regular part of an MMCV 1.7.2 lr or momentum policy to MMEngine 0.10.7 schedulers,
 * choosing arguments that give the same value at every iteration where such exist. `axis`
 * says whether the hook counts epochs or iterations.
 */
export function mapRegular(
  rule: LrRuleSpec | MomentumRuleSpec,
  kind: ParamKind,
  axis: Axis,
  start: StartValues,
  notes: NoteList,
  path: string[],
): RegularMapping {
  const by = (p: number): number => iterationOf(axis, p);
  const P = axis.maxProgress;
  switch (rule.policy) {
    case 'Fixed':
      return { schedulers: [], exact: true, firstNonScaling: never, resetsAtBuild: false };
    case 'Step': {
      const floor = 'minLr' in rule ? rule.minLr : rule.minMomentum;
      const gamma = toFloat(rule.gamma);
      const s: PyDict =
        typeof rule.step === 'number'
          ? { type: `Step${kind}`, step_size: rule.step, gamma, ...spanOf(axis, 0, P) }
          : { type: `MultiStep${kind}`, milestones: [...rule.step], gamma, ...spanOf(axis, 0, P) };
      if (dependsOnLoaderLength(axis)) {
        delete s.begin;
        delete s.end;
      }
      if (floor !== null) {
        const name = kind === 'LR' ? 'min_lr' : 'min_momentum';
        notes.warn(
          [...path, name],
          `${name} has no MMEngine equivalent: ${s.type} keeps multiplying by gamma below it. Same curve only while the floor is never reached (see the curve check).`,
          `${name} 在 MMEngine 中没有对应参数：${s.type} 会继续乘以 gamma 而不会停在下限。只有从未触及下限时曲线才相同（见曲线核对）。`,
        );
      }
      return { schedulers: [s], exact: floor === null, firstNonScaling: never, resetsAtBuild: false };
    }
    case 'Exp':
      return {
        schedulers: [{ type: `Exponential${kind}`, gamma: toFloat(rule.gamma), ...spanOf(axis, 0, P) }],
        exact: true,
        firstNonScaling: never,
        resetsAtBuild: false,
      };
    case 'Poly': {
      // PolyLR decays over end - begin - 1 steps; MMCV's `1 - progress / max_progress` needs max_progress of them.
      notes.info(
        path,
        `PolyLR uses end=${P + 1} (max_progress + 1): with end=${P}, as the MMEngine migration guide writes it, it would reach eta_min one step early.`,
        `PolyLR 使用 end=${P + 1}（max_progress + 1）：若按迁移文档写 end=${P}，会提前一步降到 eta_min。`,
      );
      noteLoaderLength(axis, notes, path);
      return {
        schedulers: [{ type: `Poly${kind}`, eta_min: toFloat(rule.minLr), power: toFloat(rule.power), ...spanOf(axis, 0, P + 1) }],
        exact: true,
        firstNonScaling: rule.minLr === 0 ? never : by(1),
        resetsAtBuild: false,
      };
    }
    case 'Inv': {
      const last = Math.max(P - 1, 1);
      const gamma = (1 + rule.gamma * last) ** (-rule.power / last);
      notes.warn(
        path,
        `MMEngine has no Inv scheduler. Closest: ExponentialLR with gamma=${gamma} so the last ${axis.unit} matches; the values in between differ (see the curve check).`,
        `MMEngine 没有 Inv 调度器。最接近的写法：ExponentialLR，gamma=${gamma}，使最后一个${axis.unit === 'epoch' ? 'epoch' : '迭代'}的值相同；中间的值不同（见曲线核对）。`,
      );
      return {
        schedulers: [{ type: `Exponential${kind}`, gamma: toFloat(gamma), ...spanOf(axis, 0, P) }],
        exact: false,
        firstNonScaling: never,
        resetsAtBuild: false,
      };
    }
    case 'CosineAnnealing': {
      // With an epoch runner counting iterations, T_max = max_epochs converted keeps the file independent of the loader length.
      const span: PyDict = dependsOnLoaderLength(axis)
        ? { by_epoch: true, begin: 0, end: axis.maxEpochs, convert_to_iter_based: true }
        : spanOf(axis, 0, P);
      const tMax = dependsOnLoaderLength(axis) ? axis.maxEpochs : P;
      return {
        schedulers: [{ type: `CosineAnnealing${kind}`, T_max: tMax, ...etaOf(rule.target), ...span }],
        exact: true,
        firstNonScaling: isZeroTarget(rule.target) ? never : by(1),
        resetsAtBuild: false,
      };
    }
    case 'LinearAnnealing':
      return mapLinearAnnealing(rule.target, kind, axis, start, notes, path);
    case 'FlatCosineAnnealing': {
      const start = roundHalfEven(P * rule.startPercent);
      if (P - start <= 0) return { schedulers: [], exact: true, firstNonScaling: never, resetsAtBuild: false };
      noteLoaderLength(axis, notes, path);
      return {
        schedulers: [{ type: `CosineAnnealing${kind}`, T_max: P - start, ...etaOf(rule.target), ...spanOf(axis, start, P) }],
        exact: true,
        firstNonScaling: isZeroTarget(rule.target) ? never : by(start + 1),
        resetsAtBuild: false,
      };
    }
    case 'CosineRestart':
      return mapCosineRestart(rule, kind, axis, notes, path);
    case 'Cyclic':
      return mapCyclic(rule, kind, axis, notes, path);
    case 'OneCycle':
      return 'maxLr' in rule ? mapOneCycleLr(rule, axis) : mapOneCycleMomentum(notes, path);
    case 'YOLOX':
      // The YOLOX policy owns its warmup too; scheduleToMmengine maps it as a whole.
      return { schedulers: [], exact: false, firstNonScaling: 0, resetsAtBuild: false };
    case 'CosineAnnealingCooldown':
    case 'StepFixCosineAnnealing':
      // mmcls / mmselfsup 0.x hooks with no MMEngine counterpart of the same shape.
      notes.warn(path, `The ${rule.policy} policy (mmcls / mmselfsup 0.x) has no MMEngine scheduler; write its param_scheduler by hand.`, `${rule.policy} 策略（mmcls / mmselfsup 0.x）没有对应的 MMEngine 调度器；请手动编写 param_scheduler。`);
      return { schedulers: [], exact: false, firstNonScaling: 0, resetsAtBuild: false };
  }
}

function mapLinearAnnealing(
  target: MinTarget,
  kind: ParamKind,
  axis: Axis,
  start: StartValues,
  notes: NoteList,
  path: string[],
): RegularMapping {
  const P = axis.maxProgress;
  // LinearLR reaches end_factor after end - begin - 1 steps; MMCV reaches min at max_progress.
  notes.info(
    path,
    `Linear${kind} uses end=${P + 1} (max_progress + 1) so the last ${axis.unit} gets MMCV's value; end=${P} would arrive one step early.`,
    `Linear${kind} 使用 end=${P + 1}（max_progress + 1），使最后一个${axis.unit === 'epoch' ? 'epoch' : '迭代'}与 MMCV 相同；end=${P} 会提前一步。`,
  );
  noteLoaderLength(axis, notes, path);
  const factor = target.kind === 'ratio' ? target.value : target.value / start.base;
  const linear = (f: number): PyDict => ({ type: `Linear${kind}`, start_factor: toFloat(1), end_factor: toFloat(f), ...spanOf(axis, 0, P + 1) });
  if (factor >= 0 && factor <= 1 && (target.kind === 'ratio' || start.oneScale)) {
    return { schedulers: [linear(factor)], exact: true, firstNonScaling: never, resetsAtBuild: false };
  }
  notes.warn(
    path,
    `No exact Linear${kind} equivalent: end_factor is a factor (0..1) of each group's start value, not an absolute minimum. Closest: end_factor=${Math.min(Math.max(factor, 0), 1)} from the optimizer's own group; other groups differ.`,
    `Linear${kind} 无法精确表达：end_factor 是每个参数组初始值的系数（0..1），不是绝对下限。最接近的写法按优化器本身的参数组换算 end_factor=${Math.min(Math.max(factor, 0), 1)}，其余参数组会不同。`,
  );
  return { schedulers: [linear(Math.min(Math.max(factor, 0), 1))], exact: false, firstNonScaling: never, resetsAtBuild: false };
}

function mapCosineRestart(
  rule: Extract<LrRuleSpec, { policy: 'CosineRestart' }>,
  kind: ParamKind,
  axis: Axis,
  notes: NoteList,
  path: string[],
): RegularMapping {
  // MMEngine restarts at base * weight; MMCV at weight * base + (1 - weight) * min.
  const exact = isZeroTarget(rule.target) || rule.restartWeights.every((w) => w === 1);
  if (!exact) {
    notes.warn(
      [...path, 'restart_weights'],
      'CosineRestartLR restarts each period at weight * lr, MMCV at weight * lr + (1 - weight) * min_lr: with a non-zero minimum and weights other than 1 they differ (see the curve check).',
      'CosineRestartLR 每个周期从 weight * lr 重新开始，MMCV 从 weight * lr + (1 - weight) * min_lr 开始：下限非零且权重不为 1 时两者不同（见曲线核对）。',
    );
  }
  const sum = rule.periods.reduce((a, b) => a + b, 0);
  if (sum < axis.maxProgress) {
    notes.warn(
      [...path, 'periods'],
      `The periods add up to ${sum} < ${axis.maxProgress}: MMCV raises when training goes past them, MMEngine keeps the last value.`,
      `periods 总和为 ${sum}，小于 ${axis.maxProgress}：超出后 MMCV 会报错，MMEngine 保持最后的值。`,
    );
  }
  const first = rule.periods[0] ?? never;
  return {
    schedulers: [
      {
        type: `CosineRestart${kind}`,
        periods: [...rule.periods],
        restart_weights: rule.restartWeights.map(toFloat),
        ...etaOf(rule.target),
        ...spanOf(axis, 0, axis.maxProgress),
      },
    ],
    exact,
    firstNonScaling: isZeroTarget(rule.target) ? iterationOf(axis, first) : iterationOf(axis, 1),
    resetsAtBuild: true,
  };
}

function mapOneCycleLr(rule: Extract<LrRuleSpec, { policy: 'OneCycle' }>, axis: Axis): RegularMapping {
  const s: PyDict = {
    type: 'OneCycleLR',
    eta_max: toFloat(rule.maxLr),
    ...(rule.totalSteps === null ? {} : { total_steps: rule.totalSteps }),
    pct_start: toFloat(rule.pctStart),
    anneal_strategy: rule.anneal,
    div_factor: toFloat(rule.divFactor),
    final_div_factor: toFloat(rule.finalDivFactor),
    three_phase: rule.threePhase,
    by_epoch: false,
  };
  if (!axis.epochRunner) s.end = axis.maxProgress;
  // OneCycleLR writes absolute values every step, so a chained warmup is overwritten at once.
  return { schedulers: [s], exact: true, firstNonScaling: 0, resetsAtBuild: true };
}

function mapOneCycleMomentum(notes: NoteList, path: string[]): RegularMapping {
  notes.warn(
    path,
    'MMEngine has no OneCycle momentum scheduler (OneCycleLR leaves momentum alone); momentum stays at the optimizer value. See the curve check for the difference.',
    'MMEngine 没有 OneCycle 动量调度器（OneCycleLR 不改变动量）；动量保持优化器的初始值。差异见曲线核对。',
  );
  return { schedulers: [], exact: false, firstNonScaling: never, resetsAtBuild: false };
}
