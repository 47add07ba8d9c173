import type { PyDict, PyValue } from '../python/value.ts';
import { pyFloat, pyTuple } from '../python/value.ts';
import { resolveHookPrefix } from '../dialects/mmcv1/schedule/parseShared.ts';
import { hookPrefixOf, lrUpdaterBaseArgs, lrUpdaterSignatures, momentumUpdaterBaseArgs, momentumUpdaterSignatures, type HookSignature } from '../dialects/mmcv1/schedule/updaterSignatures.ts';

/** The `lr_config.policy` values MMCV 1.7.2 registers, spelled as mmdet configs spell them. */
export const lrPolicies = [
  'fixed',
  'step',
  'exp',
  'poly',
  'inv',
  'CosineAnnealing',
  'FlatCosineAnnealing',
  'CosineRestart',
  'cyclic',
  'OneCycle',
  'LinearAnnealing',
] as const;
export type LrPolicy = (typeof lrPolicies)[number];

/** The `momentum_config.policy` values MMCV 1.7.2 registers. */
export const momentumPolicies = ['step', 'CosineAnnealing', 'LinearAnnealing', 'cyclic', 'OneCycle'] as const;
export type MomentumPolicy = (typeof momentumPolicies)[number];

/** Policies a downstream package registers (MMDetection 2.x `YOLOXLrUpdaterHook`). */
export const downstreamLrPolicies: Readonly<Record<string, readonly string[]>> = {
  YOLOX: lrUpdaterSignatures.YOLOX.names,
  CosineAnnealingCooldown: lrUpdaterSignatures.CosineAnnealingCooldown.names,
  StepFixCosineAnnealing: lrUpdaterSignatures.StepFixCosineAnnealing.names,
};

/** Arguments every LrUpdaterHook takes (`mmcv/runner/hooks/lr_updater.py`, LrUpdaterHook). */
export const lrCommonArgs = ['policy', ...lrUpdaterBaseArgs] as const;
/** Arguments every MomentumUpdaterHook takes (no warmup_by_epoch there). */
export const momentumCommonArgs = ['policy', ...momentumUpdaterBaseArgs] as const;

/** The form's policy spellings mapped to their hook's own arguments (the simulator's table, updaterSignatures.ts). */
function argsByPolicy<P extends string>(policies: readonly P[], signatures: Readonly<Record<Capitalize<P>, HookSignature>>): Record<P, readonly string[]> {
  const out: Partial<Record<P, readonly string[]>> = {};
  for (const p of policies) out[p] = signatures[hookPrefixOf(p)].names;
  return out as Record<P, readonly string[]>;
}

/** Each LR policy's own `__init__` arguments in MMCV 1.7.2. */
export const lrPolicyArgs: Readonly<Record<LrPolicy, readonly string[]>> = argsByPolicy(lrPolicies, lrUpdaterSignatures);

/** Each momentum policy's own `__init__` arguments in MMCV 1.7.2. */
export const momentumPolicyArgs: Readonly<Record<MomentumPolicy, readonly string[]>> = argsByPolicy(momentumPolicies, momentumUpdaterSignatures);

/** Policies whose hook asserts `by_epoch=False` (and defaults to it). */
export const iterOnlyPolicies: readonly string[] = ['cyclic', 'OneCycle'];
/** Policies that assert exactly one of min_lr / min_lr_ratio. */
export const minLrPairPolicies: readonly LrPolicy[] = ['CosineAnnealing', 'FlatCosineAnnealing', 'CosineRestart', 'LinearAnnealing'];

export { resolveHookPrefix } from '../dialects/mmcv1/schedule/parseShared.ts';

function toHookPrefix(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** The LR policy a name selects in MMCV (`'Step'` selects step), or undefined if none. */
export function canonicalLrPolicy(name: PyValue | undefined): LrPolicy | undefined {
  if (typeof name !== 'string') return undefined;
  const prefix = resolveHookPrefix(name);
  return lrPolicies.find((p) => toHookPrefix(p) === prefix);
}

/** The momentum policy a name selects in MMCV, or undefined if none. */
export function canonicalMomentumPolicy(name: PyValue | undefined): MomentumPolicy | undefined {
  if (typeof name !== 'string') return undefined;
  const prefix = resolveHookPrefix(name);
  return momentumPolicies.find((p) => toHookPrefix(p) === prefix);
}

/** A known policy this name was probably meant to be (same letters, other case). */
export function suggestPolicy(name: string, known: readonly string[]): string | undefined {
  const folded = name.toLowerCase().replaceAll('_', '');
  return known.find((p) => p.toLowerCase() === folded);
}

/**
 * Values written when a policy's required arguments are missing after a policy change.
 * min_lr_ratio=1e-5 is what MMDetection 2.x cosine configs use (e.g. yolof, tood's
 * `lr_config = dict(policy='CosineAnnealing', min_lr_ratio=1e-5)`); a ratio keeps the curve
 * independent of the base lr, so it survives an lr edit.
 */
export const lrRequiredDefaults: Readonly<Partial<Record<LrPolicy, PyDict>>> = {
  step: { step: [8, 11] },
  exp: { gamma: pyFloat(0.9) },
  inv: { gamma: pyFloat(0.0001) },
  CosineAnnealing: { min_lr_ratio: pyFloat(1e-5) },
  FlatCosineAnnealing: { min_lr_ratio: pyFloat(1e-5) },
  CosineRestart: { periods: [12], restart_weights: [1], min_lr_ratio: pyFloat(1e-5) },
  cyclic: { by_epoch: false, target_ratio: pyTuple([10, pyFloat(1e-4)]) },
  OneCycle: { by_epoch: false, max_lr: pyFloat(0.02) },
  LinearAnnealing: { min_lr_ratio: pyFloat(1e-5) },
};

/** Values written for a momentum policy's required arguments after a policy change. */
export const momentumRequiredDefaults: Readonly<Partial<Record<MomentumPolicy, PyDict>>> = {
  step: { step: [8, 11] },
  CosineAnnealing: { min_momentum_ratio: pyFloat(0.85 / 0.95) },
  LinearAnnealing: { min_momentum_ratio: pyFloat(0.85 / 0.95) },
  cyclic: { by_epoch: false, target_ratio: pyTuple([pyFloat(0.85 / 0.95), pyFloat(1)]) },
  OneCycle: { by_epoch: false },
};
