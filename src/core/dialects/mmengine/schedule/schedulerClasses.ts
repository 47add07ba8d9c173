import type { RuleKind } from './schedulerSpec.ts';

/** What a registered scheduler class is made of: its rule, its base class and its target. */
export interface SchedulerClass {
  kind: RuleKind;
  /** The `*ParamScheduler` class whose `__init__` takes the arguments (named in TypeErrors). */
  baseClass: string;
  /** `lr`, `momentum` (and mmpretrain's `weight_decay`) come from mixins; `generic` takes `param_name`. */
  target: 'lr' | 'momentum' | 'weight_decay' | 'generic';
}

/** Arguments of each base class `__init__` besides optimizer/param_name/begin/end/last_step/by_epoch/verbose. */
export const RULE_ARGS: Record<RuleKind, { required: readonly string[]; optional: readonly string[] }> = {
  step: { required: ['step_size'], optional: ['gamma'] },
  multiStep: { required: ['milestones'], optional: ['gamma'] },
  constant: { required: [], optional: ['factor'] },
  exponential: { required: ['gamma'], optional: [] },
  cosineAnnealing: { required: [], optional: ['T_max', 'eta_min', 'eta_min_ratio'] },
  linear: { required: [], optional: ['start_factor', 'end_factor'] },
  poly: { required: [], optional: ['eta_min', 'power'] },
  oneCycle: {
    required: [],
    optional: ['eta_max', 'total_steps', 'pct_start', 'anneal_strategy', 'div_factor', 'final_div_factor', 'three_phase'],
  },
  cosineRestart: { required: ['periods'], optional: ['restart_weights', 'eta_min', 'eta_min_ratio'] },
  quadraticWarmup: { required: [], optional: [] },
  plateau: { required: [], optional: ['monitor', 'rule', 'factor', 'patience', 'threshold', 'threshold_rule', 'cooldown', 'min_value', 'eps'] },
  polyRatio: { required: [], optional: ['eta_min', 'power', 'eta_min_ratio'] },
  siamRpnExp: { required: [], optional: ['start_factor', 'end_factor', 'endpoint'] },
};

/** Keyword-only arguments that `build_iter_from_epoch` itself requires (it scales them). */
export const CONVERT_REQUIRED: Partial<Record<RuleKind, string>> = {
  step: 'step_size',
  multiStep: 'milestones',
  cosineRestart: 'periods',
};

export const COMMON_ARGS = ['begin', 'end', 'last_step', 'by_epoch', 'verbose'] as const;

const FAMILIES: { kind: RuleKind; stem: string; base: string; momentum: boolean }[] = [
  { kind: 'step', stem: 'Step', base: 'StepParamScheduler', momentum: true },
  { kind: 'multiStep', stem: 'MultiStep', base: 'MultiStepParamScheduler', momentum: true },
  { kind: 'constant', stem: 'Constant', base: 'ConstantParamScheduler', momentum: true },
  { kind: 'exponential', stem: 'Exponential', base: 'ExponentialParamScheduler', momentum: true },
  { kind: 'cosineAnnealing', stem: 'CosineAnnealing', base: 'CosineAnnealingParamScheduler', momentum: true },
  { kind: 'linear', stem: 'Linear', base: 'LinearParamScheduler', momentum: true },
  { kind: 'poly', stem: 'Poly', base: 'PolyParamScheduler', momentum: true },
  { kind: 'oneCycle', stem: 'OneCycle', base: 'OneCycleParamScheduler', momentum: false },
  { kind: 'cosineRestart', stem: 'CosineRestart', base: 'CosineRestartParamScheduler', momentum: true },
  // Registered by MMDetection 3.x (mmdet/engine/schedulers/quadratic_warmup.py).
  { kind: 'quadraticWarmup', stem: 'QuadraticWarmup', base: 'QuadraticWarmupParamScheduler', momentum: true },
  // Driven by validation metrics: drawn from the metric values the user gives (plateau.ts).
  { kind: 'plateau', stem: 'ReduceOnPlateau', base: 'ReduceOnPlateauParamScheduler', momentum: true },
];

function buildClassTable(): Map<string, SchedulerClass> {
  const table = new Map<string, SchedulerClass>();
  for (const f of FAMILIES) {
    table.set(`${f.stem}LR`, { kind: f.kind, baseClass: f.base, target: 'lr' });
    if (f.momentum) table.set(`${f.stem}Momentum`, { kind: f.kind, baseClass: f.base, target: 'momentum' });
    table.set(f.base, { kind: f.kind, baseClass: f.base, target: 'generic' });
  }
  return table;
}

/** Scheduler classes registered in MMEngine v0.10.7 and MMDetection 3.x, by class name. */
export const SCHEDULER_CLASSES: ReadonlyMap<string, SchedulerClass> = buildClassTable();

