/**
 * Parameter schedulers that OpenMMLab codebases register in their own PARAM_SCHEDULERS registry,
 * chosen by `default_scope` (or a `scope.` prefix on `type`). MMEngine's registry looks in the
 * scope's registry first, then in its parents, so a codebase class shadows MMEngine's namesake.
 */
/** How a codebase's class differs from MMEngine's class of the same kind, when it is modelled. */
export interface SchedulerVariant {
  /** mmpose 1.x ConstantLR drops MMEngine's `0 <= factor <= 1` check (RTMO raises the lr x2.5 on purpose). */
  checkConstantFactor: boolean;
}

const mmengineVariant: SchedulerVariant = { checkConstantFactor: true };

/** Classes a codebase registers whose arithmetic is MMEngine's own, with a different check. */
const MODELLED: Readonly<Record<string, Readonly<Record<string, SchedulerVariant>>>> = {
  mmpose: { ConstantLR: { checkConstantFactor: false } },
};

/** Classes registered by a codebase and not modelled here: where they come from. */
const UNMODELLED: Readonly<Record<string, string>> = {
  PolyLRRatio: 'mmseg 1.x (mmseg/engine/schedulers/poly_ratio_scheduler.py)',
  SiamRPNExpLR: 'mmtrack 1.x (mmtrack/engine/schedulers/siamrpn_exp_lr_scheduler.py)',
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

/** For a class MMEngine does not register: which codebase does, appended to the KeyError. */
export function registeredByNote(className: string): string {
  const by = UNMODELLED[className];
  return by === undefined ? '' : ` (${className} is registered by ${by}; it is not modelled here)`;
}
