/**
 * A policy or type the registry does not hold: MMCV turns `lr_config.policy='Cosine'` into
 * `CosineLrUpdaterHook` and `build_from_cfg` raises KeyError (mmcv/runner/base_runner.py:412,
 * mmcv/utils/registry.py build_from_cfg); MMEngine raises KeyError for an unknown
 * `param_scheduler` type. With `custom_imports` the name may be registered by the user's own
 * module, so the finding is a warning there.
 */
import { downstreamLrPolicies, lrPolicies, momentumPolicies, canonicalLrPolicy, canonicalMomentumPolicy, resolveHookPrefix } from '../../model/policies.ts';
import { SCHEDULER_CLASSES } from '../../dialects/mmengine/schedule/schedulerClasses.ts';
import { codebaseSchedulerClass, registeredByNote } from '../../dialects/mmengine/schedule/codebaseSchedulers.ts';
import { didYouMean } from '../didYouMean.ts';
import { optimizerPathMmcv1, optimizerPathMmengine, schedulerEntries } from '../facts.ts';
import { CODEBASE_OPTIMIZERS, unknownOptimizerMessage } from '../signatures/codebaseOptimizers.ts';
import { optimizerNames } from '../signatures/optimizerSignatures.ts';
import { className, dictAt } from '../pyAccess.ts';
import { showPath, text } from '../text.ts';
import type { DiagnoseInput, Finding, Rule, Severity } from '../types.ts';

function finding(input: DiagnoseInput, path: string[], name: string, registered: string, known: readonly string[], registry: string, note = ''): Finding {
  const guess = didYouMean(name, known);
  const severity: Severity = input.config.custom_imports === undefined ? 'error' : 'warning';
  const hint = guess ? text(` Did you mean '${guess}'?`, ` 是否想写 '${guess}'？`) : text('', '');
  return {
    severity,
    path,
    message: text(
      `KeyError: '${registered}' is not in the ${registry} registry (${showPath(path)}='${name}').${hint.en}${note}`,
      `KeyError：${registry} 注册表中没有 '${registered}'（${showPath(path)}='${name}'）。${hint.zh}${note}`,
    ),
    ...(guess ? { fix: { title: text(`Use '${guess}'`, `改为 '${guess}'`), edits: [{ op: 'set', path, value: guess }] } } : {}),
  };
}

/**
 * An optimizer type that differs from a torch class only in case or underscores ('Adamw', 'sgd'):
 * the registries hold torch's exact class names, so the build raises KeyError. Other unknown
 * names may be registered downstream and are not judged.
 */
function optimizerTypeFindings(input: DiagnoseInput, optimizerPath: readonly string[]): Finding[] {
  const path = [...optimizerPath];
  const name = className(dictAt(input.config, path)?.type);
  if (name === undefined || optimizerNames.includes(name) || CODEBASE_OPTIMIZERS.has(name) || name === 'LBFGS' || name === 'SparseAdam') return [];
  const guess = didYouMean(name, optimizerNames);
  if (guess === undefined || guess.toLowerCase() !== name.toLowerCase().replaceAll('_', '')) {
    // Maybe registered by the user's own code: the charts go on from the config's keys, and say so.
    const message = unknownOptimizerMessage(name);
    return [{ severity: 'warning', path: [...path, 'type'], message: text(message, `未知的优化器 '${name}'：学习率和动量取自配置中的 lr/momentum/betas`) }];
  }
  return [finding(input, [...path, 'type'], name, name, optimizerNames, 'optimizer')];
}

const unregistered = {
  id: 'policy/unregistered',
  summary: 'lr/momentum policy, scheduler or optimizer type names that are not registered, with a suggestion',
  reference: { source: 'mmdet issue #3647 (unknown lr policy: KeyError)', url: 'https://github.com/open-mmlab/mmdetection/issues/3647' },
};

/** MMCV: lr/momentum policies (hook registry) and the top-level optimizer's type. */
export const policyUnregisteredMmcv1: Rule = {
  ...unregistered,
  check(input) {
    const out: Finding[] = [];
    const lr = dictAt(input.config, ['lr_config']);
    if (typeof lr?.policy === 'string' && !canonicalLrPolicy(lr.policy) && !(resolveHookPrefix(lr.policy) in downstreamLrPolicies)) {
      out.push(finding(input, ['lr_config', 'policy'], lr.policy, `${resolveHookPrefix(lr.policy)}LrUpdaterHook`, [...lrPolicies, ...Object.keys(downstreamLrPolicies)], 'hook'));
    }
    const mom = dictAt(input.config, ['momentum_config']);
    if (typeof mom?.policy === 'string' && !canonicalMomentumPolicy(mom.policy)) {
      out.push(finding(input, ['momentum_config', 'policy'], mom.policy, `${resolveHookPrefix(mom.policy)}MomentumUpdaterHook`, momentumPolicies, 'hook'));
    }
    return [...out, ...optimizerTypeFindings(input, optimizerPathMmcv1)];
  },
};

/** MMEngine: param_scheduler types and the wrapped optimizer's type. */
export const policyUnregisteredMmengine: Rule = {
  ...unregistered,
  check(input) {
    const known = [...SCHEDULER_CLASSES.keys()];
    const scope = typeof input.config.default_scope === 'string' ? input.config.default_scope : 'mmengine';
    const schedulers = schedulerEntries(input.config).flatMap(({ path, entry }) => {
      const name = className(entry.type);
      if (name === undefined || SCHEDULER_CLASSES.has(name)) return [];
      // A codebase's own class (mmseg PolyLRRatio) is registered under that codebase's scope.
      if (typeof entry.type === 'string' && codebaseSchedulerClass(entry.type, name, scope) !== undefined) return [];
      return [finding(input, [...path, 'type'], name, name, known, 'param scheduler', registeredByNote(name))];
    });
    return [...schedulers, ...optimizerTypeFindings(input, optimizerPathMmengine)];
  },
};

/**
 * Both dialects' checks over one config, for a caller that holds a config outside a dialect's
 * rule list: each reads only its own sections (`optimizer`/`lr_config` or
 * `optim_wrapper`/`param_scheduler`), so a config of one dialect gets that dialect's findings.
 */
export const policyUnregistered: Rule = {
  ...unregistered,
  check: (input) => [...policyUnregisteredMmcv1.check(input), ...policyUnregisteredMmengine.check(input)],
};
