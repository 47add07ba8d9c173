import type { PyValue } from '../../../../python/value.ts';
import { isPyDict, pyFloat, pyTuple } from '../../../../python/value.ts';
import type { FieldSpec, SectionSpec } from '../../../../model/fieldSpec.ts';
import { optimizerTypes } from '../../../../model/sections/optimizer.ts';
import { showWhen, t } from '../../../../model/sections/text.ts';
import { paramwiseFields } from '../../../../model/sections/paramwiseFields.ts';

/** The optimizer wrappers MMEngine 0.10.7 registers for single-model training. */
export const optimWrapperTypes = ['OptimWrapper', 'AmpOptimWrapper'] as const;

type Section = Readonly<Record<string, PyValue>>;

function optimizerOf(section: Section): Section {
  const optimizer = section.optimizer;
  return isPyDict(optimizer) ? optimizer : {};
}

/** Shown for the listed optimizer classes (`optim_wrapper.optimizer.type`). */
const forOptimizer = (...types: string[]) => (section: Section) => {
  const type = optimizerOf(section).type;
  return typeof type === 'string' && types.includes(type);
};

const clipOf = (section: Section): Section | undefined => (isPyDict(section.clip_grad) ? section.clip_grad : undefined);
const clipIs = (type: 'norm' | 'value') => (section: Section) => {
  const clip = clipOf(section);
  return clip !== undefined && (clip.type ?? 'norm') === type;
};

// PyTorch's per-class defaults (AdamW decays by 0.01, SGD by 0).
const torchDefaults: Readonly<Record<string, Readonly<Record<string, PyValue>>>> = {
  SGD: { momentum: 0, weight_decay: 0, nesterov: false },
  Adam: { lr: pyFloat(0.001), eps: pyFloat(1e-8), weight_decay: 0 },
  AdamW: { lr: pyFloat(0.001), eps: pyFloat(1e-8), weight_decay: pyFloat(0.01) },
  RMSprop: { lr: pyFloat(0.01), eps: pyFloat(1e-8), momentum: 0, weight_decay: 0 },
};

function torchDefault(name: string): FieldSpec['mmcvDefaultFor'] {
  return (section) => {
    const type = optimizerOf(section).type;
    return typeof type === 'string' ? torchDefaults[type]?.[name] : undefined;
  };
}

const ow = (...rest: string[]) => ['optim_wrapper', ...rest];

const optimizerFields: FieldSpec[] = [
  {
    path: ow('optimizer', 'type'),
    type: { kind: 'enum', options: optimizerTypes, free: true },
    required: true,
    label: t('Optimizer', '优化器'),
    help: t('Optimizer class in the OPTIMIZERS registry (torch.optim classes are registered).', 'OPTIMIZERS 注册表中的优化器类（torch.optim 的类均已注册）。'),
  },
  {
    path: ow('optimizer', 'lr'),
    type: { kind: 'float', min: 0, minExclusive: true },
    required: true,
    mmcvDefaultFor: torchDefault('lr'),
    label: t('Learning rate', '学习率'),
    help: t('Base learning rate; param schedulers scale this value.', '基础学习率；参数调度器以它为基准缩放。'),
  },
  {
    path: ow('optimizer', 'momentum'),
    type: { kind: 'float', min: 0 },
    mmcvDefaultFor: torchDefault('momentum'),
    visibleWhen: forOptimizer('SGD', 'RMSprop'),
    label: t('Momentum', '动量'),
    help: t('Momentum factor of SGD / RMSprop.', 'SGD / RMSprop 的动量系数。'),
  },
  {
    path: ow('optimizer', 'weight_decay'),
    type: { kind: 'float', min: 0 },
    mmcvDefaultFor: torchDefault('weight_decay'),
    label: t('Weight decay', '权重衰减'),
    help: t('L2 penalty (decoupled weight decay for AdamW).', 'L2 正则系数（AdamW 中为解耦的权重衰减）。'),
  },
  {
    path: ow('optimizer', 'nesterov'),
    type: { kind: 'bool' },
    mmcvDefault: false,
    visibleWhen: forOptimizer('SGD'),
    label: t('Nesterov', 'Nesterov 动量'),
    help: t('Enables Nesterov momentum (needs momentum > 0).', '启用 Nesterov 动量（需要 momentum > 0）。'),
  },
  {
    path: ow('optimizer', 'betas'),
    type: { kind: 'float-tuple', length: 2 },
    mmcvDefault: pyTuple([pyFloat(0.9), pyFloat(0.999)]),
    visibleWhen: forOptimizer('Adam', 'AdamW'),
    label: t('Betas', 'Betas'),
    help: t('Coefficients for the running averages of the gradient and its square.', '计算梯度及其平方的滑动平均所用的系数。'),
  },
  {
    path: ow('optimizer', 'eps'),
    type: { kind: 'float', min: 0 },
    mmcvDefaultFor: torchDefault('eps'),
    visibleWhen: forOptimizer('Adam', 'AdamW', 'RMSprop'),
    label: t('Epsilon', 'Epsilon'),
    help: t('Term added to the denominator for numerical stability.', '加到分母上以保证数值稳定的小量。'),
  },
];

const wrapperFields: FieldSpec[] = [
  {
    path: ow('type'),
    type: { kind: 'enum', options: optimWrapperTypes, free: true },
    mmcvDefault: 'OptimWrapper',
    label: t('Optimizer wrapper', '优化器封装'),
    help: t('OptimWrapper runs backward and step; AmpOptimWrapper adds automatic mixed precision.', 'OptimWrapper 负责反向传播与更新；AmpOptimWrapper 额外启用自动混合精度。'),
  },
  {
    path: ow('accumulative_counts'),
    type: { kind: 'int', min: 1 },
    mmcvDefault: 1,
    label: t('Accumulative counts', '梯度累积次数'),
    help: t('Updates parameters every this many iterations, accumulating gradients in between.', '每隔这么多次迭代更新一次参数，其间累积梯度。'),
  },
  {
    path: ow('clip_grad'),
    type: { kind: 'optional-dict', enabledValue: { max_norm: 35, norm_type: 2 } },
    nullable: true,
    mmcvDefault: null,
    label: t('Gradient clipping', '梯度裁剪'),
    help: t("None, or a dict: type='norm' (default) for clip_grad_norm_, 'value' for clip_grad_value_.", "None，或字典：type='norm'（默认）调用 clip_grad_norm_，'value' 调用 clip_grad_value_。"),
  },
  {
    path: ow('clip_grad', 'type'),
    type: { kind: 'enum', options: ['norm', 'value'] },
    mmcvDefault: 'norm',
    visibleWhen: (s) => clipOf(s) !== undefined,
    label: t('Clip type', '裁剪方式'),
    help: t("'norm' rescales by the total norm; 'value' clamps each gradient element.", "'norm' 按总范数缩放；'value' 逐元素截断梯度。"),
  },
  {
    path: ow('clip_grad', 'max_norm'),
    type: { kind: 'float', min: 0, minExclusive: true },
    required: true,
    visibleWhen: clipIs('norm'),
    label: t('Max norm', '最大范数'),
    help: t('Gradients are rescaled so their total norm is at most this value.', '梯度被缩放，使其总范数不超过该值。'),
  },
  {
    path: ow('clip_grad', 'norm_type'),
    type: { kind: 'float', min: 0, minExclusive: true },
    mmcvDefault: pyFloat(2),
    visibleWhen: clipIs('norm'),
    label: t('Norm type', '范数类型'),
    help: t("Type of the p-norm used (2 for L2; float('inf') for the max norm).", "所用 p 范数的类型（2 为 L2；float('inf') 为最大值范数）。"),
  },
  {
    path: ow('clip_grad', 'clip_value'),
    type: { kind: 'float', min: 0, minExclusive: true },
    required: true,
    visibleWhen: clipIs('value'),
    label: t('Clip value', '截断值'),
    help: t('Gradient elements are clamped to [-clip_value, clip_value].', '梯度元素被截断到 [-clip_value, clip_value]。'),
  },
  {
    path: ow('loss_scale'),
    type: { kind: 'literal' },
    mmcvDefault: 'dynamic',
    visibleWhen: showWhen('type', ['AmpOptimWrapper']),
    label: t('Loss scale', '损失缩放'),
    help: t("'dynamic' (GradScaler defaults), a number (static scale), or a dict of GradScaler arguments.", "'dynamic'（GradScaler 默认参数）、数字（静态缩放系数），或 GradScaler 参数字典。"),
  },
  {
    path: ow('dtype'),
    type: { kind: 'enum', options: ['float16', 'bfloat16'] },
    nullable: true,
    mmcvDefault: null,
    visibleWhen: showWhen('type', ['AmpOptimWrapper']),
    label: t('AMP dtype', '混合精度类型'),
    help: t("Data type autocast uses; None means float16 ('bfloat16' needs hardware support).", "autocast 使用的数据类型；None 表示 float16（'bfloat16' 需硬件支持）。"),
  },
  ...paramwiseFields(['optim_wrapper'], { flatDecayMult: true }),
  {
    path: ow('constructor'),
    type: { kind: 'str' },
    mmcvDefault: 'DefaultOptimWrapperConstructor',
    label: t('Constructor', '构造器'),
    help: t('Class in OPTIM_WRAPPER_CONSTRUCTORS that builds the wrapper and its parameter groups.', 'OPTIM_WRAPPER_CONSTRUCTORS 中用于构建优化器封装及参数组的类。'),
  },
];

/** `optim_wrapper = dict(type, optimizer, ...)`: built by MMEngine's DefaultOptimWrapperConstructor. */
export const optimWrapperSection: SectionSpec = {
  id: 'optim_wrapper',
  title: t('Optimizer', '优化器'),
  help: t('The optimizer, its wrapper (mixed precision, accumulation, clipping) and per-parameter multipliers.', '优化器及其封装（混合精度、梯度累积、梯度裁剪）与按参数的倍数设置。'),
  fields: [...wrapperFields.slice(0, 1), ...optimizerFields, ...wrapperFields.slice(1)],
};
