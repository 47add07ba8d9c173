import { CODEBASE_OPTIMIZERS } from '../../../diagnostics/signatures/codebaseOptimizers.ts';
import { getKey, isPyDict, numberOf, type PyDict, type PyValue } from '../../../python/value.ts';
import { usesDefaultGroups } from '../../../diagnostics/signatures/optimizerConstructors.ts';
import { stringKeyedEntries } from '../../../python/pyMap.ts';
import { itemsOf, readNumber, stripTypePrefix } from './pyArgs.ts';
import type { Checked } from './schedulerSpec.ts';
import { DECAY_MULT_KEYS, listParamwiseGroups, paramwiseKey } from '../../../schedule/paramwiseGroups.ts';
import type { ParamKind } from '../../../schedule/types.ts';
import { formatNumber, reprPy } from '../../../python/repr.ts';

/** Starting values of one parameter group as the optimizer wrapper constructor builds it. */
export interface GroupStart {
  /** null for the group with the optimizer's own lr. */
  customKey: string | null;
  lrMult: number;
  lr: number;
  /** `momentum` of SGD-like optimizers; null when the group has no such key. */
  momentum: number | null;
  /** `betas[0]` of Adam-like optimizers; null otherwise. */
  beta0: number | null;
  /** The group's `weight_decay`; null when the optimizer has none. */
  weightDecay: number | null;
  /** `weight_decay / optimizer weight_decay`, for groups the constructor gives their own. */
  decayMult?: number;
  /** Set for the groups bias_lr_mult, norm_decay_mult... create (see `listParamwiseGroups`). */
  paramKinds?: ParamKind[];
}

/** What the schedulers see of the optimizer: torch defaults merged with the config. */
export interface OptimizerSetup {
  className: string;
  /** `'momentum' in optimizer.defaults`: Momentum schedulers then drive `momentum` directly. */
  hasMomentum: boolean;
  /** `'betas' in optimizer.defaults`: Momentum schedulers then drive `betas[0]`. */
  hasBetas: boolean;
  /** The wrapper has more than one group (paramwise_cfg), so list-valued args cannot be matched. */
  manyGroups: boolean;
  groups: GroupStart[];
  /** Other numeric hyper-parameters a generic ParamScheduler may name (weight_decay...). */
  otherValues: Map<string, number>;
  /** Neither torch's nor a codebase's class: momentum/betas were taken from the config's own keys. */
  unknownType: boolean;
}

interface TorchDefaults {
  lr: number | 'required';
  momentum?: number;
  betas?: readonly number[];
  other: Readonly<Record<string, number>>;
  /** False for classes that store betas unchecked (mmcls/mmpretrain Lamb). */
  checksBeta0?: boolean;
}

// torch 1.13 constructor defaults of the optimizers MMEngine registers from torch.optim.
const BETAS: [number, number] = [0.9, 0.999];
const TORCH_OPTIMIZERS: Record<string, TorchDefaults> = {
  SGD: { lr: 'required', momentum: 0, other: { dampening: 0, weight_decay: 0 } },
  Adam: { lr: 1e-3, betas: BETAS, other: { eps: 1e-8, weight_decay: 0 } },
  AdamW: { lr: 1e-3, betas: BETAS, other: { eps: 1e-8, weight_decay: 1e-2 } },
  Adamax: { lr: 2e-3, betas: BETAS, other: { eps: 1e-8, weight_decay: 0 } },
  NAdam: { lr: 2e-3, betas: BETAS, other: { eps: 1e-8, weight_decay: 0, momentum_decay: 4e-3 } },
  RAdam: { lr: 1e-3, betas: BETAS, other: { eps: 1e-8, weight_decay: 0 } },
  SparseAdam: { lr: 1e-3, betas: BETAS, other: { eps: 1e-8 } },
  RMSprop: { lr: 1e-2, momentum: 0, other: { alpha: 0.99, eps: 1e-8, weight_decay: 0 } },
  Adagrad: { lr: 1e-2, other: { lr_decay: 0, weight_decay: 0, initial_accumulator_value: 0, eps: 1e-10 } },
  Adadelta: { lr: 1.0, other: { rho: 0.9, eps: 1e-6, weight_decay: 0 } },
  ASGD: { lr: 1e-2, other: { lambd: 1e-4, alpha: 0.75, t0: 1e6, weight_decay: 0 } },
  Rprop: { lr: 1e-2, other: {} },
};

function fail<T>(message: string, path: string[]): Checked<T> {
  return { ok: false, error: { message, path } };
}

/**
 * Defaults of a class that is neither torch's nor a codebase's: what the config itself gives. A
 * `momentum` or `betas` key lands in the optimizer's defaults, so the schedulers drive it.
 */
function defaultsFromConfig(opt: PyDict): TorchDefaults {
  return {
    lr: 'required',
    ...(opt['momentum'] !== undefined ? { momentum: 0 } : {}),
    ...(opt['betas'] !== undefined ? { betas: [0.9, 0.999] } : {}),
    other: {},
    checksBeta0: false,
  };
}

function readBeta0(v: PyValue | undefined, path: string[], checked = true): Checked<number | undefined> {
  if (v === undefined) return { ok: true, value: undefined };
  const items = itemsOf(v);
  const first = items === undefined ? undefined : numberOf(items[0]);
  if (first === undefined) return fail(`TypeError: betas should be a pair of floats, but got ${reprPy(v)}`, path);
  if (checked && !(first >= 0 && first < 1)) return fail(`ValueError: Invalid beta parameter at index 0: ${reprPy(items?.[0] ?? null)}`, path);
  return { ok: true, value: first };
}

/**
 * Reads `optim_wrapper` (MMEngine v0.10.7 `DefaultOptimWrapperConstructor` on a torch 1.13
 * optimizer): the base group's lr and momentum/betas[0], and one extra group per
 * `paramwise_cfg.custom_keys` entry with an `lr_mult` (lr = base lr * lr_mult, then the key's own
 * settings copied over, as the constructor does).
 */
export function parseOptimizer(config: PyDict): Checked<OptimizerSetup> {
  const wrapper = config['optim_wrapper'];
  if (wrapper === undefined || wrapper === null) {
    return fail(
      'ValueError: train_dataloader, train_cfg, and optim_wrapper should be either all None or not None, but got optim_wrapper=None',
      ['optim_wrapper'],
    );
  }
  if (!isPyDict(wrapper)) return fail(`TypeError: optimizer wrapper should be a dict, but got ${reprPy(wrapper)}`, ['optim_wrapper']);
  const wrapperType = typeof wrapper['type'] === 'string' ? stripTypePrefix(wrapper['type']) : 'OptimWrapper';
  if (wrapperType === 'OptimWrapperDict' || wrapper['optimizer'] === undefined) {
    return fail('Only a single optimizer (optim_wrapper.optimizer) is supported by this simulator', ['optim_wrapper']);
  }
  const opt = wrapper['optimizer'];
  const optPath = ['optim_wrapper', 'optimizer'];
  if (!isPyDict(opt) || typeof opt['type'] !== 'string') {
    return fail('KeyError: \'`cfg` or `default_args` must contain the key "type"\'', optPath);
  }
  const className = stripTypePrefix(opt['type']);
  const known = TORCH_OPTIMIZERS[className] ?? CODEBASE_OPTIMIZERS.get(className);
  const defaults = known ?? defaultsFromConfig(opt);
  const lrRead = readNumber(opt, 'lr', defaults.lr === 'required' ? undefined : defaults.lr, optPath);
  if (lrRead === undefined) {
    return fail("ValueError: parameter group didn't specify a value of required optimization parameter lr", [...optPath, 'lr']);
  }
  if (!lrRead.ok) return lrRead;
  if (lrRead.value < 0) return fail(`ValueError: Invalid learning rate: ${formatNumber(lrRead.value, lrRead.isFloat)}`, [...optPath, 'lr']);

  let momentum: number | null = null;
  if (defaults.momentum !== undefined) {
    const m = readNumber(opt, 'momentum', defaults.momentum, optPath);
    if (m === undefined || !m.ok) return m ?? fail('TypeError: momentum', optPath);
    if (m.value < 0) return fail(`ValueError: Invalid momentum value: ${formatNumber(m.value, m.isFloat)}`, [...optPath, 'momentum']);
    const dampening = numberOf(opt['dampening']) ?? 0;
    if (className === 'SGD' && opt['nesterov'] === true && (m.value <= 0 || dampening !== 0)) {
      return fail('ValueError: Nesterov momentum requires a momentum and zero dampening', [...optPath, 'nesterov']);
    }
    momentum = m.value;
  }
  let beta0: number | null = null;
  if (defaults.betas !== undefined) {
    const b = readBeta0(opt['betas'], [...optPath, 'betas'], defaults.checksBeta0 !== false);
    if (!b.ok) return b;
    beta0 = b.value ?? defaults.betas[0];
  }

  const otherValues = new Map<string, number>(Object.entries(defaults.other));
  for (const [k, v] of Object.entries(opt)) {
    const n = numberOf(v);
    if (n !== undefined && k !== 'lr' && k !== 'momentum') otherValues.set(k, n);
  }

  const configWd = opt['weight_decay'] === undefined || opt['weight_decay'] === null ? null : (numberOf(opt['weight_decay']) ?? null);
  const base: GroupStart = { customKey: null, lrMult: 1, lr: lrRead.value, momentum, beta0, weightDecay: otherValues.get('weight_decay') ?? null };
  // Another constructor (layer decay, TSM) groups parameters by its own rules: only the optimizer's
  // own group is drawn (optimizer/constructor-not-modelled says so).
  const paramwise = usesDefaultGroups(getKey(wrapper, 'constructor')) ? wrapper['paramwise_cfg'] : undefined;
  const wdErr = checkBaseWd(paramwise, configWd);
  if (wdErr !== undefined) return wdErr;
  const extras = readCustomKeyGroups(paramwise, base, opt['lr'] !== undefined, defaults.checksBeta0 !== false, configWd);
  if (!extras.ok) return extras;
  // Unset multipliers leave lr alone, so the constructor multiplies only a given lr.
  for (const g of listParamwiseGroups('mmengine', paramwise, base.lr, configWd)) {
    extras.value.push({ ...base, customKey: paramwiseKey(g.kinds), lrMult: g.lrMult, lr: g.lr, weightDecay: g.weightDecay ?? base.weightDecay, decayMult: g.decayMult, paramKinds: g.kinds });
  }
  return {
    ok: true,
    value: {
      className,
      hasMomentum: defaults.momentum !== undefined,
      hasBetas: defaults.betas !== undefined,
      manyGroups: isPyDict(wrapper['paramwise_cfg']),
      groups: [base, ...extras.value],
      otherValues,
      unknownType: known === undefined,
    },
  };
}

/** `_validate_cfg`: a decay multiplier needs the optimizer's own `weight_decay`. */
function checkBaseWd(paramwise: PyValue | undefined, configWd: number | null): Checked<never> | undefined {
  if (!isPyDict(paramwise) || configWd !== null) return undefined;
  const keys = paramwise['custom_keys'];
  const entries = stringKeyedEntries(keys);
  // A custom_keys that is not a dict fails first, with its own TypeError.
  if (keys !== undefined && entries === undefined) return undefined;
  const inKeys = (entries ?? []).some(([, v]) => isPyDict(v) && 'decay_mult' in v);
  const key = DECAY_MULT_KEYS.find((k) => k in paramwise);
  if (!inKeys && key === undefined) return undefined;
  return fail('ValueError: base_wd should not be None', ['optim_wrapper', 'paramwise_cfg', ...(key === undefined ? ['custom_keys'] : [key])]);
}

function readCustomKeyGroups(paramwise: PyValue | undefined, base: GroupStart, lrGiven: boolean, checked: boolean, configWd: number | null): Checked<GroupStart[]> {
  if (!isPyDict(paramwise) || paramwise['custom_keys'] === undefined) return { ok: true, value: [] };
  const keys = paramwise['custom_keys'];
  const path = ['optim_wrapper', 'paramwise_cfg', 'custom_keys'];
  const entries = stringKeyedEntries(keys);
  if (entries === undefined) return fail(`TypeError: If specified, custom_keys must be a dict, but got ${reprPy(keys)}`, path);
  const groups: GroupStart[] = [];
  for (const [key, settings] of entries) {
    if (!isPyDict(settings) || settings['lr_mult'] === undefined) continue;
    const mult = numberOf(settings['lr_mult']);
    if (mult === undefined) return fail(`TypeError: lr_mult should be a number, but got ${reprPy(settings['lr_mult'])}`, [...path, key, 'lr_mult']);
    // The constructor multiplies `optimizer.lr` itself, which is None when the config relies on the torch default.
    if (!lrGiven) return fail("TypeError: unsupported operand type(s) for *: 'NoneType' and 'float'", [...path, key, 'lr_mult']);
    const group: GroupStart = { ...base, customKey: key, lrMult: mult, lr: base.lr * mult };
    if (configWd !== null) {
      const decayMult = numberOf(settings['decay_mult']) ?? 1;
      group.weightDecay = configWd * decayMult;
      group.decayMult = decayMult;
    }
    const wdOverride = numberOf(settings['weight_decay']);
    if (wdOverride !== undefined) group.weightDecay = wdOverride;
    // Every setting of the key is copied into the group after the multiplier is applied.
    const lrOverride = numberOf(settings['lr']);
    if (lrOverride !== undefined) group.lr = lrOverride;
    const momentumOverride = numberOf(settings['momentum']);
    if (momentumOverride !== undefined && group.momentum !== null) group.momentum = momentumOverride;
    if (settings['betas'] !== undefined && group.beta0 !== null) {
      const b = readBeta0(settings['betas'], [...path, key, 'betas'], checked);
      if (!b.ok) return b;
      group.beta0 = b.value ?? group.beta0;
    }
    groups.push(group);
  }
  return { ok: true, value: groups };
}
