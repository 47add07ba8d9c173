import type { FieldSpec, HookTypeSpec, SectionSpec } from '../fieldSpec.ts';
import { t } from './text.ts';

// Every LoggerHook takes these; `interval` falls back to log_config.interval.
const loggerArgs: FieldSpec[] = [
  {
    path: ['interval'],
    type: { kind: 'int', min: 1 },
    label: t('Interval (override)', '间隔（覆盖）'),
    help: t('Logging interval for this hook; defaults to log_config.interval.', '该钩子的日志间隔；默认取 log_config.interval。'),
  },
  {
    path: ['ignore_last'],
    type: { kind: 'bool' },
    mmcvDefault: true,
    label: t('Ignore last', '忽略末尾'),
    help: t('Ignores the log of the last iterations in each epoch if fewer than interval.', '每轮末尾不足一个间隔的迭代不记录日志。'),
  },
  {
    path: ['reset_flag'],
    type: { kind: 'bool' },
    mmcvDefault: false,
    label: t('Reset flag', '重置缓冲'),
    help: t('Clears the output buffer after logging.', '记录日志后清空输出缓冲区。'),
  },
  {
    path: ['by_epoch'],
    type: { kind: 'bool' },
    label: t('By epoch', '按轮'),
    help: t('Whether EpochBasedRunner is used (IterBasedRunner sets False when absent).', '是否使用 EpochBasedRunner（IterBasedRunner 下缺省为 False）。'),
  },
];

/** The logger hooks of MMCV 1.7.2 the form offers; others stay editable as literals. */
export const loggerHookTypes: readonly HookTypeSpec[] = [
  {
    type: 'TextLoggerHook',
    label: t('Text', '文本'),
    help: t('Prints logs to the terminal and saves them as .log and .log.json files.', '将日志打印到终端并保存为 .log 与 .log.json 文件。'),
    args: [
      ...loggerArgs,
      {
        path: ['interval_exp_name'],
        type: { kind: 'int', min: 1 },
        mmcvDefault: 1000,
        label: t('Experiment name interval', '实验名间隔'),
        help: t('Logging interval for the experiment name.', '打印实验名的间隔。'),
      },
      {
        path: ['out_dir'],
        type: { kind: 'str' },
        nullable: true,
        mmcvDefault: null,
        label: t('Output directory', '输出目录'),
        help: t('If set, logs are copied to out_dir joined with the last folder of work_dir.', '若设置，日志会复制到 out_dir 与 work_dir 最后一级目录拼接的路径。'),
      },
      {
        path: ['keep_local'],
        type: { kind: 'bool' },
        mmcvDefault: true,
        label: t('Keep local', '保留本地'),
        help: t('Keeps the local log when out_dir is set.', '设置 out_dir 时仍保留本地日志。'),
      },
    ],
  },
  {
    type: 'TensorboardLoggerHook',
    label: t('TensorBoard', 'TensorBoard'),
    help: t('Logs scalars to TensorBoard.', '将标量记录到 TensorBoard。'),
    args: [
      ...loggerArgs,
      {
        path: ['log_dir'],
        type: { kind: 'str' },
        nullable: true,
        mmcvDefault: null,
        label: t('Log directory', '日志目录'),
        help: t('Save directory; None means work_dir/tf_logs.', '保存目录；None 表示 work_dir/tf_logs。'),
      },
    ],
  },
  {
    type: 'WandbLoggerHook',
    label: t('Weights & Biases', 'Weights & Biases'),
    help: t('Logs metrics to wandb.', '将指标记录到 wandb。'),
    args: [
      ...loggerArgs,
      {
        path: ['init_kwargs'],
        type: { kind: 'literal' },
        nullable: true,
        mmcvDefault: null,
        label: t('Init kwargs', '初始化参数'),
        help: t("Arguments for wandb.init, e.g. dict(project='my-project').", "传给 wandb.init 的参数，如 dict(project='my-project')。"),
      },
      {
        path: ['commit'],
        type: { kind: 'bool' },
        mmcvDefault: true,
        label: t('Commit', '提交'),
        help: t('Saves the metrics to the wandb server and increments the step.', '将指标保存到 wandb 服务器并递增 step。'),
      },
      {
        path: ['with_step'],
        type: { kind: 'bool' },
        mmcvDefault: true,
        label: t('With step', '记录 step'),
        help: t('Logs the step from the runner iteration.', '以 runner 迭代数作为 step 记录。'),
      },
      {
        path: ['log_artifact'],
        type: { kind: 'bool' },
        mmcvDefault: true,
        label: t('Log artifact', '上传产物'),
        help: t('Uploads artifacts in work_dir to wandb after training.', '训练结束后将 work_dir 中的文件上传到 wandb。'),
      },
      {
        path: ['define_metric_cfg'],
        type: { kind: 'literal' },
        nullable: true,
        mmcvDefault: null,
        label: t('Define metric config', '指标汇总配置'),
        help: t("Metric → summary for wandb.define_metric, e.g. {'coco/bbox_mAP': 'max'}.", "传给 wandb.define_metric 的 指标 → 汇总方式，如 {'coco/bbox_mAP': 'max'}。"),
      },
    ],
  },
  {
    type: 'MlflowLoggerHook',
    label: t('MLflow', 'MLflow'),
    help: t('Logs metrics and optionally the model to MLflow.', '将指标（及可选的模型）记录到 MLflow。'),
    args: [
      ...loggerArgs,
      {
        path: ['exp_name'],
        type: { kind: 'str' },
        nullable: true,
        mmcvDefault: null,
        label: t('Experiment name', '实验名'),
        help: t('MLflow experiment to use; created if it does not exist.', '使用的 MLflow 实验；不存在时会创建。'),
      },
      {
        path: ['tags'],
        type: { kind: 'literal' },
        nullable: true,
        mmcvDefault: null,
        label: t('Tags', '标签'),
        help: t('Tags for the current run.', '当前运行的标签。'),
      },
      {
        path: ['params'],
        type: { kind: 'literal' },
        nullable: true,
        mmcvDefault: null,
        label: t('Params', '参数'),
        help: t('Params for the current run.', '当前运行的参数。'),
      },
      {
        path: ['log_model'],
        type: { kind: 'bool' },
        mmcvDefault: true,
        label: t('Log model', '记录模型'),
        help: t('Logs runner.model as an MLflow artifact.', '将 runner.model 作为 MLflow 产物记录。'),
      },
    ],
  },
];

const fields: FieldSpec[] = [
  {
    path: ['log_config', 'interval'],
    type: { kind: 'int', min: 1 },
    required: true,
    label: t('Interval', '日志间隔'),
    help: t('Logging interval (every k iterations), passed to every logger hook.', '日志间隔（每 k 次迭代），传给每个日志钩子。'),
  },
  {
    path: ['log_config', 'hooks'],
    type: { kind: 'hook-list', hookTypes: loggerHookTypes },
    required: true,
    label: t('Logger hooks', '日志钩子'),
    help: t('Logger hooks built with log_config.interval as their default interval.', '以 log_config.interval 为默认间隔构建的日志钩子。'),
  },
];

/**
 * `log_config = dict(interval, hooks)`. MMCV reads only these two keys: ignore_last, reset_flag
 * and by_epoch are arguments of each hook, so they live in `loggerHookTypes`.
 */
export const logSection: SectionSpec = {
  id: 'log_config',
  title: t('Logging', '日志'),
  help: t('Where and how often training logs are written.', '训练日志写到哪里、多久写一次。'),
  fields,
};
