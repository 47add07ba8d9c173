import { isPyFloat, isPyTuple, type PyDict, type PyValue } from '../../../python/value.ts';
import type { HookArgs, Parsed } from './hookArgs.ts';
import type { AnnealStrategy, MinTarget, UpdaterBase, WarmupKind } from './lrHookSpec.ts';
import { isPyInt, isPyTruthy, titleCasePy, toPyNumber } from './pyOps.ts';
import { describePyType, pyTypeName, strPy } from '../../../python/repr.ts';

/**
 * The hook class prefix `BaseRunner.register_lr_hook` (and `register_momentum_hook`) builds from
 * a policy name: an all-lowercase name goes through `str.title()`, anything else is used as is.
 * So `'step'` and `'Step'` both work, but `'cosineannealing'` becomes `'Cosineannealing'`.
 */
export function resolveHookPrefix(policy: string): string {
  return policy === policy.toLowerCase() ? titleCasePy(policy) : policy;
}

/**
 * `BaseRunner.register_lr_hook` / `register_momentum_hook`: a policy written all in lower case
 * is passed through `str.title()` ('cyclic' -> 'Cyclic', but 'onecycle' -> 'Onecycle'); any
 * other spelling is kept as is; then `<policy><suffix>` must be registered.
 */
export function resolvePolicyName<P extends string>(
  cfg: PyDict,
  section: string,
  suffix: string,
  registered: readonly P[],
): Parsed<P> {
  if (!Object.hasOwn(cfg, 'policy')) {
    return { ok: false, error: { message: 'AssertionError', path: [section] } };
  }
  const raw = cfg.policy;
  if (typeof raw !== 'string') {
    const message = `AttributeError: '${pyTypeName(raw)}' object has no attribute 'lower'`;
    return { ok: false, error: { message, path: [section, 'policy'] } };
  }
  const name = resolveHookPrefix(raw);
  const found = registered.find((p) => p === name);
  if (found === undefined) {
    const message = `KeyError: '${name}${suffix} is not in the hook registry'`;
    return { ok: false, error: { message, path: [section, 'policy'] } };
  }
  return { ok: true, value: found };
}

const warmupKinds: readonly WarmupKind[] = ['constant', 'linear', 'exp'];

/** Wording of the validation in `LrUpdaterHook.__init__` vs `MomentumUpdaterHook.__init__`. */
export interface BaseWording {
  validTypes: string;
  ratioName: string;
  warmupRatioDefault: number;
  acceptsWarmupByEpoch: boolean;
}

export const lrWording: BaseWording = {
  validTypes: '"constant", "linear" and "exp"',
  ratioName: 'warmup_ratio',
  warmupRatioDefault: 0.1,
  acceptsWarmupByEpoch: true,
};

export const momentumWording: BaseWording = {
  validTypes: '"constant" and "linear"',
  ratioName: 'warmup_momentum',
  warmupRatioDefault: 0.9,
  acceptsWarmupByEpoch: false,
};

/** What an updater hook class's own `__init__` takes, required and all. */
export interface OwnParams {
  names: readonly string[];
  required: readonly string[];
}

/**
 * Builds an lr or momentum updater hook in the order its constructor checks things: missing
 * required arguments; the `by_epoch` that Cyclic and OneCycle force (they assert it is False);
 * the policy's own arguments; arguments nobody takes; then the base class's warmup checks.
 */
export function parseUpdaterHook<P extends string, R>(
  policy: P,
  args: HookArgs,
  own: OwnParams,
  baseNames: readonly string[],
  wording: BaseWording,
  parseRule: (policy: P, args: HookArgs) => Parsed<R>,
): Parsed<UpdaterBase & { rule: R }> {
  const missing = args.requireAll([...own.required]);
  if (missing) return { ok: false, error: missing };

  // Cyclic and OneCycle check by_epoch themselves and hand the base class an explicit value.
  let byEpoch = args.get('by_epoch') ?? true;
  if (policy === 'Cyclic') byEpoch = args.get('by_epoch') ?? false;
  if (policy === 'OneCycle') {
    if (!args.has('by_epoch')) byEpoch = false;
    else if (isPyTruthy(args.get('by_epoch'))) {
      return args.fail('AssertionError', 'currently only support "by_epoch" = False', 'by_epoch');
    }
  }

  const rule = parseRule(policy, args);
  if (!rule.ok) return rule;
  if (policy === 'Cyclic' && isPyTruthy(byEpoch)) {
    return args.fail('AssertionError', 'currently only support "by_epoch" = False', 'by_epoch');
  }
  const unknown = args.rejectUnknown([...own.names, ...baseNames]);
  if (unknown) return { ok: false, error: unknown };
  const base = parseUpdaterBase(args, byEpoch, wording);
  if (!base.ok) return base;
  return { ok: true, value: { ...base.value, rule: rule.value } };
}

/** The checks and fields of the updater base class `__init__`; `byEpoch` is what reaches it. */
export function parseUpdaterBase(args: HookArgs, byEpoch: PyValue, wording: BaseWording): Parsed<UpdaterBase> {
  const rawWarmup = args.orNull('warmup');
  let warmup: WarmupKind | null = null;
  if (rawWarmup !== null) {
    const kind = warmupKinds.find((k) => k === rawWarmup);
    if (kind === undefined) {
      return args.fail(
        'ValueError',
        `"${strPy(rawWarmup)}" is not a supported type for warming up, valid types are ${wording.validTypes}`,
        'warmup',
      );
    }
    warmup = kind;
  }
  // Without a warmup Python never compares these, so None or a str only matter when it is on.
  const rawIters = args.get('warmup_iters');
  const rawRatio = args.get('warmup_ratio');
  const itersValue = rawIters === undefined ? 0 : toPyNumber(rawIters);
  const ratioValue = rawRatio === undefined ? wording.warmupRatioDefault : toPyNumber(rawRatio);
  if (warmup !== null) {
    if (itersValue === undefined) {
      return args.fail('TypeError', `'>' not supported between instances of '${pyTypeName(rawIters)}' and 'int'`, 'warmup_iters');
    }
    if (!(itersValue > 0)) {
      return args.fail('AssertionError', '"warmup_iters" must be a positive integer', 'warmup_iters');
    }
    if (ratioValue === undefined) {
      return args.fail('TypeError', `'<' not supported between instances of 'int' and '${pyTypeName(rawRatio)}'`, 'warmup_ratio');
    }
    if (!(ratioValue > 0 && ratioValue <= 1)) {
      return args.fail('AssertionError', `"${wording.ratioName}" must be in range (0,1]`, 'warmup_ratio');
    }
  }
  return {
    ok: true,
    value: {
      byEpoch: isPyTruthy(byEpoch),
      warmup,
      warmupIters: itersValue ?? 0,
      warmupItersIsInt: rawIters === undefined || isPyInt(rawIters),
      warmupRatio: ratioValue ?? wording.warmupRatioDefault,
      warmupByEpoch: wording.acceptsWarmupByEpoch && isPyTruthy(args.get('warmup_by_epoch') ?? false),
    },
  };
}

/** `step` of the Step hooks: an int period or a list of positive int milestones. */
export function parseStep(args: HookArgs): Parsed<number | number[]> {
  const step = args.get('step');
  if (Array.isArray(step)) {
    if (!step.every(isPyInt)) return args.fail('AssertionError', '', 'step');
    const values = step.map((s) => toPyNumber(s) ?? 0);
    if (!values.every((s) => s > 0)) return args.fail('AssertionError', '', 'step');
    return { ok: true, value: values };
  }
  if (isPyInt(step)) {
    const value = toPyNumber(step) ?? 0;
    if (!(value > 0)) return args.fail('AssertionError', '', 'step');
    return { ok: true, value };
  }
  return args.fail('TypeError', '"step" must be a list or integer', 'step');
}

/** `assert (min_lr is None) ^ (min_lr_ratio is None)` and the chosen target. */
export function parseMinTarget(args: HookArgs, absName: string, ratioName: string): Parsed<MinTarget> {
  const abs = args.optionalNumber(absName);
  if (!abs.ok) return abs;
  const ratio = args.optionalNumber(ratioName);
  if (!ratio.ok) return ratio;
  if ((abs.value === null) === (ratio.value === null)) {
    return args.fail('AssertionError', '', abs.value === null ? absName : ratioName);
  }
  return {
    ok: true,
    value: abs.value !== null ? { kind: 'absolute', value: abs.value } : { kind: 'ratio', value: ratio.value ?? 0 },
  };
}

/**
 * `target_ratio` of the cyclic hooks: a float becomes `(r, r / 1e5)`, a 1-tuple `(r0, r0 / 1e5)`;
 * anything that is neither float nor tuple (a list, an int) raises.
 */
export function parseTargetRatio(args: HookArgs, fallback: readonly [number, number]): Parsed<readonly [number, number]> {
  const raw = args.get('target_ratio');
  if (raw === undefined) return { ok: true, value: fallback };
  if (isPyFloat(raw) || (typeof raw === 'number' && !Number.isInteger(raw))) {
    const r = toPyNumber(raw) ?? 0;
    return { ok: true, value: [r, r / 1e5] };
  }
  if (!isPyTuple(raw)) {
    return args.fail('ValueError', `target_ratio should be either float or tuple, got ${describePyType(raw)}`, 'target_ratio');
  }
  const items = raw.$tuple.map(toPyNumber);
  if (items.length !== 2 && items.length !== 1) {
    return args.fail('AssertionError', '"target_ratio" must be list or tuple of two floats', 'target_ratio');
  }
  const [first, second] = items;
  if (first === undefined || (items.length === 2 && second === undefined)) {
    return args.fail('TypeError', `"target_ratio" must hold numbers, got ${describePyType(raw)}`, 'target_ratio');
  }
  return { ok: true, value: items.length === 1 ? [first, first / 1e5] : [first, second ?? 0] };
}

export function parseAnneal(args: HookArgs, verb: 'be' | 'by'): Parsed<AnnealStrategy> {
  const raw = args.get('anneal_strategy') ?? 'cos';
  if (raw === 'cos' || raw === 'linear') return { ok: true, value: raw };
  return args.fail(
    'ValueError',
    `anneal_strategy must ${verb} one of "cos" or "linear", instead got ${strPy(raw)}`,
    'anneal_strategy',
  );
}

/** `pct_start` / `start_percent`: `x < 0 or x > 1 or not isinstance(x, float)` raises. */
export function parseUnitFloat(args: HookArgs, name: string, fallback: number, prefix: string): Parsed<number> {
  const raw = args.get(name);
  if (raw === undefined) return { ok: true, value: fallback };
  const n = toPyNumber(raw);
  if (n === undefined) {
    return args.fail('TypeError', `'<' not supported between instances of '${pyTypeName(raw)}' and 'int'`, name);
  }
  if (n < 0 || n > 1 || !args.isFloat(name)) {
    return args.fail('ValueError', `${prefix} ${name}, but got ${strPy(raw)}`, name);
  }
  return { ok: true, value: n };
}

/** The list of numbers of a list-typed argument (`periods`, `restart_weights`). */
export function parseNumberList(args: HookArgs, name: string, fallback: number[]): Parsed<number[]> {
  const raw = args.get(name);
  if (raw === undefined) return { ok: true, value: fallback };
  const items = Array.isArray(raw) ? raw : isPyTuple(raw) ? raw.$tuple : null;
  const values = items?.map(toPyNumber);
  if (!values || values.some((v) => v === undefined)) {
    return args.fail('TypeError', `"${name}" must be a list of numbers, got ${describePyType(raw)}`, name);
  }
  return { ok: true, value: values.map((v) => v ?? 0) };
}
