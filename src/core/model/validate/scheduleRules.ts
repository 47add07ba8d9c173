import type { PyDict, PyValue } from '../../python/value.ts';
import { isFloatValue, isPyDict, isPyNumber, isPyTuple, numberOf } from '../../python/value.ts';
import type { FieldMessage } from '../fieldSpec.ts';
import {
  canonicalLrPolicy,
  canonicalMomentumPolicy,
  downstreamLrPolicies,
  iterOnlyPolicies,
  lrCommonArgs,
  lrPolicies,
  lrPolicyArgs,
  minLrPairPolicies,
  momentumCommonArgs,
  momentumPolicies,
  momentumPolicyArgs,
  resolveHookPrefix,
  suggestPolicy,
} from '../policies.ts';
import { isIterRunner } from '../sections/schedulerFields.ts';
import { isIntValue } from './fieldRules.ts';
import { error, warning } from './messages.ts';

type Key = 'lr_config' | 'momentum_config';

/** Rules for `lr_config` that MMCV's LrUpdaterHook family asserts or silently gets wrong. */
export function checkLrConfig(config: PyDict): FieldMessage[] {
  const section = config.lr_config;
  if (section === undefined) return [error(['lr_config'], 'lr_config is missing: mmdet reads cfg.lr_config.', '缺少 lr_config：mmdet 会读取 cfg.lr_config。')];
  if (section === null) return [];
  if (!isPyDict(section)) return [error(['lr_config'], 'lr_config must be a dict or None.', 'lr_config 必须是字典或 None。')];
  const out = checkPolicyName('lr_config', section.policy, lrPolicies, 'LrUpdaterHook');
  const policy = canonicalLrPolicy(section.policy);
  out.push(...checkWarmup('lr_config', section));
  if (policy === undefined) return out;
  out.push(...checkUnknownArgs('lr_config', section, [...lrCommonArgs, ...lrPolicyArgs[policy]], `${resolveHookPrefix(String(section.policy))}LrUpdaterHook`));
  out.push(...checkIterOnly('lr_config', section, policy));
  if (minLrPairPolicies.includes(policy)) out.push(...checkExactlyOne('lr_config', section, 'min_lr', 'min_lr_ratio'));
  if (policy === 'step') out.push(...checkSteps('lr_config', section, config));
  if (policy === 'cyclic') {
    out.push(...checkTargetRatio('lr_config', section));
    const gamma = numberOf(section.gamma);
    if (gamma !== undefined && !(gamma > 0 && gamma <= 1)) out.push(error(['lr_config', 'gamma'], 'cyclic gamma must be in (0, 1].', 'cyclic 的 gamma 必须在 (0, 1] 内。'));
  }
  if (policy === 'OneCycle') out.push(...checkFloatType('lr_config', section, 'pct_start'));
  if (policy === 'FlatCosineAnnealing') out.push(...checkFloatType('lr_config', section, 'start_percent'));
  if (policy === 'CosineRestart') out.push(...checkRestartLengths(section));
  return out;
}

/** Rules for `momentum_config` (absent or None means no momentum hook). */
export function checkMomentumConfig(config: PyDict): FieldMessage[] {
  const section = config.momentum_config;
  if (section === undefined || section === null) return [];
  if (!isPyDict(section)) return [error(['momentum_config'], 'momentum_config must be a dict or None.', 'momentum_config 必须是字典或 None。')];
  const out = checkPolicyName('momentum_config', section.policy, momentumPolicies, 'MomentumUpdaterHook');
  // The policy field is nullable (None = no hook), so its own check lets a dict without one pass.
  if (section.policy === undefined || section.policy === null) out.push(error(['momentum_config', 'policy'], 'momentum_config needs a policy (MMCV asserts it); use momentum_config = None for none.', 'momentum_config 需要 policy（MMCV 会断言）；不需要时请写 momentum_config = None。'));
  const policy = canonicalMomentumPolicy(section.policy);
  out.push(...checkWarmup('momentum_config', section));
  if (policy === undefined) return out;
  out.push(...checkUnknownArgs('momentum_config', section, [...momentumCommonArgs, ...momentumPolicyArgs[policy]], `${resolveHookPrefix(String(section.policy))}MomentumUpdaterHook`));
  out.push(...checkIterOnly('momentum_config', section, policy));
  if (policy === 'CosineAnnealing' || policy === 'LinearAnnealing') out.push(...checkExactlyOne('momentum_config', section, 'min_momentum', 'min_momentum_ratio'));
  if (policy === 'step') out.push(...checkSteps('momentum_config', section, config));
  if (policy === 'cyclic') out.push(...checkTargetRatio('momentum_config', section));
  if (policy === 'OneCycle') out.push(...checkFloatType('momentum_config', section, 'pct_start'));
  return out;
}

function checkPolicyName(key: Key, policy: PyValue | undefined, known: readonly string[], suffix: string): FieldMessage[] {
  const path = [key, 'policy'];
  // A missing or non-string policy is reported by the field's own required / type check.
  if (typeof policy !== 'string') return [];
  const resolved = resolveHookPrefix(policy);
  const matches = key === 'lr_config' ? canonicalLrPolicy(policy) : canonicalMomentumPolicy(policy);
  if (matches !== undefined) return [];
  if (key === 'lr_config' && resolved in downstreamLrPolicies) return [];
  const hint = suggestPolicy(policy, [...known, ...(key === 'lr_config' ? Object.keys(downstreamLrPolicies) : [])]);
  if (hint !== undefined) {
    return [
      error(
        path,
        `MMCV looks up ${resolved}${suffix}, which does not exist: write '${hint}' (policy names are case-sensitive; only all-lowercase names get capitalized).`,
        `MMCV 会查找不存在的 ${resolved}${suffix}：请写 '${hint}'（策略名区分大小写；只有全小写的名字会被首字母大写）。`,
      ),
    ];
  }
  return [warning(path, `'${policy}' is not an MMCV policy: ${resolved}${suffix} must be registered by your code.`, `'${policy}' 不是 MMCV 内置策略：需由你的代码注册 ${resolved}${suffix}。`)];
}

function checkWarmup(key: Key, section: PyDict): FieldMessage[] {
  const warmup = section.warmup;
  if (warmup === undefined || warmup === null) return [];
  // An unknown warmup type is reported by the field's own enum check.
  if (typeof warmup !== 'string' || !['constant', 'linear', 'exp'].includes(warmup)) return [];
  // Present values get the field's range check; an absent one falls back to MMCV's 0.
  if (section.warmup_iters !== undefined) return [];
  return [error([key, 'warmup_iters'], 'warmup_iters must be > 0 when warmup is set (MMCV asserts it; its default is 0).', '设置 warmup 时 warmup_iters 必须 > 0（MMCV 会断言；默认值为 0）。')];
}

function checkUnknownArgs(key: Key, section: PyDict, allowed: readonly string[], hookName: string): FieldMessage[] {
  // `type` is overwritten by the runner, so it never reaches the hook.
  return Object.keys(section)
    .filter((k) => !allowed.includes(k) && k !== 'type' && k !== '_delete_')
    .map((k) => error([key, k], `${hookName} does not take '${k}' (TypeError at startup).`, `${hookName} 不接受参数 '${k}'（启动时会报 TypeError）。`));
}

function checkIterOnly(key: Key, section: PyDict, policy: string): FieldMessage[] {
  if (!iterOnlyPolicies.includes(policy) || section.by_epoch !== true) return [];
  return [error([key, 'by_epoch'], `${policy} only supports by_epoch=False.`, `${policy} 只支持 by_epoch=False。`)];
}

function checkExactlyOne(key: Key, section: PyDict, a: string, b: string): FieldMessage[] {
  const hasA = section[a] !== undefined && section[a] !== null;
  const hasB = section[b] !== undefined && section[b] !== null;
  if (hasA !== hasB) return [];
  const en = hasA ? `Give only one of ${a} and ${b}.` : `Give one of ${a} or ${b}.`;
  const zh = hasA ? `${a} 与 ${b} 只能给出一个。` : `需要给出 ${a} 或 ${b} 之一。`;
  return [error([key, b], en, zh)];
}

/** The length the schedule counts in (epochs or iterations), when the runner tells it. */
function scheduleLength(section: PyDict, config: PyDict, key: Key): { length: number; unit: 'epochs' | 'iterations' } | undefined {
  const runner = config.runner;
  if (!isPyDict(runner)) return undefined;
  const byEpochDefault = key === 'lr_config' ? !isIterRunner(config) : true;
  const byEpoch = typeof section.by_epoch === 'boolean' ? section.by_epoch : byEpochDefault;
  const maxEpochs = numberOf(runner.max_epochs);
  const maxIters = numberOf(runner.max_iters);
  if (byEpoch && maxEpochs !== undefined) return { length: maxEpochs, unit: 'epochs' };
  if (!byEpoch && runner.type === 'IterBasedRunner' && maxIters !== undefined) return { length: maxIters, unit: 'iterations' };
  return undefined;
}

function checkSteps(key: Key, section: PyDict, config: PyDict): FieldMessage[] {
  const path = [key, 'step'];
  const step = section.step;
  const length = scheduleLength(section, config, key);
  if (isIntValue(step)) {
    if (step <= 0) return [error(path, 'An int step must be > 0.', '整数 step 必须 > 0。')];
    if (length !== undefined && step >= length.length) {
      return [warning(path, `step=${step} is a decay interval ≥ ${length.length} ${length.unit}: the value never decays.`, `step=${step} 是衰减间隔，且 ≥ ${length.length}（${length.unit === 'epochs' ? '轮' : '迭代'}）：永远不会衰减。`)];
    }
    return [];
  }
  if (!Array.isArray(step) || !step.every(isIntValue)) return [];
  const out: FieldMessage[] = [];
  if (step.some((s) => s <= 0)) out.push(error(path, 'Milestones must be > 0.', '衰减节点必须 > 0。'));
  if (step.some((s, i) => i > 0 && s <= (step[i - 1] as number))) out.push(error(path, 'Milestones must be strictly ascending.', '衰减节点必须严格递增。'));
  if (length !== undefined) {
    const late = step.filter((s) => s >= length.length);
    if (late.length > 0) {
      out.push(warning(path, `Milestones ${late.join(', ')} are ≥ ${length.length} ${length.unit} and are never reached.`, `衰减节点 ${late.join(', ')} ≥ ${length.length}（${length.unit === 'epochs' ? '轮' : '迭代'}），永远不会到达。`));
    }
  }
  return out;
}

function checkTargetRatio(key: Key, section: PyDict): FieldMessage[] {
  const value = section.target_ratio;
  if (value === undefined) return [];
  // MMCV accepts a float (expanded to (x, x / 1e5)) or a tuple of 1 or 2; a list raises.
  if (isFloatValue(value)) return [];
  if (isPyTuple(value) && (value.$tuple.length === 1 || value.$tuple.length === 2) && value.$tuple.every(isPyNumber)) return [];
  const en = Array.isArray(value) ? 'target_ratio must be a tuple such as (10, 1e-4), not a list (MMCV raises ValueError).' : 'target_ratio must be a tuple of two numbers such as (10, 1e-4).';
  const zh = Array.isArray(value) ? 'target_ratio 必须是元组，如 (10, 1e-4)，不能是列表（MMCV 会报 ValueError）。' : 'target_ratio 必须是两个数字组成的元组，如 (10, 1e-4)。';
  return [error([key, 'target_ratio'], en, zh)];
}

function checkFloatType(key: Key, section: PyDict, arg: string): FieldMessage[] {
  const value = section[arg];
  if (value === undefined || isFloatValue(value) || !isPyNumber(value)) return [];
  const x = numberOf(value) ?? 0;
  return [error([key, arg], `${arg} must be a Python float (MMCV checks isinstance float): write ${x}.0.`, `${arg} 必须是 Python float（MMCV 检查 isinstance float）：请写 ${x}.0。`)];
}

function checkRestartLengths(section: PyDict): FieldMessage[] {
  const periods = section.periods;
  const weights = section.restart_weights ?? [1];
  if (!Array.isArray(periods) || !Array.isArray(weights) || periods.length === weights.length) return [];
  return [error(['lr_config', 'restart_weights'], 'periods and restart_weights must have the same length.', 'periods 与 restart_weights 长度必须相同。')];
}
