/**
 * Why a logged learning rate left the plan: the usual reasons, checked from the most telling.
 * Each kind carries what a sentence needs; the UI and CLI word it.
 */
export type DivergenceCause =
  /** Every diverging point is `factor` times the plan: the lr was scaled (auto_scale_lr with other GPUs or batch). */
  | { kind: 'scaled'; factor: number }
  /** The iteration count fell back inside the log: two runs, or a resumed one, share the file. */
  | { kind: 'restarted'; from: number; to: number }
  /** The logged lr equals the plan at an earlier iteration: the schedule began again (`load_from` instead of `resume`?). */
  | { kind: 'scheduleRestarted'; like: number }
  /** Higher than planned during warmup: warmup ended early (or began higher). */
  | { kind: 'warmupShort'; warmupEnd: number }
  /** Lower than planned just after warmup: warmup lasted longer than planned. */
  | { kind: 'warmupLong'; warmupEnd: number }
  /** The value before (or after) a planned decay step, on the wrong side of it. */
  | { kind: 'stepMoved'; milestone: number; direction: 'later' | 'earlier' }
  /** The log goes on past the planned end of training. */
  | { kind: 'beyondPlan'; totalIters: number }
  | { kind: 'unknown' };

export interface ComparedPoint {
  iter: number;
  logged: number;
  planned: number | null;
  matched: boolean;
  tolerance: number;
}

export interface PlanView {
  lr: Float64Array;
  /** Planned momentum (or Adam's beta1) per iteration, when the optimizer has one. */
  momentum?: Float64Array | null;
  warmupEnd: number;
  milestones: readonly number[];
}

const powersOfTwo = [2, 4, 8, 16, 32, 0.5, 0.25, 0.125, 0.0625, 0.03125];

/** The most likely cause for the first divergence `first` (an index into `points`). */
export function explainDivergence(points: readonly ComparedPoint[], first: number, plan: PlanView): DivergenceCause {
  const p = points[first];
  if (!p) return { kind: 'unknown' };
  if (p.planned === null) return { kind: 'beyondPlan', totalIters: plan.lr.length };
  for (let i = 1; i <= first; i++) {
    const prev = points[i - 1];
    const cur = points[i];
    if (prev && cur && cur.iter < prev.iter) return { kind: 'restarted', from: prev.iter, to: cur.iter };
  }
  const factor = commonFactor(points.slice(first).filter((q) => !q.matched));
  if (factor !== undefined) return { kind: 'scaled', factor };
  const near = (v: number, w: number | undefined): boolean => w !== undefined && Math.abs(v - w) <= p.tolerance + 1e-12 * Math.abs(w);
  for (const m of plan.milestones) {
    if (p.iter >= m && near(p.logged, plan.lr[m - 1])) return { kind: 'stepMoved', milestone: m, direction: 'later' };
    if (p.iter < m && near(p.logged, plan.lr[m])) return { kind: 'stepMoved', milestone: m, direction: 'earlier' };
  }
  if (plan.warmupEnd > 0 && p.iter < plan.warmupEnd && p.logged > p.planned) return { kind: 'warmupShort', warmupEnd: plan.warmupEnd };
  if (plan.warmupEnd > 0 && p.iter >= plan.warmupEnd && p.iter < 2 * plan.warmupEnd && p.logged < p.planned) {
    return { kind: 'warmupLong', warmupEnd: plan.warmupEnd };
  }
  const like = earlierMatch(p, plan);
  if (like !== undefined) return { kind: 'scheduleRestarted', like };
  return { kind: 'unknown' };
}

/** A power of two shared (within 1%) by every diverging point's logged/planned ratio. */
function commonFactor(diverging: readonly ComparedPoint[]): number | undefined {
  const ratios = diverging.filter((q) => q.planned !== null && q.planned > 0).map((q) => q.logged / (q.planned ?? 1));
  if (ratios.length === 0) return undefined;
  for (const f of powersOfTwo) if (ratios.every((r) => Math.abs(r / f - 1) <= 0.01)) return f;
  return undefined;
}

/** An earlier planned iteration, at least an interval back, whose lr the point shows. */
function earlierMatch(p: ComparedPoint, plan: PlanView): number | undefined {
  const limit = Math.min(p.iter, plan.lr.length);
  for (let h = 0; h < limit; h++) {
    const v = plan.lr[h] ?? Number.NaN;
    if (Math.abs(v - p.logged) <= p.tolerance + 1e-12 * Math.abs(v) && Math.abs(v - (p.planned ?? 0)) > p.tolerance) return h;
  }
  return undefined;
}
