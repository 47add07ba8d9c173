import { isPyDict, type PyDict, type PyValue } from '../../python/value.ts';
import { roundHalfEven } from '../../dialects/mmcv1/schedule/pyOps.ts';
import type { NoteList } from './notes.ts';
import { toFloat } from './pyNumbers.ts';
import { readFlag, readNum, readNumList, readOptionalNum, typeNameOf } from './readArgs.ts';

/** The training loop as the schedulers see it. */
export interface LoopFacts {
  iterBased: boolean;
  maxEpochs: number;
  maxIters: number;
  itersPerEpoch: number;
}

/** One scheduler with its range in the unit it steps in (`iter` after convert_to_iter_based). */
interface Placed {
  cfg: PyDict;
  type: string;
  unit: 'epoch' | 'iter';
  begin: number;
  end: number;
  /** Epoch-sized arguments are multiplied by this (iters_per_epoch after conversion). */
  scale: number;
  path: string[];
}

interface HookResult {
  hook: PyDict;
  exact: boolean;
  /** First iteration at which the regular rule changes the value other than by scaling it. */
  firstNonScaling: number;
}

export interface MmcvSchedule {
  lrConfig: PyDict | null;
  momentumConfig: PyDict | null;
  exact: boolean;
}

const never = Number.POSITIVE_INFINITY;

/** Policies MMCV 1.7.2 registers a `*MomentumUpdaterHook` for. */
const momentumPolicies = new Set(['step', 'CosineAnnealing', 'LinearAnnealing', 'Cyclic', 'OneCycle']);

function place(cfg: PyDict, index: number, loop: LoopFacts): Placed {
  const byEpoch = readFlag(cfg, 'by_epoch', true);
  const convert = byEpoch && readFlag(cfg, 'convert_to_iter_based', false);
  const scale = convert ? loop.itersPerEpoch : 1;
  const unit = byEpoch && !convert ? 'epoch' : 'iter';
  const defaultEnd = byEpoch ? loop.maxEpochs : loop.maxIters;
  return {
    cfg,
    type: typeNameOf(cfg),
    unit,
    begin: Math.trunc(readNum(cfg, 'begin', 0) * scale),
    end: Math.trunc(readNum(cfg, 'end', defaultEnd) * scale),
    scale,
    path: ['param_scheduler', String(index)],
  };
}

function maxProgressOf(s: Placed, loop: LoopFacts): number {
  return s.unit === 'epoch' ? loop.maxEpochs : loop.maxIters;
}

function etaArgs(cfg: PyDict, prefix: 'lr' | 'momentum'): { args: PyDict; zero: boolean } {
  const ratio = readOptionalNum(cfg, 'eta_min_ratio');
  if (ratio !== null) return { args: { [`min_${prefix}_ratio`]: toFloat(ratio) }, zero: ratio === 0 };
  const abs = readNum(cfg, 'eta_min', 0);
  return { args: { [`min_${prefix}`]: toFloat(abs) }, zero: abs === 0 };
}

/** Detects a warmup at the head of the lr schedulers: LinearLR/ConstantLR per iteration from 0 (or our exp pair). */
function takeWarmup(list: Placed[], loop: LoopFacts): { warmup: PyDict; iters: number; used: number } | null {
  const [first, second] = list;
  if (first === undefined || first.unit !== 'iter' || first.begin !== 0) return null;
  const iters = first.end - 1;
  if (iters < 1 || iters >= loop.maxIters) return null;
  if (first.type === 'ConstantLR') {
    return { warmup: { warmup: 'constant', warmup_iters: iters, warmup_ratio: toFloat(readNum(first.cfg, 'factor', 1 / 3)) }, iters, used: 1 };
  }
  if (first.type !== 'LinearLR') return null;
  const start = readNum(first.cfg, 'start_factor', 1 / 3);
  const endFactor = readNum(first.cfg, 'end_factor', 1);
  if (endFactor === 1) return { warmup: { warmup: 'linear', warmup_iters: iters, warmup_ratio: toFloat(start) }, iters, used: 1 };
  // The exp warmup written by convertToMmengine: the ratio held, then ExponentialLR back to 1.
  if (start === endFactor && second?.type === 'ExponentialLR' && second.unit === 'iter' && second.begin === 0 && second.end === first.end) {
    const gamma = readNum(second.cfg, 'gamma', 0);
    if (Math.abs(start * gamma ** iters - 1) < 1e-9) {
      return { warmup: { warmup: 'exp', warmup_iters: iters, warmup_ratio: toFloat(start) }, iters, used: 2 };
    }
  }
  return null;
}

/**
 * QuadraticWarmupLR over [0, W) + CosineAnnealingLR as mmdet 2.25's YOLOX policy. Exact for the
 * shape convertToMmengine writes (cosine from W - 1, T_max = end - begin - 1, end = max - last
 * epochs); the 3.x yolox config's cosine from W runs one step behind the hook.
 */
function takeYolox(list: Placed[], loop: LoopFacts, notes: NoteList): { hook: PyDict; exact: boolean } | null {
  const [warm, cos] = list;
  if (warm?.type !== 'QuadraticWarmupLR' || cos?.type !== 'CosineAnnealingLR' || warm.begin !== 0) return null;
  if (warm.unit !== 'iter' || cos.unit !== 'iter') return null;
  const last = loop.maxIters - cos.end;
  const lastEpochs = last / loop.itersPerEpoch;
  if (!Number.isInteger(lastEpochs) || lastEpochs < 0) return null;
  const tMax = Math.trunc(readNum(cos.cfg, 'T_max', 0) * cos.scale) || cos.end - cos.begin;
  const exact = cos.begin === warm.end - 1 && tMax === cos.end - cos.begin - 1 && list.length === 2;
  if (!exact) {
    approx(cos, notes, `YOLOX's cosine runs one step ahead of a CosineAnnealingLR starting at the warmup end (begin=${warm.end - 1} and T_max=end-begin-1 match it).`, `YOLOX 的余弦比从预热结束处开始的 CosineAnnealingLR 快一步（begin=${warm.end - 1}、T_max=end-begin-1 才一致）。`);
  }
  const eta = etaArgs(cos.cfg, 'lr').args;
  return {
    hook: { policy: 'YOLOX', warmup: 'exp', by_epoch: false, warmup_ratio: 1, warmup_iters: warm.end, num_last_epochs: lastEpochs, ...eta },
    exact,
  };
}

/**
 * MMEngine `param_scheduler` as MMCV 1.x `lr_config` / `momentum_config` where expressible: a
 * LinearLR/ConstantLR warmup from iteration 0 (warmup_iters = end - 1, the exact inverse of the
 * one-step shift) followed by one regular scheduler per parameter. Anything else gets the closest
 * hook and a warning; the curve check measures the difference.
 */
export function convertScheduleToMmcv1(config: PyDict, loop: LoopFacts, notes: NoteList): MmcvSchedule {
  const raw = config.param_scheduler;
  const items: PyValue[] = Array.isArray(raw) ? raw : isPyDict(raw) ? [raw] : [];
  const placed = items.flatMap((cfg, i) => (isPyDict(cfg) ? [place(cfg, i, loop)] : []));
  let exact = true;
  const lrList = placed.filter((s) => s.type.endsWith('LR'));
  const momentumList = placed.filter((s) => s.type.endsWith('Momentum'));
  for (const s of placed) {
    if (lrList.includes(s) || momentumList.includes(s)) continue;
    exact = false;
    notes.warn(s.path, `${s.type || '?'} has no MMCV hook counterpart and is dropped.`, `${s.type || '?'} 在 MMCV 钩子中没有对应项，已丢弃。`);
  }
  for (const s of placed) {
    if (loop.iterBased && s.unit === 'epoch') {
      exact = false;
      notes.warn(s.path, `${s.type} steps per epoch under IterBasedTrainLoop, i.e. once after the last iteration; it is dropped.`, `${s.type} 在 IterBasedTrainLoop 下按 epoch 步进，即只在最后一次迭代后执行一次；已丢弃。`);
    }
  }
  const usable = (list: Placed[]): Placed[] => list.filter((s) => !(loop.iterBased && s.unit === 'epoch'));

  const lrs = usable(lrList);
  const yolox = takeYolox(lrs, loop, notes);
  if (yolox !== null) {
    const momentum = convertRegular(usable(momentumList), 'momentum', loop, notes);
    const momentumConfig = momentum !== null && Object.keys(momentum.hook).length > 0 ? momentum.hook : null;
    return { lrConfig: yolox.hook, momentumConfig, exact: exact && yolox.exact && (momentum?.exact ?? true) };
  }
  const warm = takeWarmup(lrs, loop);
  const regularLrs = lrs.slice(warm?.used ?? 0);
  const lr = convertRegular(regularLrs, 'lr', loop, notes);
  let lrConfig: PyDict | null = null;
  if (lr !== null || warm !== null) {
    const regular = lr ?? { hook: { policy: 'fixed' }, exact: true, firstNonScaling: never };
    const { policy, ...rest } = regular.hook;
    lrConfig = { policy: policy ?? 'fixed', ...(warm?.warmup ?? { warmup: null }), ...rest };
    exact &&= regular.exact;
    if (warm !== null) {
      notes.info(
        ['param_scheduler', '0'],
        `The warmup ends at end=${warm.iters + 1}, i.e. warmup_iters=${warm.iters}: MMCV reaches the full lr at iteration warmup_iters, an MMEngine scheduler at step end - 1.`,
        `预热在 end=${warm.iters + 1} 结束，即 warmup_iters=${warm.iters}：MMCV 在第 warmup_iters 次迭代达到完整学习率，MMEngine 调度器在第 end - 1 步达到。`,
      );
      if (regular.firstNonScaling < warm.iters) {
        exact = false;
        notes.warn(
          ['param_scheduler'],
          `MMEngine chains the warmup with a decay that does more than scale the lr from iteration ${regular.firstNonScaling}, inside the warmup; MMCV multiplies the decayed lr by the warmup factor. No exact equivalent; see the curve check.`,
          `MMEngine 把预热与衰减串联，而该衰减从第 ${regular.firstNonScaling} 次迭代（预热期内）起不只是缩放学习率；MMCV 把预热系数乘在已衰减的学习率上。没有精确等价写法；见曲线核对。`,
        );
      }
    }
  }
  const momentum = convertRegular(usable(momentumList), 'momentum', loop, notes);
  if (momentum !== null) exact &&= momentum.exact;
  const momentumConfig = momentum !== null && Object.keys(momentum.hook).length > 0 ? momentum.hook : null;
  return { lrConfig, momentumConfig, exact };
}

function convertRegular(list: Placed[], param: 'lr' | 'momentum', loop: LoopFacts, notes: NoteList): HookResult | null {
  const [first, ...others] = list;
  if (first === undefined) return null;
  const result = convertOne(first, param, loop, notes);
  if (param === 'momentum' && !momentumPolicies.has(String(result.hook.policy))) {
    notes.warn(first.path, `MMCV has no ${String(result.hook.policy)} momentum hook; ${first.type} is dropped.`, `MMCV 没有 ${String(result.hook.policy)} 动量钩子；${first.type} 已丢弃。`);
    return { hook: {}, exact: false, firstNonScaling: never };
  }
  for (const s of others) {
    result.exact = false;
    notes.warn(s.path, `MMCV has one ${param} hook: ${s.type} after ${first.type} is dropped.`, `MMCV 只有一个 ${param} 钩子：${first.type} 之后的 ${s.type} 已丢弃。`);
  }
  if (first.scale !== 1) {
    notes.info(
      first.path,
      `convert_to_iter_based: written per iteration for iters_per_epoch=${loop.itersPerEpoch}; change it if the dataset size changes.`,
      `convert_to_iter_based：按 iters_per_epoch=${loop.itersPerEpoch} 换算为逐迭代；数据集大小变化时需要重新换算。`,
    );
  }
  return result;
}

function approx(s: Placed, notes: NoteList, en: string, zh: string): void {
  notes.warn(s.path, `${en} No exact MMCV equivalent; see the curve check.`, `${zh} MMCV 中没有精确等价写法；见曲线核对。`);
}

function convertOne(s: Placed, param: 'lr' | 'momentum', loop: LoopFacts, notes: NoteList): HookResult {
  const P = maxProgressOf(s, loop);
  const by_epoch = s.unit === 'epoch';
  const atIter = (p: number): number => (by_epoch ? p * loop.itersPerEpoch : p);
  const gamma = toFloat(readNum(s.cfg, 'gamma', 0.1));
  const c = s.cfg;
  const minName = param === 'lr' ? 'min_lr' : 'min_momentum';
  switch (s.type.replace(/(LR|Momentum)$/, '')) {
    case 'MultiStep': {
      const milestones = (readNumList(c.milestones) ?? []).map((m) => Math.trunc(m * s.scale) + s.begin).filter((m) => m < s.end);
      return { hook: { policy: 'step', step: milestones, gamma, by_epoch }, exact: true, firstNonScaling: never };
    }
    case 'Step': {
      const size = Math.trunc(readNum(c, 'step_size', 1) * s.scale);
      if (s.begin === 0 && s.end >= P) return { hook: { policy: 'step', step: size, gamma, by_epoch }, exact: true, firstNonScaling: never };
      const steps: number[] = [];
      for (let m = s.begin + size; m < Math.min(s.end, P) && steps.length < 1000; m += size) steps.push(m);
      return { hook: { policy: 'step', step: steps, gamma, by_epoch }, exact: size > 0, firstNonScaling: never };
    }
    case 'Exponential': {
      const exact = s.begin === 0 && s.end >= P;
      if (!exact) approx(s, notes, `ExponentialLR over [${s.begin}, ${s.end}) is not the whole run.`, `ExponentialLR 作用于 [${s.begin}, ${s.end})，不是整个训练。`);
      return { hook: { policy: 'exp', gamma, by_epoch }, exact, firstNonScaling: never };
    }
    case 'CosineAnnealing': {
      const tMax = Math.trunc(readNum(c, 'T_max', 0) * s.scale) || s.end - s.begin;
      const eta = etaArgs(c, param);
      const first = eta.zero ? never : atIter(s.begin + 1);
      if (s.begin > 0 && tMax === P - s.begin && s.end >= P && roundHalfEven(P * (s.begin / P)) === s.begin && param === 'lr') {
        return { hook: { policy: 'FlatCosineAnnealing', start_percent: toFloat(s.begin / P), ...eta.args, by_epoch }, exact: true, firstNonScaling: first };
      }
      const exact = s.begin === 0 && tMax === P && s.end >= P;
      if (!exact) approx(s, notes, `CosineAnnealing over [${s.begin}, ${s.end}) with T_max=${tMax} does not span the ${P} ${s.unit}s of training.`, `CosineAnnealing 作用于 [${s.begin}, ${s.end})、T_max=${tMax}，没有覆盖训练的 ${P} 个${s.unit === 'epoch' ? 'epoch' : '迭代'}。`);
      return { hook: { policy: 'CosineAnnealing', ...eta.args, by_epoch }, exact, firstNonScaling: first };
    }
    case 'Poly': {
      const etaMin = readNum(c, 'eta_min', 0);
      const exact = s.begin === 0 && s.end - 1 === P;
      if (!exact) {
        approx(s, notes, `PolyLR over [${s.begin}, ${s.end}) decays in ${s.end - s.begin - 1} steps; MMCV's poly always decays over max_progress=${P} (end=${P + 1} would match).`, `PolyLR 作用于 [${s.begin}, ${s.end})，在 ${s.end - s.begin - 1} 步内衰减；MMCV 的 poly 总是在 max_progress=${P} 内衰减（end=${P + 1} 才一致）。`);
      }
      if (param === 'momentum') return { hook: { policy: 'CosineAnnealing', [minName]: toFloat(etaMin), by_epoch }, exact: false, firstNonScaling: 0 };
      return {
        hook: { policy: 'poly', power: toFloat(readNum(c, 'power', 1)), min_lr: toFloat(etaMin), by_epoch },
        exact,
        firstNonScaling: etaMin === 0 ? never : atIter(s.begin + 1),
      };
    }
    case 'Linear': {
      const start = readNum(c, 'start_factor', 1 / 3);
      const end = readNum(c, 'end_factor', 1);
      const exact = s.begin === 0 && start === 1 && s.end - 1 === P;
      if (!exact) approx(s, notes, `Linear over [${s.begin}, ${s.end}) from factor ${start}; MMCV's LinearAnnealing starts at 1 and ends at max_progress=${P} (end=${P + 1}).`, `Linear 作用于 [${s.begin}, ${s.end})、起始系数 ${start}；MMCV 的 LinearAnnealing 从 1 开始并在 max_progress=${P} 结束（end=${P + 1}）。`);
      return { hook: { policy: 'LinearAnnealing', [`${minName}_ratio`]: toFloat(end), by_epoch }, exact, firstNonScaling: never };
    }
    case 'OneCycle': {
      const total = readOptionalNum(c, 'total_steps');
      const steps = total === null ? s.end - s.begin : Math.trunc(total * s.scale);
      const hook: PyDict = {
        policy: 'OneCycle',
        max_lr: toFloat(readNum(c, 'eta_max', 0)),
        ...(steps === loop.maxIters ? {} : { total_steps: steps }),
        pct_start: toFloat(readNum(c, 'pct_start', 0.3)),
        anneal_strategy: c.anneal_strategy ?? 'cos',
        div_factor: toFloat(readNum(c, 'div_factor', 25)),
        final_div_factor: toFloat(readNum(c, 'final_div_factor', 1e4)),
        three_phase: readFlag(c, 'three_phase', false),
      };
      const exact = s.begin === 0 && s.unit === 'iter';
      if (!exact) approx(s, notes, `OneCycleLR must run per iteration from 0 to match MMCV's OneCycle.`, `OneCycleLR 必须从 0 开始逐迭代运行才能与 MMCV 的 OneCycle 一致。`);
      return { hook, exact, firstNonScaling: 0 };
    }
    case 'CosineRestart': {
      const periods = (readNumList(c.periods) ?? []).map((p) => Math.trunc(p * s.scale));
      const weights = readNumList(c.restart_weights) ?? [1];
      const eta = etaArgs(c, param);
      const exact = s.begin === 0 && (eta.zero || weights.every((w) => w === 1)) && param === 'lr';
      if (!exact) approx(s, notes, 'CosineRestart restarts at weight * lr in MMEngine but at weight * lr + (1 - weight) * min_lr in MMCV (or it does not start at 0).', 'MMEngine 的 CosineRestart 从 weight * lr 重新开始，MMCV 从 weight * lr + (1 - weight) * min_lr 开始（或不是从 0 开始）。');
      const hook: PyDict = { policy: 'CosineRestart', periods, restart_weights: weights.map(toFloat), ...eta.args, by_epoch };
      return { hook, exact, firstNonScaling: atIter(1) };
    }
    case 'Constant': {
      const factor = readNum(c, 'factor', 1 / 3);
      if (factor !== 1) approx(s, notes, `ConstantLR(factor=${factor}) outside a warmup has no MMCV policy; written as 'fixed'.`, `预热之外的 ConstantLR(factor=${factor}) 在 MMCV 中没有对应策略；写成 'fixed'。`);
      return { hook: { policy: 'fixed' }, exact: factor === 1, firstNonScaling: never };
    }
    default:
      approx(s, notes, `${s.type} has no MMCV policy; written as 'fixed'.`, `${s.type} 在 MMCV 中没有对应策略；写成 'fixed'。`);
      return { hook: { policy: 'fixed' }, exact: false, firstNonScaling: never };
  }
}
