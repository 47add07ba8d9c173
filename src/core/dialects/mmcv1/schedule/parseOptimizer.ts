import { CODEBASE_OPTIMIZERS } from '../../../diagnostics/signatures/codebaseOptimizers.ts';
import { isPyDict, isPyTuple, type PyDict, type PyValue } from '../../../python/value.ts';
import type { Parsed } from './hookArgs.ts';
import { toPyNumber } from './pyOps.ts';
import { strPy } from '../../../python/repr.ts';

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
  const extraGroups = readLrMultGroups(optimizer, lr);
  return { ok: true, value: { typeName, lr, momentumField: field, momentum, extraGroups, unknownType: known === undefined } };
}

/** A codebase optimizer seen as the torch table sees one: which momentum field its defaults hold. */
function codebaseEntry(c: NonNullable<ReturnType<typeof CODEBASE_OPTIMIZERS.get>>): { field: MomentumKind; lr: number | null } {
  const field: MomentumKind = c.momentum !== undefined ? 'momentum' : c.betas !== undefined ? 'betas' : null;
  return { field, lr: c.lr === 'required' ? null : c.lr };
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
