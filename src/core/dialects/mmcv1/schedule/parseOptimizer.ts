import { CODEBASE_OPTIMIZERS } from '../../../diagnostics/signatures/codebaseOptimizers.ts';
import { getKey, isPyDict, isPyTuple, type PyValue } from '../../../python/value.ts';
import { usesDefaultGroups } from '../../../diagnostics/signatures/optimizerConstructors.ts';
import { stringKeyedEntries } from '../../../python/pyMap.ts';
import type { Parsed } from './hookArgs.ts';
import { toPyNumber } from './pyOps.ts';
import { strPy } from '../../../python/repr.ts';
import { DECAY_MULT_KEYS, listParamwiseGroups, paramwiseKey } from '../../../schedule/paramwiseGroups.ts';
import type { ParamKind } from '../../../schedule/types.ts';

/** One param group the curves follow: the optimizer's own, or one `custom_keys` entry with `lr_mult`. */
export interface GroupSpec {
  customKey: string;
  lrMult: number;
  /** `base_lr * lr_mult`, as `DefaultOptimizerConstructor.add_params` sets it. */
  lr: number;
  /** `base_wd * decay_mult`; null when the optimizer config gives no weight_decay. */
  weightDecay: number | null;
  decayMult?: number;
  /** Set for the groups bias_lr_mult, norm_decay_mult... create (see `listParamwiseGroups`). */
  paramKinds?: ParamKind[];
}

export interface OptimizerSpec {
  typeName: string;
  lr: number;
  /** Which field the momentum hooks drive: `momentum` (SGD-like) or `betas[0]` (Adam-like). */
  momentumField: 'momentum' | 'betas' | null;
  momentum: number | null;
  /** The config's `weight_decay` (`base_wd`); null when absent. */
  weightDecay: number | null;
  extraGroups: GroupSpec[];
  /** Neither torch's nor a codebase's class: momentum was taken from the config's own keys. */
  unknownType: boolean;
}

type MomentumKind = 'momentum' | 'betas' | null;

/** torch 1.13 optimizers: which momentum-like default each has, and its default lr (null = required). */
const torchOptimizers: Record<string, { field: MomentumKind; lr: number | null }> = {
  SGD: { field: 'momentum', lr: null },
  RMSprop: { field: 'momentum', lr: 1e-2 },
  Adam: { field: 'betas', lr: 1e-3 },
  AdamW: { field: 'betas', lr: 1e-3 },
  Adamax: { field: 'betas', lr: 2e-3 },
  NAdam: { field: 'betas', lr: 2e-3 },
  RAdam: { field: 'betas', lr: 1e-3 },
  SparseAdam: { field: 'betas', lr: 1e-3 },
  Adadelta: { field: null, lr: 1.0 },
  Adagrad: { field: null, lr: 1e-2 },
  ASGD: { field: null, lr: 1e-2 },
  Rprop: { field: null, lr: 1e-2 },
  LBFGS: { field: null, lr: 1 },
};

function sequenceItems(v: PyValue | undefined): PyValue[] | undefined {
  if (Array.isArray(v)) return v;
  if (isPyTuple(v)) return v.$tuple;
  return undefined;
}

/**
 * Reads `optimizer` as `build_optimizer` (mmcv DefaultOptimizerConstructor + torch) would:
 * the lr and momentum every group starts from, and the groups `paramwise_cfg.custom_keys`
 * gives an `lr_mult`. Fails with torch's own argument checks, prefixed by `build_from_cfg`.
 */
export function parseOptimizer(optimizer: PyValue | undefined): Parsed<OptimizerSpec> {
  if (!isPyDict(optimizer)) {
    return { ok: false, error: { message: 'TypeError: optimizer config must be a dict', path: ['optimizer'] } };
  }
  const typeName = typeof optimizer.type === 'string' ? optimizer.type : 'SGD';
  const codebase = CODEBASE_OPTIMIZERS.get(typeName);
  const known = torchOptimizers[typeName] ?? (codebase && codebaseEntry(codebase));
  const fail = (text: string, key: string): Parsed<OptimizerSpec> => ({
    ok: false,
    error: { message: `ValueError: ${typeName}: ${text}`, path: ['optimizer', key] },
  });

  const rawLr = optimizer.lr;
  let lr = toPyNumber(rawLr);
  if (lr === undefined) {
    const fallback = known ? known.lr : null;
    if (rawLr !== undefined || fallback === null) {
      return fail("parameter group didn't specify a value of required optimization parameter lr", 'lr');
    }
    lr = fallback;
  }
  if (lr < 0) return fail(`Invalid learning rate: ${strPy(rawLr ?? lr)}`, 'lr');

  const field: MomentumKind = known ? known.field : 'momentum' in optimizer ? 'momentum' : 'betas' in optimizer ? 'betas' : null;
  let momentum: number | null = null;
  if (field === 'momentum') {
    momentum = toPyNumber(optimizer.momentum) ?? 0;
    if (momentum < 0) return fail(`Invalid momentum value: ${strPy(optimizer.momentum ?? 0)}`, 'momentum');
  } else if (field === 'betas') {
    const betas = sequenceItems(optimizer.betas);
    const beta1 = betas ? toPyNumber(betas[0]) : (codebase?.betas?.[0] ?? 0.9);
    const beta1Raw = betas?.[0];
    const checked = codebase ? codebase.checksBeta0 : true;
    if (beta1 === undefined || (checked && (beta1 < 0 || beta1 >= 1))) {
      return fail(`Invalid beta parameter at index 0: ${strPy(beta1Raw ?? null)}`, 'betas');
    }
    momentum = beta1;
  }
  const weightDecay = toPyNumber(optimizer.weight_decay) ?? null;
  // Another constructor (TransformerFinetuneConstructor, layer decay, TSM) groups parameters by its
  // own rules: only the optimizer's own group is drawn (optimizer/constructor-not-modelled says so).
  const paramwise = usesDefaultGroups(getKey(optimizer, 'constructor')) ? optimizer.paramwise_cfg : undefined;
  // `_validate_cfg`: a decay multiplier needs the optimizer's own weight_decay.
  if (isPyDict(paramwise) && weightDecay === null) {
    const keys = stringKeyedEntries(paramwise.custom_keys) ?? [];
    const key = DECAY_MULT_KEYS.find((k) => k in paramwise);
    if (key !== undefined || keys.some(([, v]) => isPyDict(v) && 'decay_mult' in v)) {
      return { ok: false, error: { message: 'ValueError: base_wd should not be None', path: ['optimizer', 'paramwise_cfg', key ?? 'custom_keys'] } };
    }
  }
  const extraGroups = readLrMultGroups(paramwise, lr, weightDecay);
  for (const g of listParamwiseGroups('mmcv1', paramwise, lr, weightDecay)) {
    extraGroups.push({ customKey: paramwiseKey(g.kinds), lrMult: g.lrMult, lr: g.lr, weightDecay: g.weightDecay, decayMult: g.decayMult, paramKinds: g.kinds });
  }
  return { ok: true, value: { typeName, lr, momentumField: field, momentum, weightDecay, extraGroups, unknownType: known === undefined } };
}

/** A codebase optimizer seen as the torch table sees one: which momentum field its defaults hold. */
function codebaseEntry(c: NonNullable<ReturnType<typeof CODEBASE_OPTIMIZERS.get>>): { field: MomentumKind; lr: number | null } {
  const field: MomentumKind = c.momentum !== undefined ? 'momentum' : c.betas !== undefined ? 'betas' : null;
  return { field, lr: c.lr === 'required' ? null : c.lr };
}

function readLrMultGroups(paramwise: PyValue | undefined, lr: number, weightDecay: number | null): GroupSpec[] {
  if (!isPyDict(paramwise)) return [];
  const customKeys = stringKeyedEntries(paramwise.custom_keys);
  if (customKeys === undefined) return [];
  const groups: GroupSpec[] = [];
  for (const [customKey, options] of customKeys) {
    if (!isPyDict(options)) continue;
    const lrMult = toPyNumber(options.lr_mult);
    if (lrMult === undefined) continue;
    const decayMult = toPyNumber(options.decay_mult) ?? 1;
    groups.push({ customKey, lrMult, lr: lr * lrMult, weightDecay: weightDecay === null ? null : weightDecay * decayMult, ...(weightDecay === null ? {} : { decayMult }) });
  }
  return groups;
}
