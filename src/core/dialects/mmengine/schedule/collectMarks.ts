import type { ScheduleMarks } from '../../../schedule/types.ts';
import { LR_SLOT, type SchedulerSpec } from './schedulerSpec.ts';

/** Enough marks for any chart; a per-iteration StepLR would otherwise yield millions. */
const MAX_MILESTONES = 1000;

function isWarmupLike(spec: SchedulerSpec): boolean {
  const rule = spec.rule;
  switch (rule.kind) {
    case 'linear':
      return rule.startFactor < rule.endFactor;
    case 'constant':
      return rule.factor < 1;
    case 'quadraticWarmup':
      return true;
    default:
      return false;
  }
}

/** The iteration from which the value set at a scheduler's step `globalStep` is in use. */
function toIteration(spec: SchedulerSpec, globalStep: number, itersPerEpoch: number): number {
  return spec.byEpoch ? globalStep * itersPerEpoch : globalStep;
}

function addStepMilestones(spec: SchedulerSpec, itersPerEpoch: number, totalIters: number, out: Set<number>): void {
  const rule = spec.rule;
  const offset = spec.begin - spec.lastStep - 1;
  const push = (lastStep: number): void => {
    const g = offset + lastStep;
    if (g < spec.begin || g >= spec.end) return;
    const it = toIteration(spec, g, itersPerEpoch);
    if (it >= 0 && it < totalIters && out.size < MAX_MILESTONES) out.add(it);
  };
  if (rule.kind === 'multiStep') {
    for (const m of rule.milestones.keys()) push(m);
  } else if (rule.kind === 'step' && rule.stepSize > 0) {
    for (let n = rule.stepSize; offset + n < spec.end && out.size < MAX_MILESTONES; n += rule.stepSize) {
      if (toIteration(spec, offset + n, itersPerEpoch) >= totalIters) break;
      push(n);
    }
  }
}

/**
 * Chart marks in iterations: `warmupEnd` is the `end` of the first learning-rate LinearLR /
 * ConstantLR / QuadraticWarmupLR that starts at step 0 and raises the lr; `milestones` are the
 * iterations where a MultiStepLR or StepLR decay takes effect.
 */
export function collectMarks(specs: readonly SchedulerSpec[], itersPerEpoch: number, totalIters: number): ScheduleMarks {
  const lrSpecs = specs.filter((s) => s.slot === LR_SLOT);
  const warmup = lrSpecs.find((s) => s.begin === 0 && isWarmupLike(s));
  const warmupEnd = warmup === undefined ? 0 : Math.min(totalIters, toIteration(warmup, warmup.end, itersPerEpoch));
  const milestones = new Set<number>();
  for (const spec of lrSpecs) addStepMilestones(spec, itersPerEpoch, totalIters, milestones);
  return { warmupEnd, milestones: [...milestones].sort((a, b) => a - b) };
}
