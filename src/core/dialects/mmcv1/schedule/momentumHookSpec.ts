import type { AnnealStrategy, MinTarget, UpdaterBase } from './lrHookSpec.ts';

/** The MMCV 1.x momentum updater hooks, one variant per registered `*MomentumUpdaterHook`. */
export type MomentumRuleSpec =
  | { policy: 'Step'; step: number | number[]; gamma: number; minMomentum: number | null }
  | { policy: 'CosineAnnealing'; target: MinTarget }
  | { policy: 'LinearAnnealing'; target: MinTarget }
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
      baseMomentum: number;
      maxMomentum: number;
      pctStart: number;
      anneal: AnnealStrategy;
      threePhase: boolean;
    };

/** The momentum hook has no `warmup_by_epoch`; `warmupByEpoch` is always false. */
export type MomentumHookSpec = UpdaterBase & { rule: MomentumRuleSpec };
