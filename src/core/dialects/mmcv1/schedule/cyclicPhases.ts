import { pickAnneal } from './anneal.ts';
import { fillAnnealSegment } from './fastKernels.ts';
import type { AnnealStrategy } from './lrHookSpec.ts';
import type { FillRule, RegularRule } from './lrRules.ts';
import { raiseFault, type Fault } from './runFacts.ts';

const zeroModulo = 'ZeroDivisionError: integer division or modulo by zero';
const zeroFloatDivision = 'ZeroDivisionError: float division by zero';

interface CyclicArgs {
  targetRatio: readonly [number, number];
  cyclicTimes: number;
  stepRatioUp: number;
  anneal: AnnealStrategy;
  gamma: number;
}

/**
 * `before_run` + `get_lr`/`get_momentum` of MMCV's Cyclic hooks (same maths for lr and momentum):
 * each of `cyclic_times` cycles of `max_iters // cyclic_times` iterations rises for
 * `int(step_ratio_up * cycle)` iterations, then falls; `gamma**cycle` shrinks the swing.
 */
export function prepareCyclic(
  args: CyclicArgs,
  maxIters: number,
  fault: Fault,
): { regular: RegularRule; fill: FillRule; beforeRunError: string | null } {
  const none = () => Number.NaN;
  if (args.cyclicTimes === 0) return { regular: none, fill: () => 0, beforeRunError: zeroModulo };
  const perPhase = Math.floor(maxIters / args.cyclicTimes);
  const upEnd = Math.trunc(args.stepRatioUp * perPhase);
  const [peak, trough] = args.targetRatio;
  const anneal = pickAnneal(args.anneal);
  const { gamma } = args;
  let lastCycle = 0;
  let scale = 1;
  const regular: RegularRule = (iter, base) => {
    if (perPhase === 0) return raiseFault(fault, zeroModulo);
    const inCycle = iter % perPhase;
    const cycle = Math.floor(iter / perPhase);
    if (cycle !== lastCycle) {
      lastCycle = cycle;
      scale = gamma ** cycle;
    }
    // Phases [0, upEnd) rising 1 -> peak, [upEnd, perPhase) falling peak -> trough; upstream
    // rescales the end ratio of whichever phase starts at 0 (also the falling one if upEnd is 0).
    if (inCycle < upEnd) {
      const endRatio = 1 - scale + peak * scale;
      return anneal(base * 1, base * endRatio, inCycle / upEnd);
    }
    if (upEnd === 0) {
      const endRatio = 1 - scale + trough * scale;
      return anneal(base * peak, base * endRatio, inCycle / perPhase);
    }
    const startRatio = 1 - scale + peak * scale;
    return anneal(base * startRatio, base * trough, (inCycle - upEnd) / (perPhase - upEnd));
  };
  const fill: FillRule = (out, base) => {
    if (perPhase === 0) {
      raiseFault(fault, zeroModulo);
      return 0;
    }
    for (let cycle = 0, cs = 0; cs < out.length; cycle++, cs += perPhase) {
      const s = gamma ** cycle;
      if (upEnd === 0) {
        const endRatio = 1 - s + trough * s;
        fillAnnealSegment(out, args.anneal, cs, cs + perPhase, base * peak, base * endRatio, cs, perPhase);
        continue;
      }
      const endRatio = 1 - s + peak * s;
      fillAnnealSegment(out, args.anneal, cs, cs + upEnd, base * 1, base * endRatio, cs, upEnd);
      const startRatio = 1 - s + peak * s;
      const down = perPhase - upEnd;
      fillAnnealSegment(out, args.anneal, cs + upEnd, cs + perPhase, base * startRatio, base * trough, cs + upEnd, down);
    }
    return -1;
  };
  return { regular, fill, beforeRunError: null };
}

export interface OneCyclePhase {
  end: number;
  from: number;
  to: number;
}

/**
 * The phase walk of the OneCycle hooks: the first phase whose `end_iter >= iter` is used
 * (the momentum hook also falls back to its last phase); `pct` divides by the phase length.
 * `scaled`: the lr hook anneals `base * from -> base * to`, the momentum hook `from -> to`.
 */
export function prepareOneCycle(
  phases: readonly OneCyclePhase[],
  lastPhaseCatchesAll: boolean,
  scaled: boolean,
  strategy: AnnealStrategy,
  fault: Fault,
): { regular: RegularRule; fill: FillRule } {
  const anneal = pickAnneal(strategy);
  const regular: RegularRule = (iter, base) => {
    let start = 0;
    for (let i = 0; i < phases.length; i++) {
      const phase = phases[i];
      if (phase === undefined) break;
      if (iter <= phase.end || (lastPhaseCatchesAll && i === phases.length - 1)) {
        const length = phase.end - start;
        if (length === 0) return raiseFault(fault, zeroFloatDivision);
        const m = scaled ? base : 1;
        return anneal(m * phase.from, m * phase.to, (iter - start) / length);
      }
      start = phase.end;
    }
    return raiseFault(fault, "UnboundLocalError: local variable 'lr' referenced before assignment");
  };
  const fill: FillRule = (out, base) => {
    const m = scaled ? base : 1;
    let start = 0;
    let covered = Number.NEGATIVE_INFINITY; // iterations <= this went to an earlier phase
    let faultAt = -1;
    for (let i = 0; i < phases.length; i++) {
      const phase = phases[i];
      if (phase === undefined) break;
      const last = lastPhaseCatchesAll && i === phases.length - 1;
      const from = Math.max(0, Math.floor(covered) + 1);
      const to = last ? out.length : Math.min(out.length, Math.floor(phase.end) + 1);
      if (from < to) {
        const length = phase.end - start;
        if (length === 0) {
          if (faultAt < 0 || from < faultAt) faultAt = from;
        } else {
          fillAnnealSegment(out, strategy, from, to, m * phase.from, m * phase.to, start, length);
        }
      }
      covered = Math.max(covered, phase.end);
      start = phase.end;
    }
    if (faultAt >= 0) raiseFault(fault, zeroFloatDivision);
    return faultAt;
  };
  return { regular, fill };
}
