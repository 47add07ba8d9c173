import { codebaseSchedulerClass, registeredByNote, schedulerVariant } from './codebaseSchedulers.ts';
import { isPyDict, type PyDict, type PyValue } from '../../../python/value.ts';
import { buildRule, INF } from './buildRule.ts';
import type { OptimizerSetup } from './parseOptimizer.ts';
import type { TrainLoop } from './parseTrainLoop.ts';
import { findBindingError } from './pyCallErrors.ts';
import { isPyTruthy, readNumber, stripTypePrefix } from './pyArgs.ts';
import { COMMON_ARGS, CONVERT_REQUIRED, RULE_ARGS, SCHEDULER_CLASSES } from './schedulerClasses.ts';
import { plateauByEpochError } from './plateau.ts';
import { LR_SLOT, MOMENTUM_SLOT, type Checked, type SchedulerSpec } from './schedulerSpec.ts';
import { describePyType, formatNumber, reprPy, reprString } from '../../../python/repr.ts';

const REGISTRY_HELP =
  'Please check whether the value of `{type}` is correct or it was registered as expected. More details can be found at https://mmengine.readthedocs.io/en/latest/advanced_tutorials/config.html#import-the-custom-module';

/**
 * What earlier schedulers left in the param group: which keys exist and which have their
 * `initial_*` recorded, plus a slot number for every parameter name.
 */
export class ParamGroupKeys {
  readonly slots = new Map<string, number>([
    ['lr', LR_SLOT],
    ['momentum', MOMENTUM_SLOT],
  ]);
  readonly present = new Set<string>(['lr']);
  readonly initialised = new Set<string>();

  constructor(optimizer: OptimizerSetup) {
    if (optimizer.hasMomentum) this.present.add('momentum');
    for (const name of optimizer.otherValues.keys()) this.present.add(name);
  }

  slotOf(name: string): number {
    let slot = this.slots.get(name);
    if (slot === undefined) {
      slot = this.slots.size;
      this.slots.set(name, slot);
    }
    return slot;
  }
}

/** Everything a scheduler dict is built against. */
export interface SchedulerContext {
  loop: TrainLoop;
  itersPerEpoch: number;
  optimizer: OptimizerSetup;
  /** `default_scope`, named in registry errors. */
  scope: string;
  keys: ParamGroupKeys;
}

function fail<T>(message: string, path: string[]): Checked<T> {
  return { ok: false, error: { message, path } };
}

/**
 * Builds one `param_scheduler` entry as MMEngine v0.10.7 does when training starts
 * (`Runner._build_param_scheduler` default `end`, `build_scheduler_from_cfg` with
 * `convert_to_iter_based`, the class `__init__` checks). `begin`/`end` come out in the
 * scheduler's own step unit: epochs when `byEpoch`, else iterations.
 */
export function parseScheduler(raw: PyValue, path: string[], index: number, ctx: SchedulerContext): Checked<SchedulerSpec> {
  if (!isPyDict(raw)) {
    return fail(`TypeError: scheduler should be a _ParamScheduler object or dict, but got ${reprPy(raw)}`, path);
  }
  const cfg: PyDict = { ...raw };
  // The runner fills `end` from the loop before anything else looks at the dict.
  if (!('end' in cfg)) cfg['end'] = isPyTruthy(cfg['by_epoch'] ?? true) ? ctx.loop.maxEpochs : ctx.loop.maxIters;
  if (!('type' in cfg)) return fail("KeyError: 'type'", path);
  delete cfg['_scope_'];
  const convert = isPyTruthy(cfg['convert_to_iter_based'] ?? false);
  delete cfg['convert_to_iter_based'];
  const typeValue = cfg['type'] ?? null;
  delete cfg['type'];
  if (convert && !isPyTruthy(cfg['by_epoch'] ?? true)) {
    return fail(
      'AssertionError: Only epoch-based parameter scheduler can be converted to iter-based, and `epoch_length` should be set',
      [...path, 'convert_to_iter_based'],
    );
  }
  if (typeof typeValue !== 'string') {
    return fail(`TypeError: type must be a str or valid type, but got ${describePyType(typeValue)}`, [...path, 'type']);
  }
  const className = stripTypePrefix(typeValue);
  const cls = codebaseSchedulerClass(typeValue, className, ctx.scope) ?? SCHEDULER_CLASSES.get(className);
  if (cls === undefined) {
    const where = convert ? 'parameter scheduler' : `${ctx.scope}::parameter scheduler`;
    const text = `${typeValue} is not in the ${where} registry. ${REGISTRY_HELP.replace('{type}', typeValue)}`;
    return fail(`KeyError: ${reprString(text)}${registeredByNote(className)}`, [...path, 'type']);
  }

  if (cls.kind === 'plateau' && (convert || !isPyTruthy(cfg['by_epoch'] ?? true))) return plateauByEpochError(className, path, convert);
  if (convert) {
    const kwOnly = CONVERT_REQUIRED[cls.kind];
    const err =
      kwOnly === undefined
        ? undefined
        : findBindingError(`${cls.baseClass}.build_iter_from_epoch`, cfg, Object.keys(cfg), [], [kwOnly], 'keyword-only');
    if (err !== undefined) return fail(err, path);
  }
  if (cls.target === 'momentum' && !ctx.optimizer.hasMomentum && !ctx.optimizer.hasBetas) {
    return fail('ValueError: optimizer must support momentum when using momentum scheduler', path);
  }
  const ruleArgs = RULE_ARGS[cls.kind];
  const generic = cls.target === 'generic';
  const accepted = [...(generic ? ['param_name'] : []), ...ruleArgs.required, ...ruleArgs.optional, ...COMMON_ARGS];
  const required = [...(generic ? ['param_name'] : []), ...ruleArgs.required];
  const bindErr = findBindingError(`${cls.baseClass}.__init__`, cfg, accepted, generic ? [] : ['param_name'], required, 'positional');
  if (bindErr !== undefined) return fail(bindErr, path);

  const paramName = generic ? cfg['param_name'] : cls.target;
  if (typeof paramName !== 'string') {
    return fail(`TypeError: param_name should be a str, but got ${reprPy(paramName ?? null)}`, [...path, 'param_name']);
  }
  // QuadraticWarmup's and SiamRPNExp's own build_iter_from_epoch scale without int().
  const range = readRange(cfg, path, cls.kind === 'quadraticWarmup' || cls.kind === 'siamRpnExp', convert, ctx.itersPerEpoch);
  if (!range.ok) return range;
  const { begin, end, beginEndFloat } = range.value;
  const rule = buildRule(cls.kind, {
    args: cfg,
    path,
    begin,
    end,
    beginEndFloat,
    convert,
    epochLength: ctx.itersPerEpoch,
    paramName,
    manyGroups: ctx.optimizer.manyGroups,
    groupCount: ctx.optimizer.groups.length,
    variant: schedulerVariant(typeValue, className, ctx.scope),
  });
  if (!rule.ok) return rule;

  if (end <= begin) {
    return fail(
      `ValueError: end should be larger than begin, but got begin=${formatNumber(begin, range.value.beginFloat)}, end=${formatNumber(end, range.value.endFloat)}`,
      [...path, 'end'],
    );
  }
  const lastStep = readNumber(cfg, 'last_step', -1, path);
  if (lastStep === undefined || !lastStep.ok || lastStep.isFloat || lastStep.value < -1) {
    return fail('AssertionError', [...path, 'last_step']);
  }
  const keyErr = recordGroupKeys(ctx.keys, paramName, cls.target === 'momentum' && ctx.optimizer.hasBetas, cls.kind === 'oneCycle', lastStep.value);
  if (keyErr !== undefined) return fail(keyErr, path);

  return {
    ok: true,
    value: {
      index,
      typeName: typeValue,
      className,
      slot: ctx.keys.slotOf(paramName),
      paramName,
      momentumMixin: cls.target === 'momentum',
      begin,
      end,
      byEpoch: convert ? false : isPyTruthy(cfg['by_epoch'] ?? true),
      lastStep: lastStep.value,
      rule: rule.value,
    },
  };
}

interface Range {
  begin: number;
  end: number;
  beginFloat: boolean;
  endFloat: boolean;
  beginEndFloat: boolean;
}

/** `begin`/`end`, scaled with `int()` on conversion (QuadraticWarmup scales without `int()`). */
function readRange(cfg: PyDict, path: string[], keepFloat: boolean, convert: boolean, epochLength: number): Checked<Range> {
  const b = readNumber(cfg, 'begin', 0, path);
  const e = readNumber(cfg, 'end', INF, path);
  if (b === undefined || !b.ok) return b ?? fail('TypeError: begin', path);
  if (e === undefined || !e.ok) return e ?? fail('TypeError: end', path);
  let begin = b.value;
  let end = e.value;
  let beginFloat = b.isFloat;
  let endFloat = e.isFloat;
  if (convert) {
    begin = keepFloat ? begin * epochLength : Math.trunc(begin * epochLength);
    beginFloat = keepFloat && beginFloat;
    if (end !== INF) {
      end = keepFloat ? end * epochLength : Math.trunc(end * epochLength);
      endFloat = keepFloat && endFloat;
    }
  }
  return { ok: true, value: { begin, end, beginFloat, endFloat, beginEndFloat: beginFloat || endFloat } };
}

/** `_ParamScheduler.__init__`: `setdefault('initial_<name>', group[name])`, or the resume check. */
function recordGroupKeys(keys: ParamGroupKeys, name: string, mixinMakesKey: boolean, oneCycle: boolean, lastStep: number): string | undefined {
  if (mixinMakesKey) keys.present.add('momentum');
  if (oneCycle && lastStep === -1) keys.initialised.add('lr');
  if (lastStep === -1) {
    if (!keys.present.has(name)) return `KeyError: ${reprString(name)}`;
    keys.initialised.add(name);
    return undefined;
  }
  if (!keys.initialised.has(name)) {
    return `KeyError: ${reprString(`param 'initial_${name}' is not specified in param_groups[0] when resuming an optimizer`)}`;
  }
  return undefined;
}
