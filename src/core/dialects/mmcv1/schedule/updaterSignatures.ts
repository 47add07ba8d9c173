/**
 * The constructor arguments of MMCV 1.7.2's lr and momentum updater hooks (and MMDetection 2.25's
 * `YOLOXLrUpdaterHook`), written once: the simulator builds hooks from them (parseLrHook,
 * parseMomentumHook) and the forms check and reshape `lr_config`/`momentum_config` with them
 * (model/policies.ts). Keyed by the hook class prefix (`Step` for `StepLrUpdaterHook`).
 */

/** What a hook class's own `__init__` takes (`names`), and which of them have no default. */
export interface HookSignature {
  names: readonly string[];
  required: readonly string[];
}

/** `LrUpdaterHook.__init__`'s own arguments, shared by every lr policy. */
export const lrUpdaterBaseArgs = ['by_epoch', 'warmup', 'warmup_iters', 'warmup_ratio', 'warmup_by_epoch'] as const;
/** `MomentumUpdaterHook.__init__`'s own arguments (it has no `warmup_by_epoch`). */
export const momentumUpdaterBaseArgs = ['by_epoch', 'warmup', 'warmup_iters', 'warmup_ratio'] as const;

export const lrUpdaterSignatures = {
  Fixed: { names: [], required: [] },
  Step: { names: ['step', 'gamma', 'min_lr'], required: ['step'] },
  Exp: { names: ['gamma'], required: ['gamma'] },
  Poly: { names: ['power', 'min_lr'], required: [] },
  Inv: { names: ['gamma', 'power'], required: ['gamma'] },
  CosineAnnealing: { names: ['min_lr', 'min_lr_ratio'], required: [] },
  FlatCosineAnnealing: { names: ['start_percent', 'min_lr', 'min_lr_ratio'], required: [] },
  CosineRestart: { names: ['periods', 'restart_weights', 'min_lr', 'min_lr_ratio'], required: ['periods'] },
  Cyclic: { names: ['target_ratio', 'cyclic_times', 'step_ratio_up', 'anneal_strategy', 'gamma'], required: [] },
  OneCycle: {
    names: ['max_lr', 'total_steps', 'pct_start', 'anneal_strategy', 'div_factor', 'final_div_factor', 'three_phase'],
    required: ['max_lr'],
  },
  LinearAnnealing: { names: ['min_lr', 'min_lr_ratio'], required: [] },
  // MMDetection 2.25: YOLOXLrUpdaterHook(num_last_epochs, **kwargs) passes the rest to CosineAnnealing.
  YOLOX: { names: ['num_last_epochs', 'min_lr', 'min_lr_ratio'], required: ['num_last_epochs'] },
  // mmselfsup 0.11: StepFixCosineAnnealingLrUpdaterHook subclasses CosineAnnealingLrUpdaterHook.
  StepFixCosineAnnealing: { names: ['min_lr', 'min_lr_ratio'], required: [] },
  // mmcls 0.25: CosineAnnealingCooldownLrUpdaterHook(min_lr, min_lr_ratio, cool_down_ratio, cool_down_time, **kwargs).
  CosineAnnealingCooldown: { names: ['min_lr', 'min_lr_ratio', 'cool_down_ratio', 'cool_down_time'], required: [] },
} as const satisfies Record<string, HookSignature>;

export const momentumUpdaterSignatures = {
  Step: { names: ['step', 'gamma', 'min_momentum'], required: ['step'] },
  CosineAnnealing: { names: ['min_momentum', 'min_momentum_ratio'], required: [] },
  LinearAnnealing: { names: ['min_momentum', 'min_momentum_ratio'], required: [] },
  Cyclic: { names: ['target_ratio', 'cyclic_times', 'step_ratio_up', 'anneal_strategy', 'gamma'], required: [] },
  OneCycle: { names: ['base_momentum', 'max_momentum', 'pct_start', 'anneal_strategy', 'three_phase'], required: [] },
} as const satisfies Record<string, HookSignature>;

/** The hook class prefix of a policy as the form spells it (`step` → `Step`). */
export function hookPrefixOf<P extends string>(policy: P): Capitalize<P> {
  return (policy.charAt(0).toUpperCase() + policy.slice(1)) as Capitalize<P>;
}
