import { isPyFloat, type PyDict } from '../../../python/value.ts';
import { HookArgs, type Parsed } from './hookArgs.ts';
import { momentumUpdaterBaseArgs, momentumUpdaterSignatures, type HookSignature } from './updaterSignatures.ts';
import type { MomentumHookSpec, MomentumRuleSpec } from './momentumHookSpec.ts';
import {
  momentumWording,
  parseAnneal,
  parseMinTarget,
  parseStep,
  parseTargetRatio,
  parseUnitFloat,
  parseUpdaterHook,
  resolvePolicyName,
} from './parseShared.ts';
import { isPyTruthy, toPyNumber } from './pyOps.ts';

type MomentumPolicyName = MomentumRuleSpec['policy'];

/** Every `*MomentumUpdaterHook` in MMCV 1.7.2's registry. */
export const momentumPolicyNames: readonly MomentumPolicyName[] = [
  'Step',
  'CosineAnnealing',
  'LinearAnnealing',
  'Cyclic',
  'OneCycle',
];


const ownParams: Record<MomentumPolicyName, HookSignature> = momentumUpdaterSignatures;

/**
 * Builds the momentum hook the way `register_momentum_hook` + `build_from_cfg` do in MMCV 1.7.2.
 * No runner gives `momentum_config.by_epoch` a default, so it stays True unless written.
 */
export function parseMomentumHook(momentumConfig: PyDict): Parsed<MomentumHookSpec> {
  const named = resolvePolicyName(momentumConfig, 'momentum_config', 'MomentumUpdaterHook', momentumPolicyNames);
  if (!named.ok) return named;
  const policy = named.value;
  const args = new HookArgs(`${policy}MomentumUpdaterHook`, 'momentum_config', momentumConfig);
  return parseUpdaterHook(policy, args, ownParams[policy], momentumUpdaterBaseArgs, momentumWording, parseRule);
}

function parseRule(policy: MomentumPolicyName, args: HookArgs): Parsed<MomentumRuleSpec> {
  switch (policy) {
    case 'Step': {
      const step = parseStep(args);
      if (!step.ok) return step;
      const gamma = args.number('gamma', 0.5);
      if (!gamma.ok) return gamma;
      const min = args.optionalNumber('min_momentum');
      if (!min.ok) return min;
      return { ok: true, value: { policy, step: step.value, gamma: gamma.value, minMomentum: min.value } };
    }
    case 'CosineAnnealing':
    case 'LinearAnnealing': {
      const target = parseMinTarget(args, 'min_momentum', 'min_momentum_ratio');
      if (!target.ok) return target;
      return { ok: true, value: { policy, target: target.value } };
    }
    case 'Cyclic': {
      const ratio = parseTargetRatio(args, [0.85 / 0.95, 1]);
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
      const anneal = parseAnneal(args, 'be');
      if (!anneal.ok) return anneal;
      return {
        ok: true,
        value: {
          policy,
          targetRatio: ratio.value,
          cyclicTimes: times.value,
          stepRatioUp: up.value,
          anneal: anneal.value,
          gamma: gamma.value,
        },
      };
    }
    case 'OneCycle':
      return parseOneCycle(args);
  }
}

function parseOneCycle(args: HookArgs): Parsed<MomentumRuleSpec> {
  const bounds: Record<'base_momentum' | 'max_momentum', number> = { base_momentum: 0.85, max_momentum: 0.95 };
  for (const name of ['base_momentum', 'max_momentum'] as const) {
    const raw = args.get(name);
    if (raw === undefined) continue;
    // isinstance(x, (float, list, dict)): an int such as 1 is refused.
    const isFloat = isPyFloat(raw) || (typeof raw === 'number' && !Number.isInteger(raw));
    const single = Array.isArray(raw) && raw.length === 1 ? toPyNumber(raw[0]) : undefined;
    if (isFloat) bounds[name] = toPyNumber(raw) ?? 0;
    else if (single !== undefined) bounds[name] = single;
    else if (Array.isArray(raw)) {
      return args.fail('ValueError', `expected one ${name} per parameter group, got ${raw.length}`, name);
    } else {
      return args.fail('ValueError', `${name} must be the type among of float,list or dict.`, name);
    }
  }
  const pct = parseUnitFloat(args, 'pct_start', 0.3, 'Expected float between 0 and 1');
  if (!pct.ok) return pct;
  const anneal = parseAnneal(args, 'by');
  if (!anneal.ok) return anneal;
  return {
    ok: true,
    value: {
      policy: 'OneCycle',
      baseMomentum: bounds.base_momentum,
      maxMomentum: bounds.max_momentum,
      pctStart: pct.value,
      anneal: anneal.value,
      threePhase: isPyTruthy(args.get('three_phase') ?? false),
    },
  };
}
