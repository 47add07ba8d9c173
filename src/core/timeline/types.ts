import type { I18nText } from '../model/fieldSpec.ts';

/** What counts along the run: epochs (EpochBasedRunner, by_epoch hooks) or iterations. */
export type TimelineUnit = 'epoch' | 'iter';

/**
 * One workflow phase. `startIter`/`endIter` are global training iterations (0-based, end
 * exclusive); a val phase does not advance the iteration counter, so it has zero width and
 * sits at the iteration where it runs. `count` is epochs (EpochBasedRunner) or iterations.
 */
export interface TimelinePhase {
  mode: 'train' | 'val';
  startIter: number;
  endIter: number;
  /** Training epochs done when the phase starts (EpochBasedRunner); 0 for IterBasedRunner. */
  epochsBefore: number;
  count: number;
}

export interface TimelineCheckpoint {
  /** The number in the file name: the epoch or iteration just finished (1-based). */
  at: number;
  /** Global iterations done when it is written. */
  iter: number;
  file: string;
  /** Why it was written: `every_n` of the interval, or the forced last one (save_last). */
  reason: 'interval' | 'last';
  /** Still on disk at the end of training (not deleted under max_keep_ckpts). */
  kept: boolean;
}

export interface TimelineEvaluation {
  /** The epoch or iteration just finished (1-based); 0 for the evaluation before training. */
  at: number;
  iter: number;
  /** The interval in force there (dynamic_intervals may change it). */
  interval: number;
}

export interface SaveBest {
  /** The metric key as configured, or the key 'auto' will likely pick. */
  key: string;
  auto: boolean;
  rule: 'greater' | 'less' | null;
  /** Only the best so far stays on disk: `best_<key>_<epoch_N|iter_N>.pth`. */
  filePattern: string;
}

export interface TimelineLog {
  hook: string;
  interval: number;
  byEpoch: boolean;
  ignoreLast: boolean;
  /** Training log lines (iteration lines; evaluation results add one line after each evaluation). */
  total: number;
  /** Iterations (1-based global) after which a training line prints, at most `maxListed`. */
  iters: number[];
  listedAll: boolean;
}

export interface TimelineWarning {
  code: string;
  message: I18nText;
}

/** What one training run does and when, along the global iteration axis. */
export interface Timeline {
  runner: 'EpochBasedRunner' | 'IterBasedRunner';
  itersPerEpoch: number;
  maxEpochs: number | null;
  maxIters: number;
  phases: TimelinePhase[];
  checkpoint: {
    unit: TimelineUnit;
    interval: number;
    maxKeep: number;
    saveLast: boolean;
    written: TimelineCheckpoint[];
    /** Exact even when `written` lists only the first entries. */
    writtenCount: number;
    keptCount: number;
    listedAll: boolean;
  } | null;
  evaluation: {
    unit: TimelineUnit;
    start: number | null;
    interval: number;
    dynamic: { milestone: number; interval: number }[];
    points: TimelineEvaluation[];
    count: number;
    listedAll: boolean;
    saveBest: SaveBest | null;
  } | null;
  log: TimelineLog | null;
  warnings: TimelineWarning[];
}
