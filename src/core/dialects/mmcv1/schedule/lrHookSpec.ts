/**
 * The MMCV 1.x lr updater hooks as data: one variant per registered `*LrUpdaterHook`, named
 * by the registry name without the suffix (what `lr_config.policy` resolves to).
 */
export type AnnealStrategy = 'cos' | 'linear';

/** `min_lr` (absolute) or `min_lr_ratio` (times each group's initial lr); mmcv wants exactly one. */
export type MinTarget = { kind: 'absolute'; value: number } | { kind: 'ratio'; value: number };

export type LrRuleSpec =
  | { policy: 'Fixed' }
  | { policy: 'Step'; step: number | number[]; gamma: number; minLr: number | null }
  | { policy: 'Exp'; gamma: number }
  | { policy: 'Poly'; power: number; minLr: number }
  | { policy: 'Inv'; gamma: number; power: number }
  | { policy: 'CosineAnnealing'; target: MinTarget }
  | { policy: 'FlatCosineAnnealing'; startPercent: number; target: MinTarget }
  | { policy: 'CosineRestart'; periods: number[]; restartWeights: number[]; target: MinTarget }
  | {
      policy: 'Cyclic';
      targetRatio: readonly [number, number];
      cyclicTimes: number;
      stepRatioUp: number;
      anneal: AnnealStrategy;
      gamma: number;
    }
  | {
      policy: 'OneCycle';
      maxLr: number;
      totalSteps: number | null;
      pctStart: number;
      anneal: AnnealStrategy;
      divFactor: number;
      finalDivFactor: number;
      threePhase: boolean;
    }
  | { policy: 'LinearAnnealing'; target: MinTarget }
  | { policy: 'YOLOX'; numLastEpochs: number; target: MinTarget }
  /** mmcls 0.x: cosine to the target over `max - cool_down_time`, then `target * cool_down_ratio`. */
  /**
   * mmselfsup 0.x: CosineAnnealing whose progress starts after the warmup (`warmupSet`: the
   * hook's `warmup` is not None) and whose linear warmup ramps from 0, ignoring warmup_ratio.
   */
  | { policy: 'StepFixCosineAnnealing'; target: MinTarget; warmupSet: boolean }
  | { policy: 'CosineAnnealingCooldown'; target: MinTarget; coolDownRatio: number; coolDownTime: number };

export type WarmupKind = 'constant' | 'linear' | 'exp';

/** What `LrUpdaterHook.__init__` keeps, shared by every policy. */
export interface UpdaterBase {
  byEpoch: boolean;
  warmup: WarmupKind | null;
  /** `warmup_iters` as given: iterations, or epochs when `warmupByEpoch`. */
  warmupIters: number;
  /** mmcv asserts `isinstance(self.warmup_iters, int)` before every iteration. */
  warmupItersIsInt: boolean;
  warmupRatio: number;
  warmupByEpoch: boolean;
}

export type LrHookSpec = UpdaterBase & { rule: LrRuleSpec };
