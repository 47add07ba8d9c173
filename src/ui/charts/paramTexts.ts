import type { ParamKind } from '../../core/index.ts';
import type { Language } from '../../store/uiSlice.ts';

/** Texts of the weight-decay / other-parameter charts, paramwise groups, ReduceOnPlateau metrics and log points. */
export const paramTexts = {
  en: {
    weightDecay: 'Weight decay',
    otherParam: (name: string) => `Scheduled ${name}`,
    paramwiseNote:
      'Groups named after parameter kinds come from paramwise_cfg (bias_lr_mult, bias_decay_mult, norm_decay_mult, dwconv_decay_mult, dcn_offset_lr_mult, flat_decay_mult). Which parameters fall in them depends on the model; parameters a custom key matches follow that key instead.',
    kinds: {
      bias: 'bias params',
      normWeight: 'norm weights',
      normBias: 'norm biases',
      dwconvWeight: 'depthwise conv weights',
      dwconvBias: 'depthwise conv biases',
      dcnOffset: 'DCN offset convs',
      flat: 'other 1-D params',
    } satisfies Record<ParamKind, string>,
    normParams: 'norm params',
    dwconvParams: 'depthwise conv params',
    mults: (lr: string, wd: string | null) => (wd === null ? `lr ×${lr}` : `lr ×${lr}, wd ×${wd}`),
    plateauLabel: (monitor: string) => `ReduceOnPlateau: ${monitor} at each validation`,
    plateauPlaceholder: 'e.g. 0.9, 0.85, 0.86, 0.84',
    plateauHelp: 'Comma-separated, one value per validation run (train_cfg.val_interval). Left empty, the values of a dropped training log are used when it has them.',
    plateauTyped: (n: number) => `Using the ${n} values typed.`,
    plateauFromLog: (n: number, key: string) => `Using ${n} values of ${key} from the training log.`,
    plateauNone: 'No metric values: drawn as if no reduction happened.',
    plateauBad: (pieces: string) => `Not numbers, left out: ${pieces}`,
    loggedLr: 'logged lr',
    loggedMomentum: 'logged momentum',
    logItersDiffer: (log: number, chart: number) => `The log has ${log} iterations per epoch, the chart ${chart}: its points sit where the log puts them (the Training log panel offers to use the log's value).`,
  },
  zh: {
    weightDecay: '权重衰减',
    otherParam: (name: string) => `调度的 ${name}`,
    paramwiseNote:
      '以参数类别命名的分组来自 paramwise_cfg（bias_lr_mult、bias_decay_mult、norm_decay_mult、dwconv_decay_mult、dcn_offset_lr_mult、flat_decay_mult）。哪些参数属于这些分组取决于模型；被 custom_keys 匹配的参数按该键设置。',
    kinds: {
      bias: '偏置参数',
      normWeight: '归一化层权重',
      normBias: '归一化层偏置',
      dwconvWeight: '深度卷积权重',
      dwconvBias: '深度卷积偏置',
      dcnOffset: 'DCN 偏移卷积',
      flat: '其他一维参数',
    } satisfies Record<ParamKind, string>,
    normParams: '归一化层参数',
    dwconvParams: '深度卷积参数',
    mults: (lr: string, wd: string | null) => (wd === null ? `lr ×${lr}` : `lr ×${lr}，wd ×${wd}`),
    plateauLabel: (monitor: string) => `ReduceOnPlateau：每次验证的 ${monitor}`,
    plateauPlaceholder: '例如 0.9, 0.85, 0.86, 0.84',
    plateauHelp: '以逗号分隔，每次验证（train_cfg.val_interval）一个值。留空时，使用已拖入的训练日志中的值（如有）。',
    plateauTyped: (n: number) => `使用输入的 ${n} 个值。`,
    plateauFromLog: (n: number, key: string) => `使用训练日志中 ${key} 的 ${n} 个值。`,
    plateauNone: '没有指标值：按未发生衰减绘制。',
    plateauBad: (pieces: string) => `以下不是数字，已忽略：${pieces}`,
    loggedLr: '日志中的 lr',
    loggedMomentum: '日志中的动量',
    logItersDiffer: (log: number, chart: number) => `日志每个 epoch 有 ${log} 次迭代，图表按 ${chart} 次：圆点按日志的位置绘制（“训练日志”面板可改用日志的值）。`,
  },
} as const;

export function paramTextsFor(language: Language): (typeof paramTexts)['en'] | (typeof paramTexts)['zh'] {
  return paramTexts[language];
}
