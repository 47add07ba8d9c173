/**
 * Keyword arguments of the MMCV 1.7.2 hooks and runners a 2.x config builds, besides the lr and
 * momentum updater hooks (their tables live in model/policies.ts and are imported, not copied).
 * Every line below names the `__init__` it was read from (tag v1.7.2 of open-mmlab/mmcv).
 */
import type { Reference } from '../types.ts';

export interface ClassSignature {
  className: string;
  args: readonly string[];
  reference: Reference;
}

const mmcv = (path: string, line: number): Reference => ({
  source: `mmcv v1.7.2 ${path}:${line}`,
  url: `https://github.com/open-mmlab/mmcv/blob/v1.7.2/${path}#L${line}`,
});

/** LoggerHook's own arguments (mmcv/runner/hooks/logger/base.py:26); `interval` is injected from log_config. */
const loggerBase = ['interval', 'ignore_last', 'reset_flag', 'by_epoch'];

export const MMCV_LOGGER_HOOKS: ReadonlyMap<string, ClassSignature> = new Map(
  [
    {
      className: 'TextLoggerHook',
      args: [...loggerBase, 'interval_exp_name', 'out_dir', 'out_suffix', 'keep_local', 'file_client_args'],
      reference: mmcv('mmcv/runner/hooks/logger/text.py', 56),
    },
    { className: 'TensorboardLoggerHook', args: [...loggerBase, 'log_dir'], reference: mmcv('mmcv/runner/hooks/logger/tensorboard.py', 26) },
    {
      className: 'WandbLoggerHook',
      args: [...loggerBase, 'init_kwargs', 'commit', 'with_step', 'log_artifact', 'out_suffix', 'define_metric_cfg'],
      reference: mmcv('mmcv/runner/hooks/logger/wandb.py', 63),
    },
    { className: 'MlflowLoggerHook', args: [...loggerBase, 'exp_name', 'tags', 'params', 'log_model'], reference: mmcv('mmcv/runner/hooks/logger/mlflow.py', 39) },
  ].map((s) => [s.className, s]),
);

/**
 * CheckpointHook (mmcv/runner/hooks/checkpoint.py:52) keeps any other keyword in `**kwargs` and
 * passes it to `runner.save_checkpoint` at the first save; EpochBasedRunner.save_checkpoint
 * (mmcv/runner/epoch_based_runner.py:141) takes filename_tmpl, meta and create_symlink only.
 */
export const MMCV_CHECKPOINT_HOOK: ClassSignature = {
  className: 'CheckpointHook',
  args: ['interval', 'by_epoch', 'save_optimizer', 'out_dir', 'max_keep_ckpts', 'save_last', 'sync_buffer', 'file_client_args', 'filename_tmpl', 'meta', 'create_symlink'],
  reference: mmcv('mmcv/runner/hooks/checkpoint.py', 52),
};

/**
 * BaseRunner (mmcv/runner/base_runner.py:55): model, optimizer, work_dir, logger and meta come from
 * MMDetection's `build_runner(..., default_args=...)`, so only the lengths and batch_processor are
 * the config's own; both lengths at once raise ValueError (base_runner.py:135).
 */
export const MMCV_RUNNERS: ReadonlyMap<string, ClassSignature> = new Map(
  ['EpochBasedRunner', 'IterBasedRunner'].map((className) => [
    className,
    {
      className,
      args: ['max_epochs', 'max_iters', 'batch_processor', 'model', 'optimizer', 'work_dir', 'logger', 'meta'],
      reference: mmcv('mmcv/runner/base_runner.py', 55),
    },
  ]),
);
