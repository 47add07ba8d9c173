/**
 * The pieces of an MMDetection 3.x (MMEngine) lr and momentum curve: each `param_scheduler`
 * entry over its resolved [begin, end) in iterations, cut where it changes course (milestones,
 * steps, one-cycle phases, restarts), as the simulator (schedule/mmengine) steps it: the value of
 * a scheduler's step `g` is in use from iteration `g` (or `g * itersPerEpoch` when by epoch).
 */
import type { I18nText } from '../model/fieldSpec.ts';
import type { PyDict } from '../python/value.ts';
import { toPyNumber } from '../dialects/mmcv1/schedule/pyOps.ts';
import { LR_SLOT, MOMENTUM_SLOT, type SchedulerSpec } from '../dialects/mmengine/schedule/schedulerSpec.ts';
import type { CurveName, CurvePiece, FieldPath, SegmentShape } from './types.ts';
import { cite, formatNumber, formatPath, formatSpan, formatWhen, i18n } from './wording.ts';

const maxPieces = 200;

/** A scheduler as the explanation sees it: built, or left as written when the simulator cannot build it. */
export type ExplainedEntry = { built: true; spec: SchedulerSpec; path: FieldPath; raw: PyDict } | { built: false; typeName: string; path: FieldPath };

interface Ctx {
  curve: CurveName;
  noun: string;
  zhNoun: string;
  /** The group's starting value (initial_lr / initial_momentum). */
  base: number;
  itersPerEpoch: number;
  epochBased: boolean;
  total: number;
}

const moveOf = (from: number, to: number): SegmentShape => (to > from ? 'rising' : to < from ? 'falling' : 'constant');

/** Chained cosine and poly move each value towards eta_min: down for sure only when the floor is 0 (values stay ≥ 0). */
const towards = (floor: number): SegmentShape => (floor === 0 ? 'falling' : 'mixed');

export function mmenginePieces(entries: readonly ExplainedEntry[], curve: CurveName, base: number, itersPerEpoch: number, epochBased: boolean, total: number): CurvePiece[] {
  const ctx: Ctx = { curve, noun: curve, zhNoun: curve === 'lr' ? '学习率' : '动量', base, itersPerEpoch, epochBased, total };
  const slot = curve === 'lr' ? LR_SLOT : MOMENTUM_SLOT;
  return entries.flatMap((e) => {
    if (!e.built) {
      if (curve === 'momentum') return [];
      const named = formatPath(e.path);
      return [{ curve, from: 0, to: total, shape: 'mixed' as const, text: i18n(`shaped by ${e.typeName} (${named})`, `由 ${e.typeName}（${named}）决定`), paths: [[...e.path, 'type']] }];
    }
    return e.spec.slot === slot ? schedulerPieces(ctx, e.spec, e.path, e.raw) : [];
  });
}

function schedulerPieces(ctx: Ctx, spec: SchedulerSpec, entry: FieldPath, raw: PyDict): CurvePiece[] {
  const unit = spec.byEpoch ? ctx.itersPerEpoch : 1;
  const at = (step: number): number => step * unit;
  const from = at(spec.begin);
  const to = Math.min(at(spec.end), ctx.total);
  // Step n of the rule is global step offset + n (offset = begin unless resumed with last_step).
  const offset = spec.begin - spec.lastStep - 1;
  const p = (key: string, ...rest: string[]): FieldPath => [...entry, key, ...rest];
  const rangePaths: FieldPath[] = [p('type'), p('begin'), p('end'), ...(Object.hasOwn(raw, 'by_epoch') ? [p('by_epoch')] : []), ...(Object.hasOwn(raw, 'convert_to_iter_based') ? [p('convert_to_iter_based')] : [])];
  const range = describeRange(spec, entry, raw);
  const piece = (a: number, b: number, shape: SegmentShape, what: I18nText, paths: FieldPath[] = []): CurvePiece => ({
    curve: ctx.curve,
    from: a,
    to: Math.min(b, to),
    shape,
    text: i18n(`${what.en} ← ${range.en}`, `${what.zh} ← ${range.zh}`),
    paths: [...paths, ...rangePaths],
  });
  const whenAt = (it: number) => formatWhen(it, ctx.itersPerEpoch, ctx.epochBased);
  const inRange = (g: number) => g >= spec.begin && g < spec.end;
  const rule = spec.rule;
  const { noun, zhNoun } = ctx;
  if (spec.lastStep !== -1) return [piece(from, to, 'mixed', i18n(`resumed at last_step=${spec.lastStep}`, `从 last_step=${spec.lastStep} 继续`), [p('last_step')])];
  switch (rule.kind) {
    case 'linear': {
      const warm = rule.startFactor < rule.endFactor && spec.begin === 0 ? i18n('warmup: ', '预热：') : i18n('', '');
      const what = i18n(`${warm.en}${noun} × ${formatNumber(rule.startFactor)} → × ${formatNumber(rule.endFactor)} (${cite([[p('start_factor'), formatNumber(rule.startFactor)], [p('end_factor'), formatNumber(rule.endFactor)]])})`, `${warm.zh}${zhNoun} × ${formatNumber(rule.startFactor)} → × ${formatNumber(rule.endFactor)}（${cite([[p('start_factor'), formatNumber(rule.startFactor)], [p('end_factor'), formatNumber(rule.endFactor)]])}）`);
      return [piece(from, to, moveOf(rule.startFactor, rule.endFactor), what, [p('start_factor'), p('end_factor')])];
    }
    case 'constant': {
      if (rule.factor === 1) return [piece(from, to, 'constant', i18n(`${noun} held (factor=1)`, `${zhNoun}保持不变（factor=1）`), [p('factor')])];
      const what = i18n(`${warmPrefix(spec).en}${noun} × ${formatNumber(rule.factor)} (factor=${formatNumber(rule.factor)})`, `${warmPrefix(spec).zh}${zhNoun} × ${formatNumber(rule.factor)}（factor=${formatNumber(rule.factor)}）`);
      if (rule.totalIters <= 0) return [piece(from, ctx.total, 'constant', what, [p('factor')])];
      const back = at(offset + rule.totalIters);
      const w = whenAt(back);
      return [piece(from, back, 'constant', what, [p('factor')]), piece(back, to, 'constant', i18n(`${noun} back to full (÷ factor) at ${w.en}`, `${w.zh}起${zhNoun}恢复（÷ factor）`), [p('factor'), p('end')])];
    }
    case 'multiStep': {
      const list = Array.isArray(raw['milestones']) ? raw['milestones'] : [];
      const marks = [...rule.milestones.entries()].filter(([n]) => inRange(offset + n)).sort((a, b) => a[0] - b[0]);
      const pieces: CurvePiece[] = [];
      const firstAt = marks.length > 0 ? at(offset + (marks[0] as [number, number])[0]) : to;
      if (firstAt > from) pieces.push(piece(from, firstAt, 'constant', i18n(`${noun} unchanged until the first milestone`, `首个里程碑前${zhNoun}不变`)));
      marks.forEach(([n, count], i) => {
        const a = at(offset + n);
        const b = i + 1 < marks.length ? at(offset + (marks[i + 1] as [number, number])[0]) : to;
        // The list as written (before convert_to_iter_based scaled it) names which entries these are.
        const scale = Object.hasOwn(raw, 'convert_to_iter_based') ? ctx.itersPerEpoch : 1;
        const indexes = list.flatMap((v, k) => (toPyNumber(v) !== undefined && (toPyNumber(v) as number) * scale === n ? [String(k)] : []));
        const named = indexes.length > 0 ? indexes.map((k) => formatPath(p('milestones', k))).join(', ') : formatPath(p('milestones'));
        const factor = count === 1 ? formatNumber(rule.gamma) : `${formatNumber(rule.gamma)}^${count}`;
        const w = whenAt(a);
        pieces.push(piece(a, b, 'constant', i18n(`${noun} × ${factor} at ${w.en} (${named}, gamma=${formatNumber(rule.gamma)})`, `${w.zh}起${zhNoun} × ${factor}（${named}, gamma=${formatNumber(rule.gamma)}）`), [...(indexes.length > 0 ? indexes.map((k) => p('milestones', k)) : [p('milestones')]), p('gamma')]));
      });
      return pieces;
    }
    case 'step': {
      const size = rule.stepSize;
      const count = size > 0 ? Math.ceil((spec.end - spec.begin) / size) : 0;
      const paths = [p('step_size'), p('gamma')];
      const cites = `step_size=${formatNumber(size)}, gamma=${formatNumber(rule.gamma)}`;
      if (size <= 0 || count > maxPieces) {
        const every = formatSpan(at(size), ctx.itersPerEpoch, ctx.epochBased);
        return [piece(from, to, size > 0 ? moveOf(1, rule.gamma) : 'mixed', i18n(`${noun} × ${formatNumber(rule.gamma)} every ${every.en} (${cites})`, `${zhNoun}每 ${every.zh} × ${formatNumber(rule.gamma)}（${cites}）`), paths)];
      }
      const pieces: CurvePiece[] = [piece(from, Math.min(to, at(offset + size)), 'constant', i18n(`${noun} unchanged until the first step (${cites})`, `首次衰减前${zhNoun}不变（${cites}）`), paths)];
      for (let k = 1; inRange(offset + k * size) && at(offset + k * size) < ctx.total; k++) {
        const a = at(offset + k * size);
        const w = whenAt(a);
        pieces.push(piece(a, at(offset + (k + 1) * size), 'constant', i18n(`${noun} × ${formatNumber(rule.gamma)}^${k} at ${w.en} (${cites})`, `${w.zh}起${zhNoun} × ${formatNumber(rule.gamma)}^${k}（${cites}）`), paths));
      }
      return pieces;
    }
    case 'exponential':
      return [piece(from, to, moveOf(1, rule.gamma), i18n(`${noun} × ${formatNumber(rule.gamma)} every ${spec.byEpoch ? 'epoch' : 'iteration'} (gamma=${formatNumber(rule.gamma)})`, `${zhNoun}每${spec.byEpoch ? '轮' : '次迭代'} × ${formatNumber(rule.gamma)}（gamma=${formatNumber(rule.gamma)}）`), [p('gamma')])];
    case 'cosineAnnealing': {
      const floor = rule.etaMinRatio === null ? (rule.etaMin ?? 0) : ctx.base * rule.etaMinRatio;
      const named = rule.etaMinRatio === null ? `eta_min=${formatNumber(rule.etaMin ?? 0)}` : `eta_min_ratio=${formatNumber(rule.etaMinRatio)}`;
      const restarts = rule.tMax < spec.end - spec.begin - 1;
      const what = i18n(`cosine annealing to the floor ${formatNumber(floor)} (${named}, T_max=${formatNumber(rule.tMax)}${restarts ? ', climbs back after T_max' : ''})`, `余弦退火至下限 ${formatNumber(floor)}（${named}, T_max=${formatNumber(rule.tMax)}${restarts ? '，T_max 后回升' : ''}）`);
      return [piece(from, to, restarts ? 'mixed' : towards(floor), what, [rule.etaMinRatio === null ? p('eta_min') : p('eta_min_ratio'), p('T_max')])];
    }
    case 'poly':
      return [piece(from, to, towards(rule.etaMin), i18n(`polynomial decay to eta_min=${formatNumber(rule.etaMin)} (power=${formatNumber(rule.power)})`, `多项式衰减至 eta_min=${formatNumber(rule.etaMin)}（power=${formatNumber(rule.power)}）`), [p('eta_min'), p('power')])];
    case 'plateau':
      // Driven by the validation metric, not by the iteration: the steps depend on the metrics given.
      return [piece(from, to, 'mixed', i18n(`${noun} × ${formatNumber(rule.factor)} when '${rule.monitor}' stops improving for ${rule.patience} validations (factor, patience; the metric values decide when)`, `当 '${rule.monitor}' 连续 ${rule.patience} 次验证没有改善时${zhNoun} × ${formatNumber(rule.factor)}（factor、patience；何时下降由指标值决定）`), [p('factor'), p('patience'), p('monitor')])];
    case 'polyRatio': {
      // mmseg's PolyLRRatio: the floor is eta_min_ratio × the initial lr when given, else eta_min.
      const floor = rule.etaMinRatio === null ? rule.etaMin : ctx.base * rule.etaMinRatio;
      const named = rule.etaMinRatio === null ? `eta_min=${formatNumber(rule.etaMin)}` : `eta_min_ratio=${formatNumber(rule.etaMinRatio)}`;
      return [piece(from, to, towards(floor), i18n(`polynomial decay to ${formatNumber(floor)} (${named}, power=${formatNumber(rule.power)}; mmseg PolyLRRatio)`, `多项式衰减至 ${formatNumber(floor)}（${named}, power=${formatNumber(rule.power)}；mmseg PolyLRRatio）`), [rule.etaMinRatio === null ? p('eta_min') : p('eta_min_ratio'), p('power')])];
    }
    case 'siamRpnExp':
      return [piece(from, to, moveOf(rule.startFactor, rule.endFactor), i18n(`${noun} × ${formatNumber(rule.startFactor)} → × ${formatNumber(rule.endFactor)}, exponentially (start_factor, end_factor; mmtrack SiamRPNExpLR)`, `${zhNoun} × ${formatNumber(rule.startFactor)} → × ${formatNumber(rule.endFactor)}，指数变化（start_factor、end_factor；mmtrack SiamRPNExpLR）`), [p('start_factor'), p('end_factor')])];
    case 'quadraticWarmup':
      return [piece(from, to, 'rising', i18n(`warmup: ${noun} rises quadratically to its initial value`, `预热：${zhNoun}按二次曲线升至初始值`), [])];
    case 'oneCycle': {
      const initial = rule.etaMax / rule.divFactor;
      const anchors = { initial, max: rule.etaMax, min: initial / rule.finalDivFactor };
      const pieces: CurvePiece[] = [];
      let a = from;
      rule.phases.forEach((phase, k) => {
        const b = k === rule.phases.length - 1 ? to : Math.max(a, at(offset + Math.floor(phase.endStep) + 1));
        const s = anchors[phase.start];
        const e = anchors[phase.end];
        if (b > a) pieces.push(piece(a, b, moveOf(s, e), i18n(`one-cycle phase ${k + 1}: lr ${formatNumber(s)} → ${formatNumber(e)} (eta_max=${formatNumber(rule.etaMax)}, pct_start, div_factor=${formatNumber(rule.divFactor)}, final_div_factor=${formatNumber(rule.finalDivFactor)})`, `单周期第 ${k + 1} 段：学习率 ${formatNumber(s)} → ${formatNumber(e)}（eta_max=${formatNumber(rule.etaMax)}, pct_start, div_factor=${formatNumber(rule.divFactor)}, final_div_factor=${formatNumber(rule.finalDivFactor)}）`), [p('eta_max'), p('pct_start'), p('total_steps')]));
        a = b;
      });
      return pieces;
    }
    case 'cosineRestart': {
      const pieces: CurvePiece[] = [];
      let start = 0;
      rule.periods.forEach((period, k) => {
        const a = at(offset + start);
        const b = at(offset + start + period);
        const weight = rule.restartWeights[k] ?? 1;
        const floor = rule.etaMinRatio === null ? (rule.etaMin ?? 0) : ctx.base * rule.etaMinRatio;
        const w = whenAt(a);
        if (inRange(offset + start)) pieces.push(piece(a, b, moveOf(ctx.base * weight, floor), i18n(`cosine period ${k + 1} from ${w.en}, restarting at ${noun} × ${formatNumber(weight)} (periods[${k}]=${formatNumber(period)}, restart_weights[${k}])`, `余弦第 ${k + 1} 周期（${w.zh}起），重启于${zhNoun} × ${formatNumber(weight)}（periods[${k}]=${formatNumber(period)}, restart_weights[${k}]）`), [p('periods', String(k)), p('restart_weights', String(k))]));
        start += period;
      });
      const after = at(offset + start);
      if (after < to) pieces.push(piece(after, to, 'constant', i18n(`${noun} holds after the last period`, `最后一个周期后${zhNoun}保持不变`), [p('periods')]));
      return pieces;
    }
  }
}

/** "begin 5 → end 285 epochs = iterations 36,650 → 2,089,050 (resolved)": the range as written and as the runner resolves it. */
function describeRange(spec: SchedulerSpec, entry: FieldPath, raw: PyDict): I18nText {
  const converted = Object.hasOwn(raw, 'convert_to_iter_based') && !spec.byEpoch;
  const written = (key: 'begin' | 'end'): string => {
    const v = toPyNumber(raw[key]);
    return v === undefined ? '' : formatNumber(v);
  };
  const count = (n: number): string => Math.round(n).toLocaleString('en-US');
  const endNote = Object.hasOwn(raw, 'end') ? i18n('', '') : i18n(', end from train_cfg', '，end 取自 train_cfg');
  const head = `${spec.className} ${formatPath(entry)}`;
  if (converted) {
    const b = written('begin') || '0';
    const e = written('end') || '?';
    return i18n(
      `${head}, begin ${b} → end ${e} epochs = iterations ${count(spec.begin)} → ${count(spec.end)} (resolved, convert_to_iter_based${endNote.en})`,
      `${head}，begin ${b} → end ${e} 轮 = 第 ${count(spec.begin)} → ${count(spec.end)} 次迭代（已解析，convert_to_iter_based${endNote.zh}）`,
    );
  }
  const unit = spec.byEpoch ? i18n('epochs', '轮') : i18n('iterations', '次迭代');
  return i18n(`${head}, begin ${count(spec.begin)} → end ${count(spec.end)} ${unit.en} (resolved${endNote.en})`, `${head}，begin ${count(spec.begin)} → end ${count(spec.end)} ${unit.zh}（已解析${endNote.zh}）`);
}

function warmPrefix(spec: SchedulerSpec): I18nText {
  return spec.begin === 0 && spec.rule.kind === 'constant' && spec.rule.factor < 1 ? i18n('warmup: ', '预热：') : i18n('', '');
}

/** Where no scheduler of the curve is in range, the value holds: the optimizer's before any, the last one set after. */
export function mmengineIdle(curve: CurveName, pieces: readonly CurvePiece[], optimizerPath: FieldPath, base: number): (from: number) => CurvePiece {
  const firstStart = Math.min(...pieces.filter((p) => p.curve === curve).map((p) => p.from));
  const noun = curve === 'lr' ? 'lr' : 'momentum';
  const zhNoun = curve === 'lr' ? '学习率' : '动量';
  return (from) =>
    from < firstStart
      ? { curve, from, to: from, shape: 'constant', text: i18n(`${noun} stays at ${formatPath(optimizerPath)}=${formatNumber(base)} (no scheduler in range)`, `${zhNoun}保持 ${formatPath(optimizerPath)}=${formatNumber(base)}（没有调度器作用）`), paths: [optimizerPath] }
      : { curve, from, to: from, shape: 'constant', text: i18n(`${noun} holds its last value (no scheduler in range)`, `${zhNoun}保持最后的值（没有调度器作用）`), paths: [['param_scheduler']] };
}
