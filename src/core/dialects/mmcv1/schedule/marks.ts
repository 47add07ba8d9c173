import type { ScheduleMarks } from '../../../schedule/types.ts';
import type { LrHookSpec } from './lrHookSpec.ts';
import { roundHalfEven } from './pyOps.ts';
import type { RunFacts } from './runFacts.ts';

/**
 * Where the lr warmup ends and where the lr hook changes course (decay steps, restarts,
 * cycle peaks and starts, the start of a flat or fixed stretch), in iterations.
 * `warmupIters` is the hook's resolved `warmup_iters`.
 */
export function findScheduleMarks(hook: LrHookSpec | null, facts: RunFacts, warmupIters: number, total: number): ScheduleMarks {
  if (hook === null) return { warmupEnd: 0, milestones: [] };
  // A by_epoch hook under IterBasedRunner never runs, so nothing changes.
  const inert = hook.byEpoch && facts.iterBased;
  const warmupEnd = hook.warmup === null || inert ? 0 : Math.max(0, Math.min(warmupIters, total));
  if (inert) return { warmupEnd, milestones: [] };
  const unit = hook.byEpoch ? facts.itersPerEpoch : 1;
  const points: number[] = [];
  const rule = hook.rule;
  switch (rule.policy) {
    case 'Step':
      if (typeof rule.step === 'number') {
        for (let p = rule.step; p * unit < total; p += rule.step) points.push(p * unit);
      } else {
        for (const s of rule.step) points.push(s * unit);
      }
      break;
    case 'CosineRestart': {
      let sum = 0;
      for (const p of rule.periods) {
        sum += p;
        points.push(sum * unit);
      }
      break;
    }
    case 'FlatCosineAnnealing': {
      const max = hook.byEpoch ? facts.maxEpochs : facts.maxIters;
      points.push(roundHalfEven(max * rule.startPercent) * unit);
      break;
    }
    case 'Cyclic': {
      const perPhase = rule.cyclicTimes > 0 ? Math.floor(facts.maxIters / rule.cyclicTimes) : 0;
      const up = Math.trunc(rule.stepRatioUp * perPhase);
      for (let start = 0; perPhase > 0 && start < total; start += perPhase) {
        if (start > 0) points.push(start);
        if (up > 0) points.push(start + up);
      }
      break;
    }
    case 'OneCycle': {
      const steps = rule.totalSteps ?? facts.maxIters;
      points.push(Math.floor(rule.pctStart * steps - 1) + 1);
      if (rule.threePhase) points.push(Math.floor(2 * rule.pctStart * steps - 2) + 1);
      break;
    }
    case 'YOLOX': {
      const max = hook.byEpoch ? facts.maxEpochs : facts.maxIters;
      const last = facts.itersPerEpoch * rule.numLastEpochs;
      points.push((max - last - 1) * unit);
      break;
    }
    case 'StepFixCosineAnnealing':
      break;
    case 'CosineAnnealingCooldown': {
      const max = hook.byEpoch ? facts.maxEpochs : facts.maxIters;
      points.push((Math.floor(max - rule.coolDownTime) + 1) * unit);
      break;
    }
    case 'Fixed':
    case 'Exp':
    case 'Poly':
    case 'Inv':
    case 'CosineAnnealing':
    case 'LinearAnnealing':
      break;
  }
  const milestones = [...new Set(points.filter((p) => Number.isFinite(p) && p > 0 && p < total))].sort((a, b) => a - b);
  return { warmupEnd, milestones };
}
