/**
 * The `paramwise_cfg` fields both optimizer constructors read (MMCV 1.x DefaultOptimizerConstructor
 * under `optimizer`, MMEngine DefaultOptimWrapperConstructor under `optim_wrapper`); only MMEngine
 * knows `flat_decay_mult`.
 */
import { pyFloat } from '../../python/value.ts';
import type { FieldSpec } from '../fieldSpec.ts';
import { t } from './text.ts';

const multipliers = [
  ['bias_lr_mult', 'Bias LR multiplier', '偏置学习率倍数', 'Multiplies the learning rate of all bias parameters (except norm and DCN offset layers).', '所有偏置参数的学习率倍数（归一化层和 DCN offset 层除外）。'],
  ['bias_decay_mult', 'Bias decay multiplier', '偏置衰减倍数', 'Multiplies the weight decay of all bias parameters (except norm and depthwise conv layers).', '所有偏置参数的权重衰减倍数（归一化层和深度卷积层除外）。'],
  ['norm_decay_mult', 'Norm decay multiplier', '归一化层衰减倍数', 'Multiplies the weight decay of weights and biases of normalization layers.', '归一化层权重与偏置的权重衰减倍数。'],
  ['dwconv_decay_mult', 'Depthwise conv decay multiplier', '深度卷积衰减倍数', 'Multiplies the weight decay of depthwise convolution layers.', '深度卷积层的权重衰减倍数。'],
  ['flat_decay_mult', 'Flat decay multiplier', '一维参数衰减倍数', 'Multiplies the weight decay of one-dimensional parameters.', '一维参数的权重衰减倍数。'],
  ['dcn_offset_lr_mult', 'DCN offset LR multiplier', 'DCN offset 学习率倍数', 'Multiplies the learning rate of deformable convolution offset layers.', '可变形卷积 offset 层的学习率倍数。'],
] as const;

/** `custom_keys`, the multipliers and `bypass_duplicate` under `owner` (the path of the optimizer's dict). */
export function paramwiseFields(owner: readonly string[], opts: { flatDecayMult: boolean }): FieldSpec[] {
  const at = (key: string) => [...owner, 'paramwise_cfg', key];
  return [
    {
      path: at('custom_keys'),
      type: { kind: 'custom-keys' },
      mmcvDefault: {},
      label: t('Custom keys', '自定义参数组'),
      help: t('Per-parameter lr_mult / decay_mult for parameters whose name contains the key (longest key wins).', '参数名包含该键的参数使用各自的 lr_mult / decay_mult（匹配最长的键）。'),
    },
    ...multipliers
      .filter(([key]) => opts.flatDecayMult || key !== 'flat_decay_mult')
      .map(
        ([key, en, zh, helpEn, helpZh]): FieldSpec => ({
          path: at(key),
          type: { kind: 'float', min: 0 },
          mmcvDefault: pyFloat(1),
          label: t(en, zh),
          help: t(helpEn, helpZh),
        }),
      ),
    {
      path: at('bypass_duplicate'),
      type: { kind: 'bool' },
      mmcvDefault: false,
      label: t('Bypass duplicate', '跳过重复参数'),
      help: t('Skips parameters that appear more than once instead of raising (e.g. shared heads).', '遇到重复出现的参数时跳过而不报错（如共享的检测头）。'),
    },
  ];
}
