/**
 * The pieces of an MMDetection 2.x (MMCV 1.7.2 hooks) lr and momentum curve: the policy's own
 * stretches (between step milestones, cosine periods, cycle phases, YOLOX's flat tail) and the
 * warmup over them, at the iterations the simulator (schedule/mmcv1) changes course.
 */
import type { I18nText } from '../model/fieldSpec.ts';
import type { LrHookSpec, MinTarget, UpdaterBase } from '../dialects/mmcv1/schedule/lrHookSpec.ts';
import type { MomentumHookSpec } from '../dialects/mmcv1/schedule/momentumHookSpec.ts';
import type { RunFacts } from '../dialects/mmcv1/schedule/runFacts.ts';
import { roundHalfEven } from '../dialects/mmcv1/schedule/pyOps.ts';
import { countStepDecays } from '../dialects/mmcv1/schedule/stepExponent.ts';
import type { CurveName, CurvePiece, FieldPath, SegmentShape } from './types.ts';
import { cite, formatNumber, formatPath, formatSpan, formatWhen, i18n } from './wording.ts';

/** More pieces than this (a per-iteration step of 1) would say nothing a summary does not. */
const maxPieces = 200;

export interface Mmcv1Run {
  facts: RunFacts;
  lrHook: LrHookSpec | null;
  momentumHook: MomentumHookSpec | null;
  /** The optimizer's lr and momentum (or betas[0]) as the hooks start from them. */
  lr: number;
  momentum: number | null;
  momentumField: 'momentum' | 'betas' | null;
}

interface Ctx {
  curve: CurveName;
  section: 'lr_config' | 'momentum_config';
  /** What the curve is called in sentences: "lr" or "momentum". */
  noun: string;
  zhNoun: string;
  base: number;
  facts: RunFacts;
  total: number;
  /** The hook's progress unit in iterations (itersPerEpoch when by_epoch). */
  unit: number;
  optimizerPath: FieldPath;
}

const moveOf = (from: number, to: number): SegmentShape => (to > from ? 'rising' : to < from ? 'falling' : 'constant');

function when(ctx: Ctx, iteration: number): I18nText {
  return formatWhen(iteration, ctx.facts.itersPerEpoch, !ctx.facts.iterBased);
}

function piece(ctx: Ctx, from: number, to: number, shape: SegmentShape, text: I18nText, paths: FieldPath[], overrides = false): CurvePiece {
  return { curve: ctx.curve, from, to, shape, text, paths, ...(overrides ? { overrides } : {}) };
}

function path(ctx: Ctx, ...keys: string[]): FieldPath {
  return [ctx.section, ...keys];
}

function targetText(ctx: Ctx, target: MinTarget, absName: string, ratioName: string): { value: number; cite: string; path: FieldPath } {
  const name = target.kind === 'ratio' ? ratioName : absName;
  return { value: target.kind === 'ratio' ? ctx.base * target.value : target.value, cite: `${name}=${formatNumber(target.value)}`, path: path(ctx, name) };
}

/** The pieces of one lr or momentum curve: its policy, its warmup, or the optimizer's value held when there is no hook. */
export function mmcv1Pieces(run: Mmcv1Run, curve: CurveName): CurvePiece[] {
  const { facts } = run;
  const total = facts.maxIters;
  const hook = curve === 'lr' ? run.lrHook : run.momentumHook;
  const section = curve === 'lr' ? 'lr_config' : 'momentum_config';
  const base = curve === 'lr' ? run.lr : (run.momentum ?? 0);
  const optimizerPath: FieldPath = curve === 'lr' ? ['optimizer', 'lr'] : run.momentumField === 'betas' ? ['optimizer', 'betas', '0'] : ['optimizer', 'momentum'];
  const ctx: Ctx = { curve, section, noun: curve, zhNoun: curve === 'lr' ? '学习率' : '动量', base, facts, total, unit: hook?.byEpoch ? facts.itersPerEpoch : 1, optimizerPath };
  const held = (from: number, to: number, why: I18nText): CurvePiece =>
    piece(ctx, from, to, 'constant', i18n(`${ctx.noun} stays at ${formatPath(optimizerPath)}=${formatNumber(base)} ${why.en}`, `${ctx.zhNoun}保持 ${formatPath(optimizerPath)}=${formatNumber(base)}${why.zh}`), [optimizerPath]);
  if (hook === null) return [held(0, total, i18n(`(no ${section})`, `（没有 ${section}）`))];
  if (hook.byEpoch && facts.iterBased) {
    const pieces = [held(0, total, i18n(`← by_epoch=True: IterBasedRunner never runs an epoch hook`, `← by_epoch=True：IterBasedRunner 从不调用按轮的钩子`))];
    pieces[0]?.paths.push(path(ctx, 'by_epoch'));
    if (hook.rule.policy === 'YOLOX' && hook.warmup !== null) pieces.unshift(...warmupPieces(ctx, hook, hook.warmupIters));
    return pieces;
  }
  const warmupIters = 'warmupByEpoch' in hook && hook.warmupByEpoch ? hook.warmupIters * facts.itersPerEpoch : hook.warmupIters;
  const rulePieces = curve === 'lr' ? lrRulePieces(ctx, run.lrHook as LrHookSpec, warmupIters) : momentumRulePieces(ctx, run.momentumHook as MomentumHookSpec);
  return [...warmupPieces(ctx, hook, warmupIters), ...rulePieces];
}

function warmupPieces(ctx: Ctx, hook: UpdaterBase & { rule: { policy: string } }, warmupIters: number): CurvePiece[] {
  if (hook.warmup === null || warmupIters <= 0) return [];
  const yolox = hook.rule.policy === 'YOLOX';
  const ratio = hook.warmupRatio;
  // The lr warmup multiplies the regular value by a factor rising to 1 from warmup_ratio; the momentum warmup divides by it.
  const factorMove: SegmentShape = yolox ? 'rising' : hook.warmup === 'constant' ? 'constant' : moveOf(ratio, 1);
  const shape: SegmentShape = ctx.curve === 'lr' || factorMove === 'constant' ? factorMove : factorMove === 'rising' ? 'falling' : 'rising';
  const kind = yolox ? 'quadratic' : hook.warmup;
  const zhKind = kind === 'linear' ? '线性' : kind === 'exp' ? '指数' : kind === 'constant' ? '常数' : '二次';
  const items: [FieldPath, string | undefined][] = [
    [path(ctx, 'warmup_iters'), formatNumber(hook.warmupIters)],
    [path(ctx, 'warmup_ratio'), formatNumber(ratio)],
  ];
  if (hook.warmupByEpoch) items.push([path(ctx, 'warmup_by_epoch'), 'True']);
  // In the unit warmup_iters is written in: epochs only with warmup_by_epoch.
  const span = formatSpan(warmupIters, ctx.facts.itersPerEpoch, hook.warmupByEpoch);
  const text = i18n(`warmup (${kind}) for ${span.en} ← ${cite([[path(ctx, 'warmup'), `'${hook.warmup}'`], ...items])}`, `预热（${zhKind}）持续 ${span.zh} ← ${cite([[path(ctx, 'warmup'), `'${hook.warmup}'`], ...items])}`);
  return [piece(ctx, 0, warmupIters, shape, text, [path(ctx, 'warmup'), ...items.map(([p]) => p)], yolox)];
}

/** Step hooks (lr and momentum): a constant stretch from each distinct milestone to the next. */
function stepPieces(ctx: Ctx, step: number | readonly number[], gamma: number, floor: number | null, floorName: string, optimizerPath: FieldPath): CurvePiece[] {
  const { total, unit } = ctx;
  const policyPath = path(ctx, 'policy');
  const gammaPath = path(ctx, 'gamma');
  const floorNote = (paths: FieldPath[]): string => {
    if (floor === null) return '';
    paths.push(path(ctx, floorName));
    return `, ${floorName}=${formatNumber(floor)}`;
  };
  const initial = `${formatPath(optimizerPath)}=${formatNumber(ctx.base)}`;
  const before = (to: number): CurvePiece => piece(ctx, 0, to, 'constant', i18n(`${ctx.noun} at ${initial} until the first step ← ${formatPath(policyPath)}='step'`, `首次衰减前${ctx.zhNoun}保持 ${initial} ← ${formatPath(policyPath)}='step'`), [optimizerPath, policyPath]);
  if (typeof step === 'number') {
    const first = step * unit;
    const count = step > 0 ? Math.ceil(total / first) : 0;
    if (step <= 0) return [piece(ctx, 0, total, 'mixed', i18n(`step ← ${formatPath(path(ctx, 'step'))}`, `阶梯 ← ${formatPath(path(ctx, 'step'))}`), [path(ctx, 'step')])];
    const stepPath = path(ctx, 'step');
    if (count > maxPieces) {
      const paths = [stepPath, gammaPath];
      const note = floorNote(paths);
      return [before(first), piece(ctx, first, total, moveOf(1, gamma), i18n(`${ctx.noun} × ${formatNumber(gamma)} every ${formatSpan(first, ctx.facts.itersPerEpoch, !ctx.facts.iterBased).en} ← step=${formatNumber(step)}, gamma=${formatNumber(gamma)}${note}`, `${ctx.zhNoun}每 ${formatSpan(first, ctx.facts.itersPerEpoch, !ctx.facts.iterBased).zh} × ${formatNumber(gamma)} ← step=${formatNumber(step)}, gamma=${formatNumber(gamma)}${note}`), paths)];
    }
    const pieces = [before(first)];
    for (let k = 1; k * first < total; k++) {
      const paths = [stepPath, gammaPath];
      const note = floorNote(paths);
      const at = when(ctx, k * first);
      pieces.push(piece(ctx, k * first, (k + 1) * first, 'constant', i18n(`${ctx.noun} × ${formatNumber(gamma)}^${k} at ${at.en} ← step=${formatNumber(step)} (every ${formatNumber(step)}), gamma=${formatNumber(gamma)}${note}`, `${at.zh}起${ctx.zhNoun} × ${formatNumber(gamma)}^${k} ← step=${formatNumber(step)}（每 ${formatNumber(step)}）, gamma=${formatNumber(gamma)}${note}`), paths));
    }
    return pieces;
  }
  const points = [...new Set(step)].filter((s) => s > 0 && s * unit < total).sort((a, b) => a - b);
  const pieces = [before(points.length > 0 ? (points[0] as number) * unit : total)];
  points.forEach((s, i) => {
    const from = s * unit;
    const to = i + 1 < points.length ? (points[i + 1] as number) * unit : total;
    const indexes = step.flatMap((v, k) => (v === s ? [k] : []));
    const decays = countStepDecays(step, s);
    const paths: FieldPath[] = [...indexes.map((k) => path(ctx, 'step', String(k))), gammaPath];
    const note = floorNote(paths);
    const factor = decays === 1 ? formatNumber(gamma) : `${formatNumber(gamma)}^${decays}`;
    const named = indexes.map((k) => formatPath(path(ctx, 'step', String(k)))).join(', ');
    const at = when(ctx, from);
    pieces.push(piece(ctx, from, to, 'constant', i18n(`${ctx.noun} × ${factor} at ${at.en} ← ${named}${note}`, `${at.zh}起${ctx.zhNoun} × ${factor} ← ${named}${note}`), paths));
  });
  return pieces;
}

function annealPiece(ctx: Ctx, from: number, to: number, how: 'cosine' | 'linear', target: MinTarget, absName: string, ratioName: string, extra: I18nText = i18n('', '')): CurvePiece {
  const t = targetText(ctx, target, absName, ratioName);
  const zhHow = how === 'cosine' ? '余弦' : '线性';
  return piece(ctx, from, to, moveOf(ctx.base, t.value), i18n(`${how} annealing to the floor ${formatNumber(t.value)}${extra.en} ← ${t.cite}`, `${zhHow}退火至下限 ${formatNumber(t.value)}${extra.zh} ← ${t.cite}`), [path(ctx, 'policy'), t.path]);
}

function lrRulePieces(ctx: Ctx, hook: LrHookSpec, warmupIters: number): CurvePiece[] {
  const { total, unit, facts } = ctx;
  const rule = hook.rule;
  const maxProgress = hook.byEpoch ? facts.maxEpochs : facts.maxIters;
  const policyPath = path(ctx, 'policy');
  const whole = (shape: SegmentShape, en: string, zh: string, paths: FieldPath[]): CurvePiece[] => [piece(ctx, 0, total, shape, i18n(en, zh), [policyPath, ...paths])];
  switch (rule.policy) {
    case 'Fixed':
      return whole('constant', `lr fixed at optimizer.lr=${formatNumber(ctx.base)} ← policy='fixed'`, `学习率固定为 optimizer.lr=${formatNumber(ctx.base)} ← policy='fixed'`, [['optimizer', 'lr']]);
    case 'Step':
      return stepPieces(ctx, rule.step, rule.gamma, rule.minLr, 'min_lr', ['optimizer', 'lr']);
    case 'Exp':
      return whole(moveOf(1, rule.gamma), `lr × ${formatNumber(rule.gamma)} every ${hook.byEpoch ? 'epoch' : 'iteration'} ← policy='exp', gamma=${formatNumber(rule.gamma)}`, `学习率每${hook.byEpoch ? '轮' : '次迭代'} × ${formatNumber(rule.gamma)} ← policy='exp', gamma=${formatNumber(rule.gamma)}`, [path(ctx, 'gamma')]);
    case 'Poly':
      return whole(moveOf(ctx.base, rule.minLr), `polynomial decay to min_lr ← power=${formatNumber(rule.power)}, min_lr=${formatNumber(rule.minLr)}`, `多项式衰减至 min_lr ← power=${formatNumber(rule.power)}, min_lr=${formatNumber(rule.minLr)}`, [path(ctx, 'power'), path(ctx, 'min_lr')]);
    case 'Inv': {
      const shape: SegmentShape = rule.gamma === 0 || rule.power === 0 ? 'constant' : rule.gamma > 0 && rule.power > 0 ? 'falling' : 'mixed';
      return whole(shape, `inverse decay lr × (1 + gamma·t)^-power ← gamma=${formatNumber(rule.gamma)}, power=${formatNumber(rule.power)}`, `反比衰减 学习率 × (1 + gamma·t)^-power ← gamma=${formatNumber(rule.gamma)}, power=${formatNumber(rule.power)}`, [path(ctx, 'gamma'), path(ctx, 'power')]);
    }
    case 'CosineAnnealing':
      return [annealPiece(ctx, 0, total, 'cosine', rule.target, 'min_lr', 'min_lr_ratio')];
    case 'LinearAnnealing':
      return [annealPiece(ctx, 0, total, 'linear', rule.target, 'min_lr', 'min_lr_ratio')];
    case 'FlatCosineAnnealing': {
      const start = roundHalfEven(maxProgress * rule.startPercent) * unit;
      const span = formatSpan(start, facts.itersPerEpoch, !facts.iterBased);
      const flat = piece(ctx, 0, start, 'constant', i18n(`flat for the first ${span.en} ← start_percent=${formatNumber(rule.startPercent)}`, `前 ${span.zh}保持不变 ← start_percent=${formatNumber(rule.startPercent)}`), [policyPath, path(ctx, 'start_percent')]);
      return [flat, annealPiece(ctx, start, total, 'cosine', rule.target, 'min_lr', 'min_lr_ratio')];
    }
    case 'CosineRestart':
      return restartPieces(ctx, rule.periods, rule.restartWeights, rule.target);
    case 'Cyclic':
      return cyclicPieces(ctx, rule.targetRatio, rule.cyclicTimes, rule.stepRatioUp, rule.gamma);
    case 'OneCycle':
      return oneCycleLrPieces(ctx, rule);
    case 'YOLOX': {
      const lastIter = facts.itersPerEpoch * rule.numLastEpochs;
      // mmdet 2.25 compares progress + 1 with max - num_last_epochs * len(loader): the flat tail starts one step early.
      const flatFrom = Math.max(0, (maxProgress - lastIter - 1) * unit);
      const t = targetText(ctx, rule.target, 'min_lr', 'min_lr_ratio');
      const lastSpan = formatSpan(lastIter, facts.itersPerEpoch, true);
      const from = when(ctx, Math.min(flatFrom, total));
      // Without a warmup the cosine runs from progress - warmup_iters < 0, so it first climbs.
      const cosShape: SegmentShape = hook.warmup === null && warmupIters > 1 ? 'mixed' : moveOf(ctx.base, t.value);
      return [
        piece(ctx, 0, flatFrom, cosShape, i18n(`cosine annealing to the floor ${formatNumber(t.value)} ← ${t.cite}, warmup_iters=${formatNumber(hook.warmupIters)}`, `余弦退火至下限 ${formatNumber(t.value)} ← ${t.cite}, warmup_iters=${formatNumber(hook.warmupIters)}`), [policyPath, t.path, path(ctx, 'warmup_iters')]),
        piece(ctx, flatFrom, total, 'constant', i18n(`flat at the floor for the last ${lastSpan.en} (from ${from.en}) ← num_last_epochs=${formatNumber(rule.numLastEpochs)}, ${t.cite}`, `最后 ${lastSpan.zh}保持下限（${from.zh}起）← num_last_epochs=${formatNumber(rule.numLastEpochs)}, ${t.cite}`), [path(ctx, 'num_last_epochs'), t.path]),
      ];
    }
    case 'StepFixCosineAnnealing':
      return [annealPiece(ctx, 0, total, 'cosine', rule.target, 'min_lr', 'min_lr_ratio', i18n(' (progress counted after the warmup)', '（进度从预热结束后计）'))].map((p) => (hook.warmup !== null ? { ...p, shape: 'mixed' as const } : p));
    case 'CosineAnnealingCooldown': {
      const coolFrom = (Math.floor(maxProgress - rule.coolDownTime) + 1) * unit;
      const t = targetText(ctx, rule.target, 'min_lr', 'min_lr_ratio');
      return [
        annealPiece(ctx, 0, coolFrom, 'cosine', rule.target, 'min_lr', 'min_lr_ratio'),
        piece(ctx, coolFrom, total, 'constant', i18n(`cool-down at floor × ${formatNumber(rule.coolDownRatio)} ← cool_down_time=${formatNumber(rule.coolDownTime)}, cool_down_ratio=${formatNumber(rule.coolDownRatio)}, ${t.cite}`, `冷却：下限 × ${formatNumber(rule.coolDownRatio)} ← cool_down_time=${formatNumber(rule.coolDownTime)}, cool_down_ratio=${formatNumber(rule.coolDownRatio)}, ${t.cite}`), [path(ctx, 'cool_down_time'), path(ctx, 'cool_down_ratio'), t.path]),
      ];
    }
  }
}

function momentumRulePieces(ctx: Ctx, hook: MomentumHookSpec): CurvePiece[] {
  const rule = hook.rule;
  switch (rule.policy) {
    case 'Step':
      return stepPieces(ctx, rule.step, rule.gamma, rule.minMomentum, 'min_momentum', ctx.optimizerPath);
    case 'CosineAnnealing':
      return [annealPiece(ctx, 0, ctx.total, 'cosine', rule.target, 'min_momentum', 'min_momentum_ratio')];
    case 'LinearAnnealing':
      return [annealPiece(ctx, 0, ctx.total, 'linear', rule.target, 'min_momentum', 'min_momentum_ratio')];
    case 'Cyclic':
      return cyclicPieces(ctx, rule.targetRatio, rule.cyclicTimes, rule.stepRatioUp, rule.gamma);
    case 'OneCycle': {
      const { baseMomentum: low, maxMomentum: high } = rule;
      const max = ctx.facts.maxIters;
      const ends = rule.threePhase ? [rule.pctStart * max - 1, 2 * rule.pctStart * max - 2, max - 1] : [rule.pctStart * max - 1, max - 1];
      const moves: [number, number][] = rule.threePhase ? [[high, low], [low, high], [high, high]] : [[high, low], [low, high]];
      const cites = `base_momentum=${formatNumber(low)}, max_momentum=${formatNumber(high)}, pct_start=${formatNumber(rule.pctStart)}`;
      return phasePieces(ctx, ends, moves, (k, [a, b]) => i18n(`one-cycle phase ${k + 1}: momentum ${formatNumber(a)} → ${formatNumber(b)} ← ${cites}`, `单周期第 ${k + 1} 段：动量 ${formatNumber(a)} → ${formatNumber(b)} ← ${cites}`), [path(ctx, 'base_momentum'), path(ctx, 'max_momentum'), path(ctx, 'pct_start')]);
    }
  }
}

/** OneCycle phases: phase k holds iterations up to `floor(end_k)` (upstream picks the first phase with `iter <= end`). */
function phasePieces(ctx: Ctx, ends: readonly number[], moves: readonly [number, number][], text: (k: number, move: [number, number]) => I18nText, paths: FieldPath[]): CurvePiece[] {
  const pieces: CurvePiece[] = [];
  let from = 0;
  ends.forEach((end, k) => {
    const to = k === ends.length - 1 ? ctx.total : Math.max(from, Math.floor(end) + 1);
    const move = moves[k] as [number, number];
    if (to > from) pieces.push(piece(ctx, from, to, moveOf(move[0], move[1]), text(k, move), paths));
    from = to;
  });
  return pieces;
}

function oneCycleLrPieces(ctx: Ctx, rule: Extract<LrHookSpec['rule'], { policy: 'OneCycle' }>): CurvePiece[] {
  const steps = rule.totalSteps ?? ctx.facts.maxIters;
  const initial = rule.maxLr / rule.divFactor;
  const min = initial / rule.finalDivFactor;
  const ends = rule.threePhase ? [rule.pctStart * steps - 1, 2 * rule.pctStart * steps - 2, steps - 1] : [rule.pctStart * steps - 1, steps - 1];
  const moves: [number, number][] = rule.threePhase ? [[initial, rule.maxLr], [rule.maxLr, initial], [initial, min]] : [[initial, rule.maxLr], [rule.maxLr, min]];
  const cites = `max_lr=${formatNumber(rule.maxLr)}, pct_start=${formatNumber(rule.pctStart)}, div_factor=${formatNumber(rule.divFactor)}, final_div_factor=${formatNumber(rule.finalDivFactor)}`;
  return phasePieces(ctx, ends, moves, (k, [a, b]) => i18n(`one-cycle phase ${k + 1}: lr ${formatNumber(a)} → ${formatNumber(b)} ← ${cites}`, `单周期第 ${k + 1} 段：学习率 ${formatNumber(a)} → ${formatNumber(b)} ← ${cites}`), [path(ctx, 'policy'), path(ctx, 'max_lr'), path(ctx, 'pct_start'), path(ctx, 'div_factor'), path(ctx, 'final_div_factor')]);
}

function restartPieces(ctx: Ctx, periods: readonly number[], weights: readonly number[], target: MinTarget): CurvePiece[] {
  const t = targetText(ctx, target, 'min_lr', 'min_lr_ratio');
  const pieces: CurvePiece[] = [];
  let from = 0;
  periods.forEach((period, k) => {
    const to = from + period * ctx.unit;
    const weight = weights[k] ?? 1;
    const at = when(ctx, from);
    pieces.push(piece(ctx, from, to, moveOf(ctx.base * weight, t.value), i18n(`cosine period ${k + 1} from ${at.en}, restart at lr × ${formatNumber(weight)} ← periods[${k}]=${formatNumber(period)}, restart_weights[${k}]=${formatNumber(weight)}, ${t.cite}`, `余弦第 ${k + 1} 周期（${at.zh}起），重启于学习率 × ${formatNumber(weight)} ← periods[${k}]=${formatNumber(period)}, restart_weights[${k}]=${formatNumber(weight)}, ${t.cite}`), [path(ctx, 'periods', String(k)), path(ctx, 'restart_weights', String(k)), t.path]));
    from = to;
  });
  return pieces;
}

/** Cyclic hooks: per cycle of `max_iters // cyclic_times` iterations, a rise for `int(step_ratio_up * cycle)`, then a fall. */
function cyclicPieces(ctx: Ctx, [peak, trough]: readonly [number, number], times: number, up: number, gamma: number): CurvePiece[] {
  const paths: FieldPath[] = [path(ctx, 'policy'), path(ctx, 'target_ratio'), path(ctx, 'cyclic_times'), path(ctx, 'step_ratio_up')];
  const perPhase = times > 0 ? Math.floor(ctx.facts.maxIters / times) : 0;
  const upEnd = Math.trunc(up * perPhase);
  const cites = `target_ratio=(${formatNumber(peak)}, ${formatNumber(trough)}), cyclic_times=${formatNumber(times)}, step_ratio_up=${formatNumber(up)}`;
  if (perPhase <= 0 || Math.ceil(ctx.total / perPhase) * 2 > maxPieces) return [piece(ctx, 0, ctx.total, 'mixed', i18n(`cyclic ← ${cites}`, `循环 ← ${cites}`), paths)];
  const pieces: CurvePiece[] = [];
  for (let cycle = 0, start = 0; start < ctx.total; cycle++, start += perPhase) {
    const s = gamma ** cycle;
    const n = cycle + 1;
    if (upEnd === 0) {
      pieces.push(piece(ctx, start, start + perPhase, moveOf(peak, 1 - s + trough * s), i18n(`cycle ${n}: ${ctx.noun} from × ${formatNumber(peak)} down ← ${cites}`, `第 ${n} 个循环：${ctx.zhNoun}自 × ${formatNumber(peak)} 下降 ← ${cites}`), paths));
      continue;
    }
    const top = 1 - s + peak * s;
    pieces.push(piece(ctx, start, start + upEnd, moveOf(1, top), i18n(`cycle ${n}: ${ctx.noun} × 1 → × ${formatNumber(top)} ← ${cites}`, `第 ${n} 个循环：${ctx.zhNoun} × 1 → × ${formatNumber(top)} ← ${cites}`), paths));
    pieces.push(piece(ctx, start + upEnd, start + perPhase, moveOf(top, trough), i18n(`cycle ${n}: ${ctx.noun} × ${formatNumber(top)} → × ${formatNumber(trough)} ← ${cites}`, `第 ${n} 个循环：${ctx.zhNoun} × ${formatNumber(top)} → × ${formatNumber(trough)} ← ${cites}`), paths));
  }
  return pieces;
}
