import { isPyDict, isPyTuple, type PyDict, type PyValue } from '../../python/value.ts';
import type { Parsed } from './hookArgs.ts';
import { toPyNumber } from './pyOps.ts';
import { strPy } from '../../python/repr.ts';

/** One param group the curves follow: the optimizer's own, or one `custom_keys` entry with `lr_mult`. */
export interface GroupSpec {
  customKey: string;
  lrMult: number;
  /** `base_lr * lr_mult`, as `DefaultOptimizerConstructor.add_params` sets it. */
  lr: number;
}

export interface OptimizerSpec {
  typeName: string;
  lr: number;
  /** Which field the momentum hooks drive: `momentum` (SGD-like) or `betas[0]` (Adam-like). */
  momentumField: 'momentum' | 'betas' | null;
  momentum: number | null;
  extraGroups: GroupSpec[];
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
  const known = torchOptimizers[typeName];
  const fail = (text: string, key: string): Parsed<OptimizerSpec> => ({
    ok: false,
    error: { message: `ValueError: ${typeName}: ${text}`, path: ['optimizer', key] },
  });

  const rawLr = optimizer.lr;
  let lr = toPyNumber(rawLr);
  if (lr === undefined) {
    const fallback = known?.lr ?? null;
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
    const beta1 = betas ? toPyNumber(betas[0]) : 0.9;
    const beta1Raw = betas?.[0];
    if (beta1 === undefined || beta1 < 0 || beta1 >= 1) {
      return fail(`Invalid beta parameter at index 0: ${strPy(beta1Raw ?? null)}`, 'betas');
    }
    momentum = beta1;
  }
  return { ok: true, value: { typeName, lr, momentumField: field, momentum, extraGroups: readLrMultGroups(optimizer, lr) } };
}

function readLrMultGroups(optimizer: PyDict, lr: number): GroupSpec[] {
  const paramwise = optimizer.paramwise_cfg;
  if (!isPyDict(paramwise)) return [];
  const customKeys = paramwise.custom_keys;
  if (!isPyDict(customKeys)) return [];
  const groups: GroupSpec[] = [];
  for (const [customKey, options] of Object.entries(customKeys)) {
    if (!isPyDict(options)) continue;
    const lrMult = toPyNumber(options.lr_mult);
    if (lrMult === undefined) continue;
    groups.push({ customKey, lrMult, lr: lr * lrMult });
  }
  return groups;
}
