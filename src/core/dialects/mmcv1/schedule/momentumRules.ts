import { annealCos, annealLinear } from './anneal.ts';
import { prepareCyclic, prepareOneCycle } from './cyclicPhases.ts';
import { fillCosSegment, fillLinearSegment } from './fastKernels.ts';
import { fillStep, targetOf, type HookTiming, type PreparedRule } from './lrRules.ts';
import type { MomentumRuleSpec } from './momentumHookSpec.ts';
import type { Fault, RunFacts } from './runFacts.ts';
import { makeStepFactor } from './stepExponent.ts';

const keepBase = (v: number): number => v;

/**
 * Prepares `get_momentum` of one MMCV 1.7.2 momentum policy; `base` is each group's
 * `initial_momentum` (its `momentum`, or `betas[0]` for Adam-like optimizers).
 * OneCycle ignores it: `before_run` overwrites every group with `max_momentum`.
 */
export function prepareMomentumRule(
  rule: MomentumRuleSpec,
  timing: HookTiming,
  facts: RunFacts,
  fault: Fault,
): PreparedRule {
  const maxProgress = timing.byEpoch ? facts.maxEpochs : facts.maxIters;
  const plain = (regular: PreparedRule['regular']): PreparedRule => ({ regular, baseOf: keepBase, beforeRunError: null });
  switch (rule.policy) {
    case 'Step': {
      const { minMomentum } = rule;
      const factorAt = makeStepFactor(rule.step, rule.gamma);
      const prepared = plain((p, base) => {
        const momentum = base * factorAt(p);
        return minMomentum !== null ? Math.max(momentum, minMomentum) : momentum;
      });
      prepared.fill = fillStep(rule.step, rule.gamma, minMomentum);
      return prepared;
    }
    case 'CosineAnnealing': {
      const { target } = rule;
      const prepared = plain((p, base) => annealCos(base, targetOf(target, base), p / maxProgress));
      prepared.fill = (out, base) => {
        fillCosSegment(out, 0, out.length, base, targetOf(target, base), 0, maxProgress);
        return -1;
      };
      return prepared;
    }
    case 'LinearAnnealing': {
      const { target } = rule;
      const prepared = plain((p, base) => annealLinear(base, targetOf(target, base), p / maxProgress));
      prepared.fill = (out, base) => {
        fillLinearSegment(out, 0, out.length, base, targetOf(target, base), 0, maxProgress);
        return -1;
      };
      return prepared;
    }
    case 'Cyclic': {
      const prepared = prepareCyclic(rule, facts.maxIters, fault);
      return { ...prepared, baseOf: keepBase };
    }
    case 'OneCycle': {
      const { baseMomentum: low, maxMomentum: high, pctStart } = rule;
      const max = facts.maxIters;
      const phases = rule.threePhase
        ? [
            { end: pctStart * max - 1, from: high, to: low },
            { end: 2 * pctStart * max - 2, from: low, to: high },
            { end: max - 1, from: high, to: high },
          ]
        : [
            { end: pctStart * max - 1, from: high, to: low },
            { end: max - 1, from: low, to: high },
          ];
      return { ...prepareOneCycle(phases, true, false, rule.anneal, fault), baseOf: () => high, beforeRunError: null };
    }
  }
}
