import type { PyDict } from '../python/value.ts';
import { isPyDict, newDict, numberOf } from '../python/value.ts';
import type { LrPolicy, MomentumPolicy } from './policies.ts';
import { canonicalLrPolicy, canonicalMomentumPolicy, iterOnlyPolicies, lrCommonArgs, lrPolicyArgs, lrRequiredDefaults, momentumCommonArgs, momentumPolicyArgs, momentumRequiredDefaults } from './policies.ts';

/**
 * Switches `lr_config.policy`, keeping warmup and by_epoch, dropping every argument the new
 * policy's hook would reject as an unexpected keyword (step → CosineAnnealing leaves no
 * `step=`), and adding its required arguments when missing (`lrRequiredDefaults`: e.g.
 * min_lr_ratio=1e-5 for the cosine family, as mmdet's cosine configs write). cyclic and
 * OneCycle assert by_epoch=False, so by_epoch is set False for them and dropped when leaving
 * them. Keys the new policy shares with the old one (min_lr from step to poly) are kept.
 */
export function changeLrPolicy(config: PyDict, policy: LrPolicy | string): PyDict {
  const current = isPyDict(config.lr_config) ? config.lr_config : {};
  const known = canonicalLrPolicy(policy);
  // A policy MMCV does not know (registered downstream): its arguments are unknown, keep all.
  if (known === undefined) return { ...config, lr_config: { ...current, policy } };
  const allowed = [...lrCommonArgs, ...lrPolicyArgs[known]];
  const next = switchPolicy(current, policy, allowed, lrRequiredDefaults[known] ?? {});
  return { ...config, lr_config: next };
}

/**
 * Switches `momentum_config.policy` the same way; `null` turns momentum scheduling off (the
 * key becomes None if the config had it, so a _base_ value is still overridden, else absent).
 */
export function changeMomentumPolicy(config: PyDict, policy: MomentumPolicy | string | null): PyDict {
  if (policy === null) {
    if (!('momentum_config' in config)) return config;
    return { ...config, momentum_config: null };
  }
  const current = isPyDict(config.momentum_config) ? config.momentum_config : {};
  const known = canonicalMomentumPolicy(policy);
  if (known === undefined) return { ...config, momentum_config: { ...current, policy } };
  const allowed = [...momentumCommonArgs, ...momentumPolicyArgs[known]];
  return { ...config, momentum_config: switchPolicy(current, policy, allowed, momentumRequiredDefaults[known] ?? {}) };
}

function resolvePolicy(name: string): string {
  return canonicalLrPolicy(name) ?? canonicalMomentumPolicy(name) ?? name;
}

const pairPartners: Readonly<Record<string, string>> = { min_lr_ratio: 'min_lr', min_momentum_ratio: 'min_momentum' };

function switchPolicy(current: PyDict, policy: string, allowed: readonly string[], required: PyDict): PyDict {
  const next: PyDict = { policy };
  for (const [key, value] of Object.entries(current)) {
    if (key === 'policy' || key === 'type' || !allowed.includes(key)) continue;
    next[key] = value;
  }
  // by_epoch=True would raise under cyclic / OneCycle; by_epoch=False was only there for them.
  if (required.by_epoch === false) next.by_epoch = false;
  else if (typeof current.policy === 'string' && iterOnlyPolicies.includes(resolvePolicy(current.policy)) && next.by_epoch === false) delete next.by_epoch;
  for (const [key, value] of Object.entries(required)) {
    // A min_lr the user already has satisfies the cosine family's "one of the pair".
    const partner = pairPartners[key];
    const partnerSet = partner !== undefined && next[partner] !== undefined && next[partner] !== null;
    if (!partnerSet && (next[key] === undefined || next[key] === null)) next[key] = value;
  }
  return next;
}

/** Iterations the iter-based runner gets when none can be derived: mmdet's 90k COCO schedules. */
export const defaultMaxIters = 90000;
/** Epochs the epoch-based runner gets when none can be derived: mmdet's 1x schedule. */
export const defaultMaxEpochs = 12;

/**
 * Switches `runner.type` between EpochBasedRunner and IterBasedRunner, replacing max_epochs by
 * max_iters or back (BaseRunner rejects both at once). With `itersPerEpoch` the length is
 * converted (max_iters = max_epochs × itersPerEpoch); without it mmdet's usual lengths are
 * used. IterBasedRunner defaults lr_config / checkpoint_config / logger by_epoch to False, so
 * an explicit `by_epoch=True` there is dropped on the way to it. Milestones are not rescaled.
 */
export function changeRunnerType(config: PyDict, type: 'EpochBasedRunner' | 'IterBasedRunner' | string, itersPerEpoch?: number): PyDict {
  const runner = isPyDict(config.runner) ? config.runner : {};
  const next: PyDict = newDict();
  for (const [key, value] of Object.entries(runner)) {
    if (key !== 'max_epochs' && key !== 'max_iters') next[key] = value;
  }
  next.type = type;
  const epochs = numberOf(runner.max_epochs);
  const iters = numberOf(runner.max_iters);
  if (type !== 'IterBasedRunner' && type !== 'EpochBasedRunner') {
    // A custom runner: which length it takes is unknown, so the current one stays.
    return { ...config, runner: { ...runner, type } };
  }
  if (type === 'IterBasedRunner') {
    next.max_iters = epochs !== undefined && itersPerEpoch !== undefined ? Math.round(epochs * itersPerEpoch) : (iters ?? defaultMaxIters);
  } else {
    next.max_epochs = iters !== undefined && itersPerEpoch !== undefined && itersPerEpoch > 0 ? Math.max(1, Math.ceil(iters / itersPerEpoch)) : (epochs ?? defaultMaxEpochs);
  }
  let out: PyDict = { ...config, runner: next };
  if (type === 'IterBasedRunner') out = dropEpochUnitsForIterRunner(out);
  return out;
}

/**
 * IterBasedRunner never calls the epoch hooks, so an explicit `by_epoch=True` in `lr_config` or
 * `checkpoint_config` would count in epochs that never start; its own default (False) is what
 * the switch means. Used on every way to IterBasedRunner.
 */
export function dropEpochUnitsForIterRunner(config: PyDict): PyDict {
  return dropByEpochTrue(dropByEpochTrue(config, 'lr_config'), 'checkpoint_config');
}

function dropByEpochTrue(config: PyDict, key: string): PyDict {
  const section = config[key];
  if (!isPyDict(section) || section.by_epoch !== true) return config;
  const { by_epoch: _dropped, ...rest } = section;
  return { ...config, [key]: rest };
}
