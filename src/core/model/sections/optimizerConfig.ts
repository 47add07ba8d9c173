import type { PyValue } from '../../python/value.ts';
import { isPyDict, pyFloat } from '../../python/value.ts';
import type { FieldSpec, SectionSpec } from '../fieldSpec.ts';
import { showWhen, t } from './text.ts';

/** The optimizer hooks MMCV 1.7.2 registers (`mmcv/runner/hooks/optimizer.py`). */
export const optimizerHookTypes = ['OptimizerHook', 'Fp16OptimizerHook', 'GradientCumulativeOptimizerHook', 'GradientCumulativeFp16OptimizerHook'] as const;

const gradClipOn = (section: Readonly<Record<string, PyValue>>): boolean => isPyDict(section.grad_clip);

const fields: FieldSpec[] = [
  {
    path: ['optimizer_config', 'type'],
    type: { kind: 'enum', options: optimizerHookTypes, free: true },
    mmcvDefault: 'OptimizerHook',
    label: t('Optimizer hook', '优化器钩子'),
    help: t('Hook that runs backward and optimizer.step(); Fp16 / GradientCumulative variants add mixed precision or accumulation.', '执行反向传播与 optimizer.step() 的钩子；Fp16 / GradientCumulative 变体提供混合精度或梯度累积。'),
  },
  {
    path: ['optimizer_config', 'grad_clip'],
    type: { kind: 'optional-dict', enabledValue: { max_norm: 35, norm_type: 2 } },
    nullable: true,
    mmcvDefault: null,
    label: t('Gradient clipping', '梯度裁剪'),
    help: t('A dict of torch clip_grad_norm_ arguments, or None for no clipping.', '传给 torch clip_grad_norm_ 的参数字典；None 表示不裁剪。'),
  },
  {
    path: ['optimizer_config', 'grad_clip', 'max_norm'],
    type: { kind: 'float', min: 0, minExclusive: true },
    required: true,
    visibleWhen: gradClipOn,
    label: t('Max norm', '最大范数'),
    help: t('Gradients are rescaled so their total norm is at most this value.', '梯度被缩放，使其总范数不超过该值。'),
  },
  {
    path: ['optimizer_config', 'grad_clip', 'norm_type'],
    type: { kind: 'float', min: 0, minExclusive: true },
    mmcvDefault: pyFloat(2),
    visibleWhen: gradClipOn,
    label: t('Norm type', '范数类型'),
    help: t("Type of the p-norm used (2 for L2; float('inf') for the max norm).", "所用 p 范数的类型（2 为 L2；float('inf') 为最大值范数）。"),
  },
  {
    path: ['optimizer_config', 'detect_anomalous_params'],
    type: { kind: 'bool' },
    mmcvDefault: false,
    label: t('Detect anomalous params', '检测异常参数'),
    help: t('Debug only: reports parameters not used to compute the loss; slows training.', '仅用于调试：报告未参与损失计算的参数；会拖慢训练。'),
  },
  {
    path: ['optimizer_config', 'cumulative_iters'],
    type: { kind: 'int', min: 1 },
    mmcvDefault: 1,
    visibleWhen: showWhen('type', ['GradientCumulativeOptimizerHook', 'GradientCumulativeFp16OptimizerHook']),
    label: t('Cumulative iterations', '梯度累积次数'),
    help: t('The optimizer steps every this many iterations, simulating a larger batch.', '每累积这么多次迭代才执行一次优化器更新，以模拟更大的 batch。'),
  },
  {
    path: ['optimizer_config', 'loss_scale'],
    type: { kind: 'literal' },
    mmcvDefault: pyFloat(512),
    visibleWhen: showWhen('type', ['Fp16OptimizerHook', 'GradientCumulativeFp16OptimizerHook']),
    label: t('Loss scale', '损失缩放'),
    help: t("Static loss scale (a float), 'dynamic', or a dict of GradScaler arguments.", "静态损失缩放系数（浮点数）、'dynamic'，或 GradScaler 参数字典。"),
  },
  {
    path: ['optimizer_config', '_delete_'],
    type: { kind: 'bool' },
    mmcvDefault: false,
    label: t('Replace inherited (_delete_)', '替换继承值（_delete_）'),
    help: t('Replaces the optimizer_config of the _base_ files instead of merging into it.', '替换 _base_ 文件中的 optimizer_config，而不是与之合并。'),
  },
];

/** `optimizer_config = dict(...)`: the arguments of MMCV's OptimizerHook family. */
export const optimizerConfigSection: SectionSpec = {
  id: 'optimizer_config',
  title: t('Optimizer hook', '优化器钩子'),
  help: t('How each training step updates weights: gradient clipping, mixed precision, accumulation.', '每个训练步如何更新权重：梯度裁剪、混合精度、梯度累积。'),
  fields,
};
