import type { PyValue } from '../../../../python/value.ts';
import { isPyDict, pyFloat } from '../../../../python/value.ts';
import type { FieldSpec, SectionSpec } from '../../../../model/fieldSpec.ts';
import { t } from '../../../../model/sections/text.ts';

type Section = Readonly<Record<string, PyValue>>;

/** Shown when `default_hooks.<hook>` is a dict (a hook set to None is disabled). */
const hookOn = (hook: string) => (section: Section) => isPyDict(section[hook]);

const dh = (...rest: string[]) => ['default_hooks', ...rest];

/** The hook class each default_hooks entry builds in mmdet 3.3's default_runtime.py. */
export const defaultHookTypes: Readonly<Record<string, string>> = {
  timer: 'IterTimerHook',
  logger: 'LoggerHook',
  param_scheduler: 'ParamSchedulerHook',
  checkpoint: 'CheckpointHook',
  sampler_seed: 'DistSamplerSeedHook',
  visualization: 'DetVisualizationHook',
};

// Each hook is a switch (None removes it from Runner's default hooks) plus its class.
const typeFields: FieldSpec[] = (
  [
    ['timer', 'Timer hook', '计时钩子', 'Records data loading and iteration time.', '记录数据加载与迭代耗时。'],
    ['logger', 'Logger hook', '日志钩子', 'Collects logs from the log processor and writes them to terminal, file and visualizer.', '从日志处理器收集日志并写到终端、文件和可视化后端。'],
    ['param_scheduler', 'Scheduler hook', '调度器钩子', 'Steps every param_scheduler after each iteration or epoch.', '在每次迭代或每轮后调用各参数调度器的 step。'],
    ['checkpoint', 'Checkpoint hook', '检查点钩子', 'Saves checkpoints periodically (and the best one by a metric).', '定期保存检查点（以及按指标最优的检查点）。'],
    ['sampler_seed', 'Sampler seed hook', '采样器种子钩子', 'Sets the epoch of a distributed sampler so shuffling differs per epoch.', '设置分布式采样器的 epoch，使每轮的打乱不同。'],
    ['visualization', 'Visualization hook', '可视化钩子', 'Draws predictions during validation / testing (DetVisualizationHook in mmdet).', '在验证 / 测试时绘制预测结果（mmdet 中为 DetVisualizationHook）。'],
  ] as const
).flatMap(([hook, en, zh, helpEn, helpZh]): FieldSpec[] => {
  const type = defaultHookTypes[hook] ?? '';
  return [
    {
      path: dh(hook),
      type: { kind: 'optional-dict', enabledValue: { type } },
      nullable: true,
      label: t(en, zh),
      help: t(`${helpEn} None disables it.`, `${helpZh}设为 None 即禁用。`),
    },
    {
      path: dh(hook, 'type'),
      type: { kind: 'enum', options: [type], free: true },
      required: true,
      visibleWhen: hookOn(hook),
      label: t(`${en} class`, `${zh}类`),
      help: t('Hook class in the HOOKS registry.', 'HOOKS 注册表中的钩子类。'),
    },
  ];
});

const loggerFields: FieldSpec[] = [
  {
    path: dh('logger', 'interval'),
    type: { kind: 'int', min: 1 },
    mmcvDefault: 10,
    visibleWhen: hookOn('logger'),
    label: t('Log interval', '日志间隔'),
    help: t('Logs every this many iterations.', '每隔这么多次迭代记录一次日志。'),
  },
  {
    path: dh('logger', 'ignore_last'),
    type: { kind: 'bool' },
    mmcvDefault: true,
    visibleWhen: hookOn('logger'),
    label: t('Ignore last', '忽略末尾'),
    help: t('Ignores the last iterations of an epoch when fewer than interval.', '每轮末尾不足一个间隔的迭代不记录日志。'),
  },
  {
    path: dh('logger', 'interval_exp_name'),
    type: { kind: 'int', min: 1 },
    mmcvDefault: 1000,
    visibleWhen: hookOn('logger'),
    label: t('Experiment name interval', '实验名间隔'),
    help: t('Logs the experiment name every this many iterations.', '每隔这么多次迭代打印一次实验名。'),
  },
  {
    path: dh('logger', 'out_dir'),
    type: { kind: 'str' },
    nullable: true,
    mmcvDefault: null,
    visibleWhen: hookOn('logger'),
    label: t('Output directory', '输出目录'),
    help: t('If set, logs are also copied to out_dir after training.', '若设置，训练后日志也会复制到 out_dir。'),
  },
  {
    path: dh('logger', 'keep_local'),
    type: { kind: 'bool' },
    mmcvDefault: true,
    visibleWhen: hookOn('logger'),
    label: t('Keep local', '保留本地'),
    help: t('Keeps the local log when out_dir is set.', '设置 out_dir 时仍保留本地日志。'),
  },
  {
    path: dh('logger', 'log_metric_by_epoch'),
    type: { kind: 'bool' },
    mmcvDefault: true,
    visibleWhen: hookOn('logger'),
    label: t('Log metric by epoch', '按轮记录指标'),
    help: t('Records validation metrics against the epoch (EpochBasedTrainLoop) instead of the iteration.', '验证指标按轮（EpochBasedTrainLoop）而不是按迭代记录。'),
  },
];

const checkpointFields: FieldSpec[] = [
  {
    path: dh('checkpoint', 'interval'),
    type: { kind: 'int' },
    mmcvDefault: -1,
    visibleWhen: hookOn('checkpoint'),
    label: t('Checkpoint interval', '保存间隔'),
    help: t('Saves every this many epochs (or iterations); -1 saves none periodically.', '每隔这么多轮（或迭代）保存一次；-1 表示不定期保存。'),
  },
  {
    path: dh('checkpoint', 'by_epoch'),
    type: { kind: 'bool' },
    mmcvDefault: true,
    visibleWhen: hookOn('checkpoint'),
    label: t('By epoch', '按轮'),
    help: t('interval counts epochs when True, iterations when False.', '为 True 时 interval 以轮计，否则以迭代计。'),
  },
  {
    path: dh('checkpoint', 'save_best'),
    type: { kind: 'str-list', allowScalar: true },
    nullable: true,
    mmcvDefault: null,
    visibleWhen: hookOn('checkpoint'),
    label: t('Save best', '保存最优'),
    help: t("Metric(s) to keep the best checkpoint by, e.g. 'coco/bbox_mAP'; 'auto' uses the first metric.", "按其保存最优检查点的指标，如 'coco/bbox_mAP'；'auto' 使用第一个指标。"),
  },
  {
    path: dh('checkpoint', 'rule'),
    type: { kind: 'enum', options: ['greater', 'less'] },
    nullable: true,
    mmcvDefault: null,
    visibleWhen: hookOn('checkpoint'),
    label: t('Comparison rule', '比较规则'),
    help: t("'greater' or 'less' is better for save_best; None infers it from the metric name.", "save_best 中越大（'greater'）或越小（'less'）越好；None 时由指标名推断。"),
  },
  {
    path: dh('checkpoint', 'max_keep_ckpts'),
    type: { kind: 'int' },
    mmcvDefault: -1,
    visibleWhen: hookOn('checkpoint'),
    label: t('Max kept checkpoints', '最多保留数'),
    help: t('Keeps only the newest this many checkpoints; -1 keeps all.', '只保留最新的这么多个检查点；-1 表示全部保留。'),
  },
  {
    path: dh('checkpoint', 'save_last'),
    type: { kind: 'bool' },
    mmcvDefault: true,
    visibleWhen: hookOn('checkpoint'),
    label: t('Save last', '保存最后'),
    help: t('Also saves the last checkpoint when it does not fall on the interval.', '最后一个检查点不在间隔上时也保存。'),
  },
  {
    path: dh('checkpoint', 'save_begin'),
    type: { kind: 'int', min: 0 },
    mmcvDefault: 0,
    visibleWhen: hookOn('checkpoint'),
    label: t('Save begin', '开始保存'),
    help: t('The epoch (or iteration) from which checkpoints are saved.', '从第几轮（或迭代）开始保存检查点。'),
  },
  {
    path: dh('checkpoint', 'out_dir'),
    type: { kind: 'str' },
    nullable: true,
    mmcvDefault: null,
    visibleWhen: hookOn('checkpoint'),
    label: t('Output directory', '输出目录'),
    help: t('Directory to save checkpoints in; None means work_dir.', '保存检查点的目录；None 表示 work_dir。'),
  },
  {
    path: dh('checkpoint', 'save_optimizer'),
    type: { kind: 'bool' },
    mmcvDefault: true,
    visibleWhen: hookOn('checkpoint'),
    label: t('Save optimizer', '保存优化器'),
    help: t('Saves the optimizer state so training can resume.', '保存优化器状态以便恢复训练。'),
  },
  {
    path: dh('checkpoint', 'save_param_scheduler'),
    type: { kind: 'bool' },
    mmcvDefault: true,
    visibleWhen: hookOn('checkpoint'),
    label: t('Save scheduler', '保存调度器'),
    help: t('Saves the param schedulers state so training can resume.', '保存参数调度器状态以便恢复训练。'),
  },
];

const visualizationFields: FieldSpec[] = [
  {
    path: dh('visualization', 'draw'),
    type: { kind: 'bool' },
    mmcvDefault: false,
    visibleWhen: hookOn('visualization'),
    label: t('Draw', '绘制'),
    help: t('Draws predictions on validation / test images.', '在验证 / 测试图像上绘制预测结果。'),
  },
  {
    path: dh('visualization', 'interval'),
    type: { kind: 'int', min: 1 },
    mmcvDefault: 50,
    visibleWhen: hookOn('visualization'),
    label: t('Draw interval', '绘制间隔'),
    help: t('Draws every this many validation / test samples.', '每隔这么多个验证 / 测试样本绘制一次。'),
  },
  {
    path: dh('visualization', 'score_thr'),
    type: { kind: 'float', min: 0, max: 1 },
    mmcvDefault: pyFloat(0.3),
    visibleWhen: hookOn('visualization'),
    label: t('Score threshold', '分数阈值'),
    help: t('Draws only boxes and masks scoring above this.', '只绘制分数高于该值的框和掩码。'),
  },
  {
    path: dh('visualization', 'show'),
    type: { kind: 'bool' },
    mmcvDefault: false,
    visibleWhen: hookOn('visualization'),
    label: t('Show', '显示'),
    help: t('Shows the drawn images in a window.', '在窗口中显示绘制的图像。'),
  },
  {
    path: dh('visualization', 'test_out_dir'),
    type: { kind: 'str' },
    nullable: true,
    mmcvDefault: null,
    visibleWhen: hookOn('visualization'),
    label: t('Test output directory', '测试输出目录'),
    help: t('Saves drawn test images under work_dir/timestamp/this directory.', '将测试绘制结果保存到 work_dir/时间戳/该目录下。'),
  },
];

/** `default_hooks = dict(timer=..., logger=..., ...)`: the hooks Runner registers by name. */
export const defaultHooksSection: SectionSpec = {
  id: 'default_hooks',
  title: t('Default hooks', '默认钩子'),
  help: t('Timer, logging, scheduler stepping, checkpoints, sampler seed and visualization; None disables one.', '计时、日志、调度器更新、检查点、采样器种子与可视化；设为 None 即禁用。'),
  fields: [...typeFields, ...loggerFields, ...checkpointFields, ...visualizationFields],
};
