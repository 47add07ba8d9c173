import { explainDivergence } from './explainDivergence.ts';
import type { ComparedPoint, DivergenceCause, PlanView } from './explainDivergence.ts';
import type { LogItersPerEpoch, LogPoint, ParsedLog } from './types.ts';

export type ItersPerEpochSource = 'option' | 'log' | 'config' | 'log-range' | 'log-fit';

export interface ChosenItersPerEpoch {
  value: number;
  source: ItersPerEpochSource;
}

/**
 * The iterations per epoch to place a log's points with: the caller's value, else the log's own
 * (`[i/N]` or epoch/iter fields), else the config's estimate when the log allows it, else the
 * smallest value the log allows.
 */
export function chooseItersPerEpoch(fromLog: LogItersPerEpoch, option: number | null, configGuess: number): ChosenItersPerEpoch {
  if (option !== null) return { value: option, source: 'option' };
  switch (fromLog.kind) {
    case 'exact':
      return { value: fromLog.value, source: 'log' };
    case 'range':
      if (configGuess >= fromLog.min && configGuess <= fromLog.max) return { value: configGuess, source: 'config' };
      return { value: fromLog.min, source: 'log-range' };
    case 'none':
      return { value: configGuess, source: 'config' };
  }
}

/**
 * When the log only bounds the iterations per epoch (MMCV's log.json has no `[i/N]`), tries each
 * value it allows (at most 64) and keeps the one whose plan matches the most points; a tie keeps
 * `chosen`. Only iteration-based parts of a schedule (warmup past the first epoch, per-iteration
 * cosine or poly...) tell the candidates apart.
 */
export function fitItersPerEpoch(
  log: ParsedLog,
  chosen: ChosenItersPerEpoch,
  planFor: (itersPerEpoch: number) => PlanView | undefined,
): ChosenItersPerEpoch {
  const range = log.itersPerEpoch;
  if (chosen.source === 'option' || range.kind !== 'range' || !Number.isFinite(range.max) || range.max - range.min >= 64) return chosen;
  const score = (n: number): number => {
    const plan = planFor(n);
    return plan ? compareToPlan(log, plan, { value: n, source: 'log-fit' }).matched : -1;
  };
  let best = chosen;
  let bestScore = score(chosen.value);
  for (let n = range.min; n <= range.max; n++) {
    if (n === chosen.value) continue;
    const s = score(n);
    if (s > bestScore) {
      best = { value: n, source: 'log-fit' };
      bestScore = s;
    }
  }
  return best;
}

/** The 0-based global iteration of a point, by-epoch points placed with `itersPerEpoch`. */
export function pointIteration(p: LogPoint, itersPerEpoch: number): number {
  if (p.iter !== undefined) return p.iter;
  return ((p.epoch ?? 1) - 1) * itersPerEpoch + (p.innerIter ?? 1) - 1;
}

export interface LogCheck {
  points: number;
  matched: number;
  /** max |logged - planned| / |planned| over the points inside the plan (Infinity when planned is 0 and logged is not). */
  maxRelDiff: number;
  firstDivergence: { iter: number; logged: number; planned: number | null } | null;
  cause: DivergenceCause | null;
  itersPerEpoch: ChosenItersPerEpoch;
  /** Every point in log order, for drawing on the chart. */
  compared: ComparedPoint[];
  /** The same for momentum, over the points that log it and iterations that plan it (MMEngine logs it). */
  momentum: { points: number; matched: number; firstDivergence: { iter: number; logged: number; planned: number } | null };
}

/**
 * Compares each logged lr with the planned lr of the iteration it was logged for (both
 * 0-based: the lr of iteration g is what the optimizer step of iteration g used). A point
 * matches when it is within the rounding its writer applied.
 */
export function compareToPlan(log: ParsedLog, plan: PlanView, itersPerEpoch: ChosenItersPerEpoch): LogCheck {
  const compared: ComparedPoint[] = log.points.map((p) => {
    const iter = pointIteration(p, itersPerEpoch.value);
    const planned = iter < plan.lr.length ? (plan.lr[iter] ?? null) : null;
    const matched = planned !== null && Math.abs(p.lr - planned) <= p.absTolerance + 1e-12 * Math.abs(planned);
    return { iter, logged: p.lr, planned, matched, tolerance: p.absTolerance };
  });
  let maxRelDiff = 0;
  for (const c of compared) {
    if (c.planned === null) continue;
    const diff = Math.abs(c.logged - c.planned);
    const rel = c.planned === 0 ? (diff === 0 ? 0 : Number.POSITIVE_INFINITY) : diff / Math.abs(c.planned);
    if (rel > maxRelDiff) maxRelDiff = rel;
  }
  const momentum: LogCheck['momentum'] = { points: 0, matched: 0, firstDivergence: null };
  log.points.forEach((p, i) => {
    const iter = compared[i]?.iter ?? 0;
    const planned = plan.momentum && iter < plan.momentum.length ? plan.momentum[iter] : undefined;
    if (!p.momentum || planned === undefined) return;
    momentum.points++;
    if (Math.abs(p.momentum.value - planned) <= p.momentum.absTolerance + 1e-12 * Math.abs(planned)) momentum.matched++;
    else momentum.firstDivergence ??= { iter, logged: p.momentum.value, planned };
  });
  const first = compared.findIndex((c) => !c.matched);
  const firstPoint = compared[first];
  return {
    points: compared.length,
    matched: compared.filter((c) => c.matched).length,
    maxRelDiff,
    firstDivergence: firstPoint ? { iter: firstPoint.iter, logged: firstPoint.logged, planned: firstPoint.planned } : null,
    cause: firstPoint ? explainDivergence(compared, first, plan) : null,
    itersPerEpoch,
    compared,
    momentum,
  };
}
