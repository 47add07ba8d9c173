/**
 * Keyword arguments of the MMEngine v0.10.7 loops and default hooks a 3.x config builds (the
 * scheduler tables live in dialects/mmengine/schedule/schedulerClasses.ts and are imported, not copied).
 */
import type { Reference } from '../types.ts';
import type { ClassSignature } from './mmcvHookSignatures.ts';

const mme = (path: string, line: number): Reference => ({
  source: `mmengine v0.10.7 ${path}:${line}`,
  url: `https://github.com/open-mmlab/mmengine/blob/v0.10.7/${path}#L${line}`,
});

const sig = (className: string, args: string[], reference: Reference): [string, ClassSignature] => [className, { className, args, reference }];

/** Loops; `runner` and `dataloader` (and the evaluator for val/test) come from the Runner. */
export const MMENGINE_LOOPS: ReadonlyMap<string, ClassSignature> = new Map([
  sig('EpochBasedTrainLoop', ['max_epochs', 'val_begin', 'val_interval', 'dynamic_intervals'], mme('mmengine/runner/loops.py', 38)),
  sig('IterBasedTrainLoop', ['max_iters', 'val_begin', 'val_interval', 'dynamic_intervals'], mme('mmengine/runner/loops.py', 214)),
  sig('ValLoop', ['evaluator', 'fp16'], mme('mmengine/runner/loops.py', 342)),
  sig('TestLoop', ['evaluator', 'fp16'], mme('mmengine/runner/loops.py', 429)),
]);

/**
 * Default hooks. CheckpointHook keeps other keywords in `**kwargs` and hands them to
 * `runner.save_checkpoint` (checkpoint_hook.py:443), whose signature (runner.py:2147) they do not
 * match, so they fail at the first save. IterTimerHook, ParamSchedulerHook and
 * DistSamplerSeedHook take no arguments.
 */
export const MMENGINE_HOOKS: ReadonlyMap<string, ClassSignature> = new Map([
  sig(
    'CheckpointHook',
    ['interval', 'by_epoch', 'save_optimizer', 'save_param_scheduler', 'out_dir', 'max_keep_ckpts', 'save_last', 'save_best', 'rule', 'greater_keys', 'less_keys', 'file_client_args', 'filename_tmpl', 'backend_args', 'published_keys', 'save_begin'],
    mme('mmengine/hooks/checkpoint_hook.py', 131),
  ),
  sig('LoggerHook', ['interval', 'ignore_last', 'interval_exp_name', 'out_dir', 'out_suffix', 'keep_local', 'file_client_args', 'log_metric_by_epoch', 'backend_args'], mme('mmengine/hooks/logger_hook.py', 77)),
  sig('IterTimerHook', [], mme('mmengine/hooks/iter_timer_hook.py', 1)),
  sig('ParamSchedulerHook', [], mme('mmengine/hooks/param_scheduler_hook.py', 1)),
  sig('DistSamplerSeedHook', [], mme('mmengine/hooks/sampler_seed_hook.py', 1)),
]);

/** `build_train_loop` (runner.py:1515): a train_cfg without `type` pops `by_epoch` to choose the loop. */
export const TRAIN_LOOP_REFERENCE: Reference = mme('mmengine/runner/runner.py', 1515);
