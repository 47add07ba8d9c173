import type { PyDict } from '../../../python/value.ts';
import { HookArgs, type Parsed } from './hookArgs.ts';
import { lrUpdaterBaseArgs, lrUpdaterSignatures, type HookSignature } from './updaterSignatures.ts';
import type { LrHookSpec, LrRuleSpec } from './lrHookSpec.ts';
import {
  lrWording,
  parseAnneal,
  parseMinTarget,
  parseNumberList,
  parseStep,
  parseTargetRatio,
  parseUnitFloat,
  parseUpdaterHook,
  resolvePolicyName,
} from './parseShared.ts';
import { isPyInt, isPyTruthy, toPyNumber } from './pyOps.ts';
import { describePyType } from '../../../python/repr.ts';

type LrPolicyName = LrRuleSpec['policy'];

/**
 * Every `*LrUpdaterHook` in MMCV 1.7.2's registry, plus MMDetection 2.25's `YOLOXLrUpdaterHook`
 * mmcls 0.25's `CosineAnnealingCooldownLrUpdaterHook` and mmselfsup 0.11's
 * `StepFixCosineAnnealingLrUpdaterHook` (registered in MMCV's HOOKS when the codebase is imported).
 */
export const lrPolicyNames: readonly LrPolicyName[] = [
  'Fixed',
  'Step',
  'Exp',
  'Poly',
  'Inv',
  'CosineAnnealing',
  'FlatCosineAnnealing',
  'CosineRestart',
  'Cyclic',
  'OneCycle',
  'LinearAnnealing',
  'YOLOX',
  'CosineAnnealingCooldown',
  'StepFixCosineAnnealing',
];

const ownParams: Record<LrPolicyName, HookSignature> = lrUpdaterSignatures;

/**
 * Builds the lr hook the way `register_lr_hook` + `build_from_cfg` do in MMCV 1.7.2, failing
 * with the exception the hook's constructor would raise, in the order it would raise them.
 * `runnerIsIterBased`: `IterBasedRunner.register_training_hooks` does `setdefault('by_epoch', False)`.
 */
export function parseLrHook(lrConfig: PyDict, runnerIsIterBased: boolean): Parsed<LrHookSpec> {
  const named = resolvePolicyName(lrConfig, 'lr_config', 'LrUpdaterHook', lrPolicyNames);
  if (!named.ok) return named;
  const policy = named.value;
  const cfg: PyDict = { ...lrConfig };
  if (runnerIsIterBased && !Object.hasOwn(cfg, 'by_epoch')) cfg.by_epoch = false;
  const args = new HookArgs(`${policy}LrUpdaterHook`, 'lr_config', cfg);
  return parseUpdaterHook(policy, args, ownParams[policy], lrUpdaterBaseArgs, lrWording, parseRule);
}

function parseRule(policy: LrPolicyName, args: HookArgs): Parsed<LrRuleSpec> {
  switch (policy) {
    case 'Fixed':
      return { ok: true, value: { policy } };
    case 'Step': {
      const step = parseStep(args);
      if (!step.ok) return step;
      const gamma = args.number('gamma', 0.1);
      if (!gamma.ok) return gamma;
      const minLr = args.optionalNumber('min_lr');
      if (!minLr.ok) return minLr;
      return { ok: true, value: { policy, step: step.value, gamma: gamma.value, minLr: minLr.value } };
    }
    case 'Exp': {
      const gamma = args.number('gamma', 0);
      if (!gamma.ok) return gamma;
      return { ok: true, value: { policy, gamma: gamma.value } };
    }
    case 'Poly': {
      const power = args.number('power', 1);
      if (!power.ok) return power;
      const minLr = args.number('min_lr', 0);
      if (!minLr.ok) return minLr;
      return { ok: true, value: { policy, power: power.value, minLr: minLr.value } };
    }
    case 'Inv': {
      const gamma = args.number('gamma', 0);
      if (!gamma.ok) return gamma;
      const power = args.number('power', 1);
      if (!power.ok) return power;
      return { ok: true, value: { policy, gamma: gamma.value, power: power.value } };
    }
    case 'CosineAnnealing':
    case 'LinearAnnealing': {
      const target = parseMinTarget(args, 'min_lr', 'min_lr_ratio');
      if (!target.ok) return target;
      return { ok: true, value: { policy, target: target.value } };
    }
    case 'FlatCosineAnnealing': {
      const target = parseMinTarget(args, 'min_lr', 'min_lr_ratio');
      if (!target.ok) return target;
      const start = parseUnitFloat(args, 'start_percent', 0.75, 'expected float between 0 and 1');
      if (!start.ok) return start;
      return { ok: true, value: { policy, startPercent: start.value, target: target.value } };
    }
    case 'CosineRestart':
      return parseCosineRestart(args);
    case 'Cyclic':
      return parseCyclic(args);
    case 'OneCycle':
      return parseOneCycle(args);
    case 'YOLOX': {
      const last = args.number('num_last_epochs', 0);
      if (!last.ok) return last;
      const target = parseMinTarget(args, 'min_lr', 'min_lr_ratio');
      if (!target.ok) return target;
      return { ok: true, value: { policy, numLastEpochs: last.value, target: target.value } };
    }
    case 'StepFixCosineAnnealing': {
      const target = parseMinTarget(args, 'min_lr', 'min_lr_ratio');
      if (!target.ok) return target;
      const warmup = args.get('warmup');
      return { ok: true, value: { policy, target: target.value, warmupSet: warmup !== undefined && warmup !== null } };
    }
    case 'CosineAnnealingCooldown': {
      const target = parseMinTarget(args, 'min_lr', 'min_lr_ratio');
      if (!target.ok) return target;
      const ratio = args.number('cool_down_ratio', 0.1);
      if (!ratio.ok) return ratio;
      const time = args.number('cool_down_time', 10);
      if (!time.ok) return time;
      return { ok: true, value: { policy, target: target.value, coolDownRatio: ratio.value, coolDownTime: time.value } };
    }
  }
}

function parseCosineRestart(args: HookArgs): Parsed<LrRuleSpec> {
  const target = parseMinTarget(args, 'min_lr', 'min_lr_ratio');
  if (!target.ok) return target;
  const periods = parseNumberList(args, 'periods', []);
  if (!periods.ok) return periods;
  const weights = parseNumberList(args, 'restart_weights', [1]);
  if (!weights.ok) return weights;
  if (periods.value.length !== weights.value.length) {
    return args.fail('AssertionError', 'periods and restart_weights should have the same length.', 'restart_weights');
  }
  return {
    ok: true,
    value: { policy: 'CosineRestart', periods: periods.value, restartWeights: weights.value, target: target.value },
  };
}

function parseCyclic(args: HookArgs): Parsed<LrRuleSpec> {
  const ratio = parseTargetRatio(args, [10, 1e-4]);
  if (!ratio.ok) return ratio;
  const times = args.number('cyclic_times', 1);
  if (!times.ok) return times;
  const up = args.number('step_ratio_up', 0.4);
  if (!up.ok) return up;
  if (!(up.value >= 0 && up.value < 1)) {
    return args.fail('AssertionError', '"step_ratio_up" must be in range [0,1)', 'step_ratio_up');
  }
  const gamma = args.number('gamma', 1);
  if (!gamma.ok) return gamma;
  if (!(gamma.value > 0 && gamma.value <= 1)) {
    return args.fail('AssertionError', '"gamma" must be in range (0, 1]', 'gamma');
  }
  const anneal = parseAnneal(args, 'be');
  if (!anneal.ok) return anneal;
  return {
    ok: true,
    value: {
      policy: 'Cyclic',
      targetRatio: ratio.value,
      cyclicTimes: times.value,
      stepRatioUp: up.value,
      anneal: anneal.value,
      gamma: gamma.value,
    },
  };
}

function parseOneCycle(args: HookArgs): Parsed<LrRuleSpec> {
  const rawMax = args.get('max_lr') ?? null;
  let maxLr = toPyNumber(rawMax);
  if (maxLr === undefined) {
    if (Array.isArray(rawMax)) {
      // format_param wants one value per param group; a list only fits a single-group optimizer.
      const first = rawMax.length === 1 ? toPyNumber(rawMax[0]) : undefined;
      if (first === undefined) {
        return args.fail('ValueError', `expected one max_lr per parameter group, got ${rawMax.length}`, 'max_lr');
      }
      maxLr = first;
    } else {
      return args.fail(
        'ValueError',
        `the type of max_lr must be the one of list or dict, but got ${describePyType(rawMax)}`,
        'max_lr',
      );
    }
  }
  const rawTotal = args.get('total_steps') ?? null;
  if (rawTotal !== null && !isPyInt(rawTotal)) {
    return args.fail('ValueError', `the type of total_steps must be int, butgot ${describePyType(rawTotal)}`, 'total_steps');
  }
  const pct = parseUnitFloat(args, 'pct_start', 0.3, 'expected float between 0 and 1');
  if (!pct.ok) return pct;
  const anneal = parseAnneal(args, 'be');
  if (!anneal.ok) return anneal;
  const div = args.number('div_factor', 25);
  if (!div.ok) return div;
  const finalDiv = args.number('final_div_factor', 1e4);
  if (!finalDiv.ok) return finalDiv;
  return {
    ok: true,
    value: {
      policy: 'OneCycle',
      maxLr,
      totalSteps: rawTotal === null ? null : (toPyNumber(rawTotal) ?? null),
      pctStart: pct.value,
      anneal: anneal.value,
      divFactor: div.value,
      finalDivFactor: finalDiv.value,
      threePhase: isPyTruthy(args.get('three_phase') ?? false),
    },
  };
}
