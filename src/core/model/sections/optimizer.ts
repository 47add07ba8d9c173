import type { PyValue } from '../../python/value.ts';
import { pyFloat, pyTuple } from '../../python/value.ts';
import type { FieldSpec, SectionSpec } from '../fieldSpec.ts';
import { showWhen, t } from './text.ts';
import { paramwiseFields } from './paramwiseFields.ts';

/** The torch.optim classes the form knows; any other registered name may be typed in. */
export const optimizerTypes = ['SGD', 'Adam', 'AdamW', 'RMSprop'] as const;

const onlyFor = (...types: string[]) => showWhen('type', types);

// PyTorch's own defaults differ per class (AdamW decays by 0.01, SGD by 0); ints where torch writes 0.
const torchDefaults: Readonly<Record<string, Readonly<Record<string, PyValue>>>> = {
  SGD: { momentum: 0, weight_decay: 0, nesterov: false },
  Adam: { lr: 0.001, eps: 1e-8, weight_decay: 0, amsgrad: false },
  AdamW: { lr: 0.001, eps: 1e-8, weight_decay: 0.01, amsgrad: false },
  RMSprop: { lr: 0.01, alpha: 0.99, eps: 1e-8, momentum: 0, weight_decay: 0 },
};

function torchDefault(arg: string): FieldSpec['mmcvDefaultFor'] {
  return (section) => (typeof section.type === 'string' ? torchDefaults[section.type]?.[arg] : undefined);
}

const fields: FieldSpec[] = [
  {
    path: ['optimizer', 'type'],
    type: { kind: 'enum', options: optimizerTypes, free: true },
    required: true,
    label: t('Optimizer', '优化器'),
    help: t('Name of the optimizer class in torch.optim (or one registered in OPTIMIZERS).', 'torch.optim 中（或已注册到 OPTIMIZERS）的优化器类名。'),
  },
  {
    path: ['optimizer', 'lr'],
    type: { kind: 'float', min: 0, minExclusive: true },
    required: true,
    mmcvDefaultFor: torchDefault('lr'),
    label: t('Learning rate', '学习率'),
    help: t('Base learning rate; LR policies and warmup scale this value.', '基础学习率；学习率策略和预热都以它为基准缩放。'),
  },
  {
    path: ['optimizer', 'momentum'],
    type: { kind: 'float', min: 0 },
    mmcvDefaultFor: torchDefault('momentum'),
    visibleWhen: onlyFor('SGD', 'RMSprop'),
    label: t('Momentum', '动量'),
    help: t('Momentum factor of SGD / RMSprop.', 'SGD / RMSprop 的动量系数。'),
  },
  {
    path: ['optimizer', 'weight_decay'],
    type: { kind: 'float', min: 0 },
    mmcvDefaultFor: torchDefault('weight_decay'),
    label: t('Weight decay', '权重衰减'),
    help: t('L2 penalty (decoupled weight decay for AdamW).', 'L2 正则系数（AdamW 中为解耦的权重衰减）。'),
  },
  {
    path: ['optimizer', 'nesterov'],
    type: { kind: 'bool' },
    mmcvDefault: false,
    visibleWhen: onlyFor('SGD'),
    label: t('Nesterov', 'Nesterov 动量'),
    help: t('Enables Nesterov momentum (needs momentum > 0).', '启用 Nesterov 动量（需要 momentum > 0）。'),
  },
  {
    path: ['optimizer', 'betas'],
    type: { kind: 'float-tuple', length: 2 },
    mmcvDefault: pyTuple([pyFloat(0.9), pyFloat(0.999)]),
    visibleWhen: onlyFor('Adam', 'AdamW'),
    label: t('Betas', 'Betas'),
    help: t('Coefficients for the running averages of the gradient and its square.', '计算梯度及其平方的滑动平均所用的系数。'),
  },
  {
    path: ['optimizer', 'eps'],
    type: { kind: 'float', min: 0 },
    mmcvDefaultFor: torchDefault('eps'),
    visibleWhen: onlyFor('Adam', 'AdamW', 'RMSprop'),
    label: t('Epsilon', 'Epsilon'),
    help: t('Term added to the denominator for numerical stability.', '加到分母上以保证数值稳定的小量。'),
  },
  {
    path: ['optimizer', 'amsgrad'],
    type: { kind: 'bool' },
    mmcvDefault: false,
    visibleWhen: onlyFor('Adam', 'AdamW'),
    label: t('AMSGrad', 'AMSGrad'),
    help: t('Uses the AMSGrad variant of Adam.', '使用 Adam 的 AMSGrad 变体。'),
  },
  {
    path: ['optimizer', 'alpha'],
    type: { kind: 'float', min: 0 },
    mmcvDefaultFor: torchDefault('alpha'),
    visibleWhen: onlyFor('RMSprop'),
    label: t('Alpha', 'Alpha'),
    help: t('Smoothing constant of RMSprop.', 'RMSprop 的平滑常数。'),
  },
  ...paramwiseFields(['optimizer'], { flatDecayMult: false }),
  {
    path: ['optimizer', 'constructor'],
    type: { kind: 'str' },
    mmcvDefault: 'DefaultOptimizerConstructor',
    label: t('Constructor', '构造器'),
    help: t('Class in OPTIMIZER_BUILDERS that builds the optimizer and its parameter groups.', 'OPTIMIZER_BUILDERS 中用于构建优化器及参数组的类。'),
  },
];

/** `optimizer = dict(...)`: built by mmcv `build_optimizer` / `DefaultOptimizerConstructor`. */
export const optimizerSection: SectionSpec = {
  id: 'optimizer',
  title: t('Optimizer', '优化器'),
  help: t('The torch optimizer and per-parameter learning rate / weight decay multipliers.', 'PyTorch 优化器及按参数设置的学习率、权重衰减倍数。'),
  fields,
};
