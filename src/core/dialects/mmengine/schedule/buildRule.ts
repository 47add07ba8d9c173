import type { SchedulerVariant } from './codebaseSchedulers.ts';
import type { PyDict, PyValue } from '../../../python/value.ts';
import { isPyTruthy, itemsOf, readNumber } from './pyArgs.ts';
import type { Checked, OneCyclePhase, RuleKind, SchedulerRule } from './schedulerSpec.ts';
import { formatNumber, reprPy } from '../../../python/repr.ts';
import { buildPlateauRule } from './plateau.ts';

/** MMEngine's `INF = int(1e9)`, the default `end`. */
export const INF = 1e9;

/** What a rule needs besides its own arguments, after `begin`/`end` are final. */
export interface RuleContext {
  args: PyDict;
  path: string[];
  begin: number;
  end: number;
  beginEndFloat: boolean;
  /** `convert_to_iter_based`: epoch-sized arguments get multiplied by `epochLength`. */
  convert: boolean;
  epochLength: number;
  paramName: string;
  /** More than one param group: list-valued per-group arguments cannot be checked. */
  manyGroups: boolean;
  /** The codebase variant the registry picked (mmpose's ConstantLR...); MMEngine's own when absent. */
  variant?: SchedulerVariant;
  /** Parameter groups the optimizer has (ReduceOnPlateau checks a per-group `min_value` against it). */
  groupCount?: number;
}

type Num = { value: number; isFloat: boolean };

function fail<T>(message: string, path: string[]): Checked<T> {
  return { ok: false, error: { message, path } };
}

/** Reads a numeric argument; `null` in the config counts as Python's None, i.e. as absent. */
function readArg(ctx: RuleContext, key: string, fallback?: number): Checked<Num | undefined> {
  if (ctx.args[key] === null) return { ok: true, value: undefined };
  const r = readNumber(ctx.args, key, fallback, ctx.path);
  if (r === undefined) return { ok: true, value: undefined };
  if (!r.ok) return r;
  return { ok: true, value: { value: r.value, isFloat: r.isFloat } };
}

function readNumberList(ctx: RuleContext, key: string): Checked<Num[]> {
  const raw: PyValue = ctx.args[key] ?? null;
  const items = itemsOf(raw);
  if (items === undefined) return fail(`TypeError: ${key} should be a list of numbers, but got ${reprPy(raw)}`, [...ctx.path, key]);
  const out: Num[] = [];
  for (const item of items) {
    const r = readNumber({ v: item }, 'v', undefined, [...ctx.path, key]);
    if (r === undefined || !r.ok) return fail(`TypeError: ${key} should be a list of numbers, but got ${reprPy(raw)}`, [...ctx.path, key]);
    out.push({ value: r.value, isFloat: r.isFloat });
  }
  return { ok: true, value: out };
}

/** Scales an epoch-sized argument as `build_iter_from_epoch` does (no int() for these). */
function scaleByEpoch(ctx: RuleContext, n: Num): Num {
  return ctx.convert ? { value: n.value * ctx.epochLength, isFloat: n.isFloat } : n;
}

/**
 * Builds the chainable rule of one scheduler, raising what its MMEngine v0.10.7 (or MMDetection
 * 3.x QuadraticWarmup) `__init__` raises before `_ParamScheduler.__init__` runs.
 */
export function buildRule(kind: RuleKind, ctx: RuleContext): Checked<SchedulerRule> {
  switch (kind) {
    case 'step':
      return buildStepRule(ctx);
    case 'multiStep':
      return buildMultiStepRule(ctx);
    case 'constant':
      return buildConstantRule(ctx);
    case 'exponential': {
      const gamma = readArg(ctx, 'gamma');
      if (!gamma.ok) return gamma;
      return { ok: true, value: { kind, gamma: gamma.value?.value ?? 0 } };
    }
    case 'cosineAnnealing':
      return buildCosineRule(ctx);
    case 'linear':
      return buildLinearRule(ctx);
    case 'poly': {
      const etaMin = readArg(ctx, 'eta_min', 0);
      const power = readArg(ctx, 'power', 1.0);
      if (!etaMin.ok) return etaMin;
      if (!power.ok) return power;
      const rule: SchedulerRule = {
        kind,
        etaMin: etaMin.value?.value ?? 0,
        power: power.value?.value ?? 1,
        totalIters: ctx.end - ctx.begin - 1,
        floatDivision: ctx.beginEndFloat,
      };
      return { ok: true, value: rule };
    }
    case 'polyRatio': {
      const etaMin = readArg(ctx, 'eta_min', 0);
      const ratio = readArg(ctx, 'eta_min_ratio');
      const power = readArg(ctx, 'power', 1.0);
      if (!etaMin.ok) return etaMin;
      if (!ratio.ok) return ratio;
      if (!power.ok) return power;
      return {
        ok: true,
        value: {
          kind,
          etaMin: etaMin.value?.value ?? 0,
          etaMinRatio: ratio.value?.value ?? null,
          power: power.value?.value ?? 1,
          totalIters: ctx.end - ctx.begin - 1,
          floatDivision: ctx.beginEndFloat,
        },
      };
    }
    case 'siamRpnExp':
      return buildSiamRpnExpRule(ctx);
    case 'oneCycle':
      return buildOneCycleRule(ctx);
    case 'cosineRestart':
      return buildCosineRestartRule(ctx);
    case 'quadraticWarmup':
      if (ctx.end >= INF) {
        return fail(
          'ValueError: ``end`` must be less than infinity,Please set ``end`` parameter of ``QuadraticWarmupScheduler`` as the number of warmup end.',
          [...ctx.path, 'end'],
        );
      }
      return { ok: true, value: { kind, totalIters: ctx.end - ctx.begin } };
    case 'plateau':
      return buildPlateauRule(ctx, ctx.groupCount ?? 1);
  }
}

/** mmtrack 1.x `SiamRPNExpParamScheduler.__init__`: its checks in its order, then `total_iters` by `endpoint`. */
function buildSiamRpnExpRule(ctx: RuleContext): Checked<SchedulerRule> {
  if (ctx.end >= INF) {
    return fail(
      'ValueError: ``end`` must be less than infinity,Please set ``end`` parameter of ``QuadraticWarmupScheduler`` as the number of warmup end.',
      [...ctx.path, 'end'],
    );
  }
  const start = readArg(ctx, 'start_factor', 0.1);
  const end = readArg(ctx, 'end_factor', 1.0);
  if (!start.ok) return start;
  if (!end.ok) return end;
  const s = start.value?.value ?? 0.1;
  const e = end.value?.value ?? 1.0;
  if (s > 1.0 || s < 0) return fail('ValueError: Starting multiplicative factor should between 0 and 1.', [...ctx.path, 'start_factor']);
  if (e > 1.0 || e < 0) return fail('ValueError: Ending multiplicative factor should between 0 and 1.', [...ctx.path, 'end_factor']);
  const endpoint = isPyTruthy(ctx.args['endpoint'] ?? true);
  return { ok: true, value: { kind: 'siamRpnExp', startFactor: s, endFactor: e, totalIters: ctx.end - ctx.begin - (endpoint ? 1 : 0) } };
}

function buildStepRule(ctx: RuleContext): Checked<SchedulerRule> {
  const stepSize = readArg(ctx, 'step_size');
  const gamma = readArg(ctx, 'gamma', 0.1);
  if (!stepSize.ok) return stepSize;
  if (!gamma.ok) return gamma;
  const size = scaleByEpoch(ctx, stepSize.value ?? { value: 0, isFloat: false });
  return { ok: true, value: { kind: 'step', stepSize: size.value, stepSizeIsFloat: size.isFloat, gamma: gamma.value?.value ?? 0.1 } };
}

function buildMultiStepRule(ctx: RuleContext): Checked<SchedulerRule> {
  const list = readNumberList(ctx, 'milestones');
  const gamma = readArg(ctx, 'gamma', 0.1);
  if (!list.ok) return list;
  if (!gamma.ok) return gamma;
  const milestones = new Map<number, number>();
  for (const m of list.value) {
    const at = scaleByEpoch(ctx, m).value;
    milestones.set(at, (milestones.get(at) ?? 0) + 1);
  }
  return { ok: true, value: { kind: 'multiStep', milestones, gamma: gamma.value?.value ?? 0.1 } };
}

function buildConstantRule(ctx: RuleContext): Checked<SchedulerRule> {
  const factor = readArg(ctx, 'factor', 1.0 / 3);
  if (!factor.ok) return factor;
  const f = factor.value?.value ?? 1.0 / 3;
  if (ctx.variant?.checkConstantFactor !== false && (f > 1.0 || f < 0)) return fail('ValueError: Constant multiplicative factor should between 0 and 1.', [...ctx.path, 'factor']);
  return { ok: true, value: { kind: 'constant', factor: f, totalIters: ctx.end - ctx.begin - 1 } };
}

function buildCosineRule(ctx: RuleContext): Checked<SchedulerRule> {
  const tMax = readArg(ctx, 'T_max');
  const etaMin = readArg(ctx, 'eta_min');
  const ratio = readArg(ctx, 'eta_min_ratio');
  if (!tMax.ok) return tMax;
  if (!etaMin.ok) return etaMin;
  if (!ratio.ok) return ratio;
  let min = etaMin.value?.value ?? null;
  const minRatio = ratio.value?.value ?? null;
  // Backwards compatibility upstream: neither given means eta_min = 0.
  if (min === null && minRatio === null) min = 0;
  if ((min === null) === (minRatio === null)) {
    return fail('AssertionError: Either `eta_min` or `eta_min_ratio should be specified', [...ctx.path, 'eta_min_ratio']);
  }
  const scaled = tMax.value === undefined ? 0 : scaleByEpoch(ctx, tMax.value).value;
  // `T_max or (end - begin)`: a zero T_max falls back too.
  const t = scaled !== 0 ? scaled : ctx.end - ctx.begin;
  const zeroBase = ctx.variant?.zeroBaseHolds === true ? { zeroBaseHolds: true } : {};
  return { ok: true, value: { kind: 'cosineAnnealing', tMax: t, etaMin: min, etaMinRatio: minRatio, ...zeroBase } };
}

function buildLinearRule(ctx: RuleContext): Checked<SchedulerRule> {
  const start = readArg(ctx, 'start_factor', 1.0 / 3);
  const end = readArg(ctx, 'end_factor', 1.0);
  if (!start.ok) return start;
  if (!end.ok) return end;
  const sf = start.value ?? { value: 1.0 / 3, isFloat: true };
  const ef = end.value ?? { value: 1.0, isFloat: true };
  if (sf.value > 1.0 || sf.value < 0) {
    return fail('ValueError: Starting multiplicative factor should between 0 and 1.', [...ctx.path, 'start_factor']);
  }
  if (ef.value > 1.0 || ef.value < 0) {
    return fail('ValueError: Ending multiplicative factor should between 0 and 1.', [...ctx.path, 'end_factor']);
  }
  return {
    ok: true,
    value: {
      kind: 'linear',
      startFactor: sf.value,
      endFactor: ef.value,
      totalIters: ctx.end - ctx.begin - 1,
      floatDivision: sf.isFloat || ef.isFloat || ctx.beginEndFloat,
    },
  };
}

function buildOneCycleRule(ctx: RuleContext): Checked<SchedulerRule> {
  if (ctx.paramName !== 'lr') {
    return fail(
      `AssertionError: OneCycle only works for learning rate updating, but got patam_name as ${ctx.paramName}`,
      [...ctx.path, 'param_name'],
    );
  }
  const total = readArg(ctx, 'total_steps');
  const pct = readArg(ctx, 'pct_start', 0.3);
  const div = readArg(ctx, 'div_factor', 25.0);
  const finalDiv = readArg(ctx, 'final_div_factor', 1e4);
  for (const r of [total, pct, div, finalDiv]) if (!r.ok) return r;
  let totalSteps = ctx.end - ctx.begin;
  if (total.ok && total.value !== undefined) {
    const t = scaleByEpoch(ctx, total.value);
    if (t.value <= 0 || t.isFloat) {
      return fail(`ValueError: Expected positive integer total_steps, but got ${formatNumber(t.value, t.isFloat)}`, [...ctx.path, 'total_steps']);
    }
    totalSteps = t.value;
  }
  const pctStart = (pct.ok && pct.value) || { value: 0.3, isFloat: true };
  if (pctStart.value < 0 || pctStart.value > 1 || !pctStart.isFloat) {
    return fail(
      `ValueError: Expected float between 0 and 1 pct_start, but got ${formatNumber(pctStart.value, pctStart.isFloat)}`,
      [...ctx.path, 'pct_start'],
    );
  }
  const strategy = ctx.args['anneal_strategy'] ?? 'cos';
  if (strategy !== 'cos' && strategy !== 'linear') {
    const shown = typeof strategy === 'string' ? strategy : reprPy(strategy);
    return fail(`ValueError: anneal_strategy must by one of "cos" or "linear", instead got ${shown}`, [...ctx.path, 'anneal_strategy']);
  }
  const p = pctStart.value;
  const phases: OneCyclePhase[] = isPyTruthy(ctx.args['three_phase'])
    ? [
        { endStep: p * totalSteps - 1, start: 'initial', end: 'max' },
        { endStep: 2 * p * totalSteps - 2, start: 'max', end: 'initial' },
        { endStep: totalSteps - 1, start: 'initial', end: 'min' },
      ]
    : [
        { endStep: p * totalSteps - 1, start: 'initial', end: 'max' },
        { endStep: totalSteps - 1, start: 'max', end: 'min' },
      ];
  const etaMax = readOneCycleEtaMax(ctx);
  if (!etaMax.ok) return etaMax;
  const divFactor = (div.ok && div.value) || { value: 25, isFloat: true };
  const finalDivFactor = (finalDiv.ok && finalDiv.value) || { value: 1e4, isFloat: true };
  if (divFactor.value === 0) {
    return fail(`ZeroDivisionError: ${etaMax.value.isFloat || divFactor.isFloat ? 'float ' : ''}division by zero`, [...ctx.path, 'div_factor']);
  }
  if (finalDivFactor.value === 0) return fail('ZeroDivisionError: float division by zero', [...ctx.path, 'final_div_factor']);
  return {
    ok: true,
    value: {
      kind: 'oneCycle',
      etaMax: etaMax.value.value,
      divFactor: divFactor.value,
      finalDivFactor: finalDivFactor.value,
      totalSteps,
      phases,
      annealCos: strategy === 'cos',
    },
  };
}

function readOneCycleEtaMax(ctx: RuleContext): Checked<Num> {
  const raw = ctx.args['eta_max'];
  const items = itemsOf(raw);
  if (items === undefined) {
    const r = readArg(ctx, 'eta_max', 0);
    if (!r.ok) return r;
    return { ok: true, value: r.value ?? { value: 0, isFloat: false } };
  }
  if (ctx.manyGroups) {
    return fail('A per-group list for eta_max is not simulated when paramwise_cfg splits the parameters into many groups', [...ctx.path, 'eta_max']);
  }
  if (items.length !== 1) return fail(`ValueError: expected 1 values for max_lr, got ${items.length}`, [...ctx.path, 'eta_max']);
  const r = readNumber({ v: items[0] ?? null }, 'v', undefined, [...ctx.path, 'eta_max']);
  if (r === undefined || !r.ok) return fail(`TypeError: eta_max should hold numbers, but got ${reprPy(raw ?? null)}`, [...ctx.path, 'eta_max']);
  return { ok: true, value: { value: r.value, isFloat: r.isFloat } };
}

function buildCosineRestartRule(ctx: RuleContext): Checked<SchedulerRule> {
  const periods = readNumberList(ctx, 'periods');
  if (!periods.ok) return periods;
  const weights = ctx.args['restart_weights'] === undefined ? { ok: true as const, value: [{ value: 1, isFloat: false }] } : readNumberList(ctx, 'restart_weights');
  if (!weights.ok) return weights;
  const etaMin = readArg(ctx, 'eta_min');
  const ratio = readArg(ctx, 'eta_min_ratio');
  if (!etaMin.ok) return etaMin;
  if (!ratio.ok) return ratio;
  const min = etaMin.value?.value ?? null;
  const minRatio = ratio.value?.value ?? null;
  if ((min === null) === (minRatio === null)) return fail('AssertionError', [...ctx.path, 'eta_min']);
  if (periods.value.length !== weights.value.length) {
    return fail('AssertionError: periods and restart_weights should have the same length.', [...ctx.path, 'restart_weights']);
  }
  const scaled = periods.value.map((p) => scaleByEpoch(ctx, p).value);
  const cumulative: number[] = [];
  let sum = 0;
  for (const p of scaled) {
    sum += p;
    cumulative.push(sum);
  }
  return {
    ok: true,
    value: {
      kind: 'cosineRestart',
      periods: scaled,
      cumulativePeriods: cumulative,
      restartWeights: weights.value.map((w) => w.value),
      etaMin: min,
      etaMinRatio: minRatio,
    },
  };
}
