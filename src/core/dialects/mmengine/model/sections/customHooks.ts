import { pyFloat, pyTuple } from '../../../../python/value.ts';
import type { FieldSpec, HookTypeSpec, SectionSpec } from '../../../../model/fieldSpec.ts';
import { t } from '../../../../model/sections/text.ts';

// Every hook built from a dict may set its priority in the runner's hook order.
const priority: FieldSpec = {
  path: ['priority'],
  type: { kind: 'literal' },
  mmcvDefault: 'NORMAL',
  label: t('Priority', '优先级'),
  help: t("Order among hooks: a name ('HIGH', 'NORMAL', 'LOW', ...) or an int 0–100, lower runs first.", "钩子间的顺序：名称（'HIGH'、'NORMAL'、'LOW' 等）或 0–100 的整数，越小越先执行。"),
};

/** The custom hooks of MMEngine 0.10.7 and MMDetection 3.3 the form offers; others stay editable as literals. */
export const customHookTypes: readonly HookTypeSpec[] = [
  {
    type: 'EMAHook',
    label: t('EMA', '指数滑动平均'),
    help: t('Keeps an exponential moving average of the model weights, used for validation and saved in checkpoints.', '维护模型权重的指数滑动平均，用于验证并存入检查点。'),
    args: [
      { path: ['ema_type'], type: { kind: 'enum', options: ['ExponentialMovingAverage', 'ExpMomentumEMA', 'MomentumAnnealingEMA', 'StochasticWeightAverage'], free: true }, mmcvDefault: 'ExponentialMovingAverage', label: t('EMA type', 'EMA 类型'), help: t('Averaging model class in the MODELS registry.', 'MODELS 注册表中的平均模型类。') },
      { path: ['momentum'], type: { kind: 'float', min: 0, max: 1 }, mmcvDefault: pyFloat(0.0002), label: t('Momentum', '动量'), help: t('Weight of the current model in each update (averaged = (1 - m) × averaged + m × current).', '每次更新中当前模型的权重（平均 = (1 - m) × 平均 + m × 当前）。') },
      { path: ['update_buffers'], type: { kind: 'bool' }, mmcvDefault: false, label: t('Update buffers', '更新缓冲区'), help: t('Also averages buffers such as BatchNorm statistics.', '同时平均 BatchNorm 统计量等缓冲区。') },
      { path: ['begin_iter'], type: { kind: 'int', min: 0 }, mmcvDefault: 0, label: t('Begin iteration', '开始迭代'), help: t('Iteration from which averaging starts.', '从该次迭代开始平均。') },
      { path: ['begin_epoch'], type: { kind: 'int', min: 0 }, mmcvDefault: 0, label: t('Begin epoch', '开始轮'), help: t('Epoch from which averaging starts.', '从该轮开始平均。') },
      { path: ['strict_load'], type: { kind: 'bool' }, mmcvDefault: false, label: t('Strict load', '严格加载'), help: t('Loads the EMA weights from a checkpoint strictly.', '从检查点严格加载 EMA 权重。') },
      priority,
    ],
  },
  {
    type: 'PipelineSwitchHook',
    label: t('Pipeline switch', '切换数据流水线'),
    help: t('Switches the training pipeline at an epoch (RTMDet turns off strong augmentation at the end).', '在某一轮切换训练数据流水线（RTMDet 在末期关闭强增强）。'),
    args: [
      { path: ['switch_epoch'], type: { kind: 'int', min: 0 }, required: true, label: t('Switch epoch', '切换轮'), help: t('Epoch at which the pipeline is switched.', '切换流水线的轮数。') },
      { path: ['switch_pipeline'], type: { kind: 'literal' }, required: true, label: t('New pipeline', '新流水线'), help: t('The list of transforms used from switch_epoch on.', '从 switch_epoch 起使用的变换列表。') },
      priority,
    ],
  },
  {
    type: 'YOLOXModeSwitchHook',
    label: t('YOLOX mode switch', 'YOLOX 模式切换'),
    help: t('Turns off mosaic / mixup and adds L1 loss for the last epochs (mmdet).', '在最后若干轮关闭 mosaic / mixup 并加入 L1 损失（mmdet）。'),
    args: [
      { path: ['num_last_epochs'], type: { kind: 'int', min: 0 }, mmcvDefault: 15, label: t('Last epochs', '最后轮数'), help: t('Number of final epochs without the strong augmentations.', '不使用强增强的最后轮数。') },
      { path: ['skip_type_keys'], type: { kind: 'literal' }, mmcvDefault: pyTuple(['Mosaic', 'RandomAffine', 'MixUp']), label: t('Skipped transforms', '跳过的变换'), help: t('Transforms dropped from the pipeline in the last epochs.', '最后若干轮中从流水线去掉的变换。') },
      priority,
    ],
  },
  {
    type: 'SyncNormHook',
    label: t('Sync norm', '同步归一化统计'),
    help: t('Synchronizes norm layer statistics across GPUs before validation (mmdet).', '验证前在各 GPU 间同步归一化层统计量（mmdet）。'),
    args: [priority],
  },
  {
    type: 'CheckInvalidLossHook',
    label: t('Check invalid loss', '检查无效损失'),
    help: t('Stops training when the loss becomes NaN or infinite (mmdet).', '损失变为 NaN 或无穷时停止训练（mmdet）。'),
    args: [{ path: ['interval'], type: { kind: 'int', min: 1 }, mmcvDefault: 50, label: t('Interval', '间隔'), help: t('Checks every this many iterations.', '每隔这么多次迭代检查一次。') }, priority],
  },
  {
    type: 'NumClassCheckHook',
    label: t('Class count check', '类别数检查'),
    help: t("Checks that the heads' num_classes matches the dataset's classes (mmdet).", '检查检测头的 num_classes 与数据集类别数一致（mmdet）。'),
    args: [priority],
  },
  {
    type: 'EmptyCacheHook',
    label: t('Empty CUDA cache', '清空 CUDA 缓存'),
    help: t('Calls torch.cuda.empty_cache() at the chosen points.', '在所选时机调用 torch.cuda.empty_cache()。'),
    args: [
      { path: ['before_epoch'], type: { kind: 'bool' }, mmcvDefault: false, label: t('Before epoch', '每轮前'), help: t('Empties the cache before each epoch.', '每轮开始前清空缓存。') },
      { path: ['after_epoch'], type: { kind: 'bool' }, mmcvDefault: true, label: t('After epoch', '每轮后'), help: t('Empties the cache after each epoch.', '每轮结束后清空缓存。') },
      { path: ['after_iter'], type: { kind: 'bool' }, mmcvDefault: false, label: t('After iteration', '每次迭代后'), help: t('Empties the cache after each iteration.', '每次迭代后清空缓存。') },
      priority,
    ],
  },
  {
    type: 'SyncBuffersHook',
    label: t('Sync buffers', '同步缓冲区'),
    help: t('Synchronizes model buffers such as BatchNorm statistics across GPUs after each epoch.', '每轮结束后在各 GPU 间同步 BatchNorm 统计量等模型缓冲区。'),
    args: [priority],
  },
];

/** `custom_hooks = [dict(type=...), ...]`: extra hooks registered after the default ones. */
export const customHooksSection: SectionSpec = {
  id: 'custom_hooks',
  title: t('Custom hooks', '自定义钩子'),
  help: t('Extra hooks such as EMA or pipeline switching, in addition to default_hooks.', 'default_hooks 之外的额外钩子，如 EMA 或流水线切换。'),
  fields: [
    {
      path: ['custom_hooks'],
      type: { kind: 'hook-list', hookTypes: customHookTypes },
      mmcvDefault: [],
      label: t('Custom hooks', '自定义钩子'),
      help: t('Hooks built from these dicts and registered by priority.', '由这些字典构建并按优先级注册的钩子。'),
    },
  ],
};
