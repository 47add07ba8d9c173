/**
 * One question for every constructor a runtime config feeds: which keywords does the class that
 * `type`/`policy` names accept? Used by the unknown-argument rules and by reshapeOnTypeChange,
 * so the forms and the diagnostics never disagree.
 */
import { canonicalLrPolicy, canonicalMomentumPolicy, downstreamLrPolicies, lrCommonArgs, lrPolicyArgs, momentumCommonArgs, momentumPolicyArgs, resolveHookPrefix } from '../../model/policies.ts';
import { schedulerCommonKeys } from '../../dialects/mmengine/model/validate/schedulerRules.ts';
import { RULE_ARGS, SCHEDULER_CLASSES } from '../../dialects/mmengine/schedule/schedulerClasses.ts';
import { getKey, type PyDict } from '../../python/value.ts';
import { className } from '../pyAccess.ts';
import type { Reference } from '../types.ts';
import { MMCV_CHECKPOINT_HOOK, MMCV_LOGGER_HOOKS, MMCV_RUNNERS } from './mmcvHookSignatures.ts';
import { MMENGINE_HOOKS, MMENGINE_LOOPS, TRAIN_LOOP_REFERENCE } from './mmengineSignatures.ts';
import { CODEBASE_OPTIMIZERS } from './codebaseOptimizers.ts';
import { constructorPops } from './optimizerConstructors.ts';
import { OPTIMIZER_SIGNATURES } from './optimizerSignatures.ts';

/** What kind of constructor a config dict feeds. */
export type Component =
  | 'optimizer'
  | 'lr-policy'
  | 'momentum-policy'
  | 'runner'
  | 'checkpoint-hook'
  | 'logger-hook'
  | 'default-hook'
  | 'train-loop'
  | 'eval-loop'
  | 'scheduler';

export interface Accepted {
  /** The class the dict builds (`AdamW`, `StepLrUpdaterHook`, `EpochBasedTrainLoop`). */
  className: string;
  /** Keywords the class takes. */
  args: ReadonlySet<string>;
  /** Keys the builder consumes before calling the class (`type`, `policy`, `_scope_`...). */
  consumed: ReadonlySet<string>;
  reference: Reference;
}

const mmcvHooks = (path: string, line: number): Reference => ({
  source: `mmcv v1.7.2 ${path}:${line}`,
  url: `https://github.com/open-mmlab/mmcv/blob/v1.7.2/${path}#L${line}`,
});

/**
 * The keywords the class named by `section` (the dict at `path`) accepts, or undefined when the
 * class is not one this project knows (a downstream or custom class: its arguments are unknown,
 * so nothing is judged). `checkpoint-hook` is MMCV's `checkpoint_config`; MMEngine's
 * `default_hooks.checkpoint` is a `default-hook` like the others.
 */
export function acceptedArguments(component: Component, path: readonly string[], section: PyDict): Accepted | undefined {
  const make = (name: string, args: readonly string[], consumed: readonly string[], reference: Reference): Accepted => ({
    className: name,
    args: new Set(args),
    consumed: new Set(consumed),
    reference,
  });
  const type = className(section.type);
  switch (component) {
    case 'optimizer': {
      const sig = type === undefined ? undefined : OPTIMIZER_SIGNATURES.get(type);
      // MMCV's build_optimizer pops `constructor` and `paramwise_cfg` from the top-level optimizer
      // dict; MMEngine reads both from optim_wrapper, so under optim_wrapper.optimizer they reach torch.
      // A codebase's constructor (mmselfsup 0.x TransformerFinetuneConstructor) takes its own keys out too.
      const consumed = path[0] === 'optim_wrapper' ? ['type'] : ['type', 'constructor', 'paramwise_cfg', ...constructorPops(getKey(section, 'constructor'))];
      const codebase = type === undefined ? undefined : CODEBASE_OPTIMIZERS.get(type);
      if (codebase && type !== undefined) return make(type, codebase.args, consumed, { source: `${codebase.source} (${codebase.registeredBy})` });
      if (!sig || type === undefined) return undefined;
      return make(type, sig.args, consumed, { source: `torch.optim.${type}.__init__ (PyTorch stable)`, url: sig.doc });
    }
    case 'lr-policy': {
      if (typeof section.policy !== 'string') return undefined;
      const known = canonicalLrPolicy(section.policy);
      const prefix = resolveHookPrefix(section.policy);
      const own = known ? lrPolicyArgs[known] : downstreamLrPolicies[prefix];
      if (!own) return undefined;
      return make(`${prefix}LrUpdaterHook`, [...lrCommonArgs, ...own], ['policy', 'type'], mmcvHooks('mmcv/runner/hooks/lr_updater.py', 27));
    }
    case 'momentum-policy': {
      if (typeof section.policy !== 'string') return undefined;
      const known = canonicalMomentumPolicy(section.policy);
      if (!known) return undefined;
      const prefix = resolveHookPrefix(section.policy);
      return make(`${prefix}MomentumUpdaterHook`, [...momentumCommonArgs, ...momentumPolicyArgs[known]], ['policy', 'type'], mmcvHooks('mmcv/runner/hooks/momentum_updater.py', 11));
    }
    case 'runner': {
      const sig = MMCV_RUNNERS.get(type ?? 'EpochBasedRunner');
      return sig && make(sig.className, sig.args, ['type'], sig.reference);
    }
    case 'checkpoint-hook': {
      if (type !== undefined && type !== 'CheckpointHook') return undefined;
      return make('CheckpointHook', MMCV_CHECKPOINT_HOOK.args, ['type'], MMCV_CHECKPOINT_HOOK.reference);
    }
    case 'logger-hook': {
      const sig = MMCV_LOGGER_HOOKS.get(type ?? '');
      return sig && make(sig.className, sig.args, ['type'], sig.reference);
    }
    case 'default-hook': {
      const sig = MMENGINE_HOOKS.get(type ?? '');
      return sig && make(sig.className, sig.args, ['type', 'priority'], sig.reference);
    }
    case 'train-loop': {
      if (type === undefined) {
        // No type: build_train_loop pops by_epoch and picks the loop itself.
        const name = section.by_epoch === false || section.by_epoch === 0 ? 'IterBasedTrainLoop' : 'EpochBasedTrainLoop';
        const sig = MMENGINE_LOOPS.get(name);
        return sig && make(name, sig.args, ['by_epoch'], TRAIN_LOOP_REFERENCE);
      }
      const sig = MMENGINE_LOOPS.get(type);
      return sig && make(type, sig.args, ['type'], sig.reference);
    }
    case 'eval-loop': {
      const sig = MMENGINE_LOOPS.get(type ?? 'ValLoop');
      return sig && make(sig.className, sig.args, ['type'], sig.reference);
    }
    case 'scheduler': {
      const cls = type === undefined ? undefined : SCHEDULER_CLASSES.get(type);
      if (!cls || type === undefined) return undefined;
      const rule = RULE_ARGS[cls.kind];
      const args = [...rule.required, ...rule.optional, ...(cls.target === 'generic' ? ['param_name'] : [])];
      return make(type, args, schedulerCommonKeys, {
        source: `mmengine v0.10.7 mmengine/optim/scheduler (${cls.baseClass}.__init__)`,
        url: 'https://github.com/open-mmlab/mmengine/tree/v0.10.7/mmengine/optim/scheduler',
      });
    }
  }
}

/** Keys of `section` the class would reject (never `_delete_`: a rule of its own reports that). */
export function rejectedKeys(accepted: Accepted, section: PyDict): string[] {
  return Object.keys(section).filter((k) => k !== '_delete_' && !accepted.args.has(k) && !accepted.consumed.has(k));
}
