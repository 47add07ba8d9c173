import { annealCos, annealLinear } from './anneal.ts';
import { prepareCyclic, prepareOneCycle } from './cyclicPhases.ts';
import { fillCosSegment, fillGeometric, fillLinearPow, fillLinearSegment, fillStepRuns } from './fastKernels.ts';
import type { LrRuleSpec, MinTarget } from './lrHookSpec.ts';
import { roundHalfEven } from './pyOps.ts';
import { raiseFault, type Fault, type RunFacts } from './runFacts.ts';
import { makeStepFactor } from './stepExponent.ts';
import { reprPy } from '../../../python/repr.ts';

/** `get_lr(runner, base_lr)`: `progress` is `runner.epoch` when by_epoch, else `runner.iter`. */
export type RegularRule = (progress: number, base: number) => number;

/**
 * The regular values of a by-iteration hook for every iteration at once, with fast kernels
 * (~1e-15 from the per-iteration maths). Returns the iteration where upstream would raise
 * (after recording it in the fault), or -1.
 */
export type FillRule = (out: Float64Array, base: number) => number;

export interface PreparedRule {
  regular: RegularRule;
  /** Only for policies whose per-iteration maths is costly (pow, cos). */
  fill?: FillRule;
  /** The base value `get_lr` receives for a group whose optimizer value is `groupValue`. */
  baseOf: (groupValue: number) => number;
  /** An exception `before_run` raises, before iteration 0. */
  beforeRunError: string | null;
}

export interface HookTiming {
  byEpoch: boolean;
  /** `self.warmup_iters` once known (epochs already multiplied out). */
  warmupIters: number;
}

export function targetOf(target: MinTarget, base: number): number {
  return target.kind === 'ratio' ? base * target.value : target.value;
}

const keepBase = (v: number): number => v;

function plain(regular: RegularRule, fill?: FillRule): PreparedRule {
  return fill ? { regular, fill, baseOf: keepBase, beforeRunError: null } : { regular, baseOf: keepBase, beforeRunError: null };
}

/** A fill that evaluates `value(p)` per iteration (for policies whose cost is one fast pow). */
function fillEach(value: (p: number, base: number) => number): FillRule {
  return (out, base) => {
    for (let p = 0; p < out.length; p++) out[p] = value(p, base);
    return -1;
  };
}

/** Step hooks (lr and momentum alike) as constant runs; `floor` is `min_lr` / `min_momentum`. */
export function fillStep(step: number | readonly number[], gamma: number, floor: number | null): FillRule {
  return (out, base) => {
    fillStepRuns(out, step, (k) => {
      const value = base * gamma ** k;
      return floor !== null ? Math.max(value, floor) : value;
    });
    return -1;
  };
}

/**
 * Prepares the `get_lr` of one MMCV 1.7.2 lr policy (and what its `before_run` computes).
 * Each branch keeps upstream's order of float operations.
 */
export function prepareLrRule(rule: LrRuleSpec, timing: HookTiming, facts: RunFacts, fault: Fault): PreparedRule {
  const maxProgress = timing.byEpoch ? facts.maxEpochs : facts.maxIters;
  switch (rule.policy) {
    case 'Fixed':
      return plain(
        (_p, base) => base,
        (out, base) => {
          out.fill(base);
          return -1;
        },
      );
    case 'Step': {
      const { minLr, step, gamma } = rule;
      const factorAt = makeStepFactor(step, gamma);
      return plain(
        (p, base) => {
          const lr = base * factorAt(p);
          return minLr !== null ? Math.max(lr, minLr) : lr;
        },
        fillStep(step, gamma, minLr),
      );
    }
    case 'Exp': {
      const { gamma } = rule;
      const fill: FillRule | undefined =
        gamma > 0
          ? (out, base) => {
              fillGeometric(out, gamma, base);
              return -1;
            }
          : undefined;
      return plain((p, base) => base * gamma ** p, fill);
    }
    case 'Poly': {
      const { power, minLr } = rule;
      // pow(x, 1.0) is exactly x in C, so the default power needs no pow at all.
      const value = (p: number, base: number): number => {
        const x = 1 - p / maxProgress;
        const coeff = power === 1 ? x : x ** power;
        return (base - minLr) * coeff + minLr;
      };
      return plain(
        value,
        (out, base) => {
          if (power === 1) return fillEach(value)(out, base);
          fillLinearPow(out, -1, maxProgress, power, base - minLr, minLr);
          return -1;
        },
      );
    }
    case 'Inv': {
      const { gamma, power } = rule;
      // x ** -1.0 is 1 / x, correctly rounded, in C as in JS.
      const value = (p: number, base: number): number => {
        const x = 1 + gamma * p;
        return base * (power === 1 ? 1 / x : x ** -power);
      };
      return plain(
        value,
        (out, base) => {
          if (power === 1) return fillEach(value)(out, base);
          fillLinearPow(out, gamma, 1, -power, base);
          return -1;
        },
      );
    }
    case 'CosineAnnealing': {
      const { target } = rule;
      return plain(
        (p, base) => annealCos(base, targetOf(target, base), p / maxProgress),
        (out, base) => {
          fillCosSegment(out, 0, out.length, base, targetOf(target, base), 0, maxProgress);
          return -1;
        },
      );
    }
    case 'LinearAnnealing': {
      const { target } = rule;
      return plain(
        (p, base) => annealLinear(base, targetOf(target, base), p / maxProgress),
        (out, base) => {
          fillLinearSegment(out, 0, out.length, base, targetOf(target, base), 0, maxProgress);
          return -1;
        },
      );
    }
    case 'FlatCosineAnnealing': {
      const { target } = rule;
      const start = roundHalfEven(maxProgress * rule.startPercent);
      const span = maxProgress - start;
      return plain(
        (p, base) => {
          const progress = p - start;
          if (progress < 0) return base;
          return annealCos(base, targetOf(target, base), progress / span);
        },
        (out, base) => {
          const flatEnd = Math.max(0, Math.min(start, out.length));
          out.fill(base, 0, flatEnd);
          if (flatEnd < out.length) fillCosSegment(out, flatEnd, out.length, base, targetOf(target, base), start, span);
          return -1;
        },
      );
    }
    case 'CosineRestart':
      return prepareCosineRestart(rule.periods, rule.restartWeights, rule.target, fault);
    case 'Cyclic': {
      const prepared = prepareCyclic(rule, facts.maxIters, fault);
      return { ...prepared, baseOf: keepBase };
    }
    case 'OneCycle':
      return prepareOneCycleLr(rule, facts, fault);
    case 'YOLOX':
      return prepareYolox(rule, timing, facts, fault);
    case 'StepFixCosineAnnealing': {
      // The warmup stretch is taken off both progress and its maximum (whole epochs when by epoch).
      const shift = !rule.warmupSet ? 0 : timing.byEpoch ? Math.floor(timing.warmupIters / facts.itersPerEpoch) : timing.warmupIters;
      const span = maxProgress - shift;
      return plain((p, base) => {
        if (span === 0) return raiseFault(fault, 'ZeroDivisionError: division by zero');
        return annealCos(base, targetOf(rule.target, base), (p - shift) / span);
      });
    }
    case 'CosineAnnealingCooldown': {
      const { target, coolDownRatio, coolDownTime } = rule;
      const annealEnd = maxProgress - coolDownTime;
      return plain((p, base) => {
        const targetLr = targetOf(target, base);
        if (p > annealEnd) return targetLr * coolDownRatio;
        if (annealEnd === 0) return raiseFault(fault, 'ZeroDivisionError: division by zero');
        return annealCos(base, targetLr, p / annealEnd);
      });
    }
  }
}

function prepareOneCycleLr(rule: Extract<LrRuleSpec, { policy: 'OneCycle' }>, facts: RunFacts, fault: Fault): PreparedRule {
  const total = rule.totalSteps ?? facts.maxIters;
  if (total < facts.maxIters) {
    return {
      regular: () => Number.NaN,
      baseOf: keepBase,
      beforeRunError:
        'ValueError: The total steps must be greater than or equal to max ' +
        `iterations ${facts.maxIters} of runner, but total steps is ${total}.`,
    };
  }
  const groupBase = rule.maxLr / rule.divFactor;
  const phases = rule.threePhase
    ? [
        { end: rule.pctStart * total - 1, from: 1, to: rule.divFactor },
        { end: 2 * rule.pctStart * total - 2, from: rule.divFactor, to: 1 },
        { end: total - 1, from: 1, to: 1 / rule.finalDivFactor },
      ]
    : [
        { end: rule.pctStart * total - 1, from: 1, to: rule.divFactor },
        { end: total - 1, from: rule.divFactor, to: 1 / rule.finalDivFactor },
      ];
  // format_param gives every group max_lr, so every group starts from max_lr / div_factor.
  return { ...prepareOneCycle(phases, false, true, rule.anneal, fault), baseOf: () => groupBase, beforeRunError: null };
}

function prepareYolox(
  rule: Extract<LrRuleSpec, { policy: 'YOLOX' }>,
  timing: HookTiming,
  facts: RunFacts,
  fault: Fault,
): PreparedRule {
  const { target } = rule;
  const maxProgress = timing.byEpoch ? facts.maxEpochs : facts.maxIters;
  // mmdet 2.25 counts the fixed stretch in iterations even when by_epoch is set.
  const lastIter = facts.itersPerEpoch * rule.numLastEpochs;
  const warmupIters = timing.warmupIters;
  const denominator = maxProgress - warmupIters - lastIter;
  const fixedFrom = maxProgress - lastIter - 1; // progress + 1 >= max_progress - last_iter
  return plain(
    (p, base) => {
      const progress = p + 1;
      const targetLr = targetOf(target, base);
      if (progress >= maxProgress - lastIter) return targetLr;
      if (denominator === 0) return raiseFault(fault, 'ZeroDivisionError: division by zero');
      return annealCos(base, targetLr, (progress - warmupIters) / denominator);
    },
    (out, base) => {
      const cosEnd = Math.max(0, Math.min(fixedFrom, out.length));
      if (cosEnd > 0 && denominator === 0) {
        raiseFault(fault, 'ZeroDivisionError: division by zero');
        return 0;
      }
      if (cosEnd > 0) fillCosSegment(out, 0, cosEnd, base, targetOf(target, base), warmupIters - 1, denominator);
      out.fill(targetOf(target, base), cosEnd);
      return -1;
    },
  );
}

function prepareCosineRestart(periods: number[], weights: number[], target: MinTarget, fault: Fault): PreparedRule {
  const cumulative: number[] = [];
  let sum = 0;
  for (const p of periods) {
    sum += p;
    cumulative.push(sum);
  }
  const exceeds = (p: number): string =>
    `ValueError: Current iteration ${p} exceeds cumulative_periods ${reprPy(cumulative)}`;
  const regular: RegularRule = (p, base) => {
    let idx = -1;
    for (let i = 0; i < cumulative.length; i++) {
      if (p < (cumulative[i] ?? 0)) {
        idx = i;
        break;
      }
    }
    if (idx < 0) return raiseFault(fault, exceeds(p));
    const nearestRestart = idx === 0 ? 0 : (cumulative[idx - 1] ?? 0);
    const alpha = Math.min((p - nearestRestart) / (periods[idx] ?? 1), 1);
    return annealCos(base, targetOf(target, base), alpha, weights[idx] ?? 1);
  };
  // Segments only make sense for positive integer periods; anything else keeps the plain loop.
  if (!periods.every((p) => Number.isInteger(p) && p > 0)) return plain(regular);
  const fill: FillRule = (out, base) => {
    const targetLr = targetOf(target, base);
    for (let i = 0, from = 0; i < periods.length && from < out.length; i++) {
      const period = periods[i] ?? 1;
      const to = Math.min(out.length, from + period);
      fillCosSegment(out, from, to, base, targetLr, from, period, weights[i] ?? 1);
      from += period;
    }
    if (out.length > sum) {
      raiseFault(fault, exceeds(sum));
      return sum;
    }
    return -1;
  };
  return plain(regular, fill);
}
