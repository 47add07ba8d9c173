/**
 * Parameter schedulers that OpenMMLab codebases register in their own PARAM_SCHEDULERS registry,
 * chosen by `default_scope` (or a `scope.` prefix on `type`). MMEngine's registry looks in the
 * scope's registry first, then in its parents, so a codebase class shadows MMEngine's namesake,
 * and a class only a codebase registers is found only under that codebase's scope.
 */
import type { SchedulerClass } from './schedulerClasses.ts';

/** How a codebase's class differs from MMEngine's class of the same kind, when it is modelled. */
export interface SchedulerVariant {
  /** mmpose 1.x ConstantLR drops MMEngine's `0 <= factor <= 1` check (RTMO raises the lr x2.5 on purpose). */
  checkConstantFactor: boolean;
  /** mmpretrain 1.x CosineAnnealingWeightDecay keeps a group whose starting value is 0 at 0. */
  zeroBaseHolds?: boolean;
}

const mmengineVariant: SchedulerVariant = { checkConstantFactor: true };

/** Classes a codebase registers whose arithmetic is MMEngine's own, with a different check. */
const MODELLED: Readonly<Record<string, Readonly<Record<string, SchedulerVariant>>>> = {
  mmpose: { ConstantLR: { checkConstantFactor: false } },
  mmpretrain: { CosineAnnealingWeightDecay: { checkConstantFactor: true, zeroBaseHolds: true } },
};

/**
 * Classes of their own that codebases register, by scope. Their golden curves come from the real
 * classes (mmseg v1.2.2 `PolyLRRatio`, mmtrack v1.0.0rc1 `SiamRPNExpLR`, see test-data/golden).
 */
const CODEBASE_CLASSES: Readonly<Record<string, Readonly<Record<string, SchedulerClass>>>> = {
  // mmpretrain/engine/schedulers/weight_decay_scheduler.py: a CosineAnnealingParamScheduler on `weight_decay`.
  mmpretrain: { CosineAnnealingWeightDecay: { kind: 'cosineAnnealing', baseClass: 'CosineAnnealingParamScheduler', target: 'weight_decay' } },
  // mmseg/engine/schedulers/poly_ratio_scheduler.py: PolyLR with `eta_min_ratio`; its unknown
  // keywords reach PolyParamScheduler.__init__, which names itself in the TypeError.
  mmseg: { PolyLRRatio: { kind: 'polyRatio', baseClass: 'PolyParamScheduler', target: 'lr' } },
  // mmtrack/engine/schedulers/siamrpn_exp_scheduler.py
  mmtrack: {
    SiamRPNExpLR: { kind: 'siamRpnExp', baseClass: 'SiamRPNExpParamScheduler', target: 'lr' },
    SiamRPNExpParamScheduler: { kind: 'siamRpnExp', baseClass: 'SiamRPNExpParamScheduler', target: 'generic' },
  },
};

/** Where each codebase class comes from, for the KeyError under another scope. */
const REGISTERED_BY: Readonly<Record<string, string>> = {
  PolyLRRatio: 'mmseg 1.x (mmseg/engine/schedulers/poly_ratio_scheduler.py)',
  SiamRPNExpLR: 'mmtrack 1.x (mmtrack/engine/schedulers/siamrpn_exp_scheduler.py)',
  SiamRPNExpParamScheduler: 'mmtrack 1.x (mmtrack/engine/schedulers/siamrpn_exp_scheduler.py)',
  CosineAnnealingWeightDecay: 'mmpretrain 1.x (mmpretrain/engine/schedulers/weight_decay_scheduler.py)',
  QuadraticWarmupMomentum: 'mmdet 3.x / mmpose 1.x (quadratic_warmup.py)',
  QuadraticWarmupParamScheduler: 'mmdet 3.x / mmpose 1.x (quadratic_warmup.py)',
};

/** The scope whose registry a `type` is looked up in: its own `scope.` prefix, else `default_scope`. */
function scopeOf(typeValue: string, defaultScope: string): string {
  const dot = typeValue.indexOf('.');
  return dot > 0 && !typeValue.startsWith('torch.') ? typeValue.slice(0, dot) : defaultScope;
}

/** The variant of `className` that the registry of `typeValue`'s scope builds. */
export function schedulerVariant(typeValue: string, className: string, defaultScope: string): SchedulerVariant {
  return MODELLED[scopeOf(typeValue, defaultScope)]?.[className] ?? mmengineVariant;
}

/** A class the registry of `typeValue`'s scope registers itself (before MMEngine's own table). */
export function codebaseSchedulerClass(typeValue: string, className: string, defaultScope: string): SchedulerClass | undefined {
  return CODEBASE_CLASSES[scopeOf(typeValue, defaultScope)]?.[className];
}

/** For a class the current scope does not register: which codebase does, appended to the KeyError. */
export function registeredByNote(className: string): string {
  const by = REGISTERED_BY[className];
  if (by === undefined) return '';
  const scope = Object.keys(CODEBASE_CLASSES).find((s) => CODEBASE_CLASSES[s]?.[className] !== undefined);
  return scope === undefined
    ? ` (${className} is registered by ${by}; it is not modelled here)`
    : ` (${className} is registered by ${by}: set default_scope='${scope}' or type='${scope}.${className}')`;
}
