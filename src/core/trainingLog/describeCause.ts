import type { DivergenceCause } from './explainDivergence.ts';

/** One English sentence for a cause, for the command line (the UI words it in both languages). */
export function describeCause(cause: DivergenceCause, iter: number): string {
  switch (cause.kind) {
    case 'scaled':
      return cause.factor > 1
        ? `logged lr at iteration ${iter} is ${cause.factor}x the plan: ${cause.factor}x the GPUs (or batch size) with auto_scale_lr?`
        : `logged lr at iteration ${iter} is 1/${1 / cause.factor} of the plan: fewer GPUs (or a smaller batch) with auto_scale_lr?`;
    case 'restarted':
      return `the iteration count falls back from ${cause.from} to ${cause.to}: a resumed run, or two runs in one log`;
    case 'scheduleRestarted':
      return `logged lr at iteration ${iter} is the planned lr of iteration ${cause.like}: the schedule started again (load_from instead of resume?)`;
    case 'warmupShort':
      return `logged lr at iteration ${iter} is above the warmup plan: warmup ended early (planned to end at ${cause.warmupEnd})`;
    case 'warmupLong':
      return `logged lr at iteration ${iter} is below the plan after warmup: warmup lasted longer than ${cause.warmupEnd} iterations`;
    case 'stepMoved':
      return `the lr step planned at iteration ${cause.milestone} came ${cause.direction}: other iterations per epoch, or other steps?`;
    case 'beyondPlan':
      return `the log goes past the planned ${cause.totalIters} iterations: more epochs, or fewer iterations per epoch planned?`;
    case 'unknown':
      return `logged lr at iteration ${iter} differs from the plan`;
  }
}
