import type { PyValue } from '../../python/value.ts';
import { pyFloat, pyTuple } from '../../python/value.ts';
import type { FieldSpec, SectionSpec } from '../fieldSpec.ts';
import type { LrPolicy } from '../policies.ts';
import { canonicalLrPolicy, iterOnlyPolicies, lrPolicies } from '../policies.ts';
import { hasWarmup, isIterRunner, warmupFields } from './schedulerFields.ts';
import { showWhen, t } from './text.ts';

const forPolicy = (...policies: LrPolicy[]) => showWhen('policy', policies, canonicalLrPolicy);

/** A default that differs per policy (gamma is 0.1 for step, 1 for cyclic, required for exp/inv). */
function perPolicy(values: Partial<Record<LrPolicy, PyValue>>): FieldSpec['mmcvDefaultFor'] {
  return (section) => {
    const policy = canonicalLrPolicy(section.policy);
    return policy === undefined ? undefined : values[policy];
  };
}

// mmdet 2.x registers YOLOXLrUpdaterHook: warmup, cosine, then a flat min_lr_ratio tail.
const isYolox = (section: Readonly<Record<string, unknown>>) => section.policy === 'YOLOX';

const cosineFamily: LrPolicy[] = ['CosineAnnealing', 'FlatCosineAnnealing', 'CosineRestart', 'LinearAnnealing'];

const fields: FieldSpec[] = [
  {
    path: ['lr_config', 'policy'],
    type: { kind: 'enum', options: [...lrPolicies, 'YOLOX'], free: true },
    required: true,
    label: t('LR policy', '学习率策略'),
    help: t("Selects <Policy>LrUpdaterHook; an all-lowercase name is capitalized first ('step' → Step).", "选择 <Policy>LrUpdaterHook；全小写的名字会先首字母大写（'step' → Step）。"),
  },
  {
    path: ['lr_config', 'by_epoch'],
    type: { kind: 'bool' },
    mmcvDefaultFor: (section, config) => {
      const policy = canonicalLrPolicy(section.policy);
      return (policy !== undefined && iterOnlyPolicies.includes(policy)) || isIterRunner(config) ? false : true;
    },
    label: t('By epoch', '按轮更新'),
    help: t('LR changes epoch by epoch (steps count epochs) instead of every iteration.', '学习率按轮（epoch）变化（step 等以轮计），否则每次迭代变化。'),
  },
  ...warmupFields('lr_config', pyFloat(0.1), t('LR used at the beginning of warmup equals warmup_ratio * initial_lr.', '预热开始时的学习率为 warmup_ratio * 初始学习率。')),
  {
    path: ['lr_config', 'warmup_by_epoch'],
    type: { kind: 'bool' },
    mmcvDefault: false,
    visibleWhen: hasWarmup,
    label: t('Warmup by epoch', '按轮预热'),
    help: t('When True, warmup_iters counts epochs instead of iterations.', '为 True 时 warmup_iters 以轮（epoch）计，而不是迭代。'),
  },
  {
    path: ['lr_config', 'step'],
    type: { kind: 'int-list', allowScalar: true },
    required: true,
    visibleWhen: forPolicy('step'),
    label: t('Steps', '衰减节点'),
    help: t('Epochs (or iterations) at which LR decays; a single int is a decay interval.', '学习率衰减的轮数（或迭代数）；单个整数表示每隔多少衰减一次。'),
  },
  {
    path: ['lr_config', 'gamma'],
    type: { kind: 'float', min: 0 },
    mmcvDefaultFor: perPolicy({ step: pyFloat(0.1), cyclic: 1 }),
    visibleWhen: forPolicy('step', 'exp', 'inv', 'cyclic'),
    label: t('Gamma', 'Gamma'),
    help: t('Decay ratio: LR × gamma per step (step/exp), 1/(1+gamma·t)^power (inv), cycle decay in (0, 1] (cyclic).', '衰减系数：step/exp 每次乘以 gamma；inv 为 1/(1+gamma·t)^power；cyclic 为每周期衰减，取值 (0, 1]。'),
  },
  {
    path: ['lr_config', 'min_lr'],
    type: { kind: 'float', min: 0 },
    nullable: true,
    mmcvDefaultFor: perPolicy({ step: null, poly: pyFloat(0), CosineAnnealing: null, FlatCosineAnnealing: null, CosineRestart: null, LinearAnnealing: null }),
    visibleWhen: forPolicy('step', 'poly', ...cosineFamily),
    label: t('Minimum LR', '最小学习率'),
    help: t('LR never goes below this value (cosine/linear: the final LR; give min_lr or min_lr_ratio).', '学习率不低于该值（cosine/linear 为最终学习率；min_lr 与 min_lr_ratio 二选一）。'),
  },
  {
    path: ['lr_config', 'num_last_epochs'],
    type: { kind: 'int', min: 0 },
    required: true,
    visibleWhen: isYolox,
    label: t('Last epochs at minimum LR', '末尾最小学习率轮数'),
    help: t('YOLOX: the last epochs train at min_lr_ratio × lr without mosaic/mixup augmentation.', 'YOLOX：最后若干轮以 min_lr_ratio × lr 训练并关闭 mosaic/mixup 增强。'),
  },
  {
    path: ['lr_config', 'min_lr_ratio'],
    type: { kind: 'float', min: 0 },
    nullable: true,
    mmcvDefault: null,
    visibleWhen: (section) => forPolicy(...cosineFamily)(section) || isYolox(section),
    label: t('Minimum LR ratio', '最小学习率比例'),
    help: t('The ratio of the minimum LR to the base LR (give min_lr or min_lr_ratio).', '最小学习率与基础学习率之比（min_lr 与 min_lr_ratio 二选一）。'),
  },
  {
    path: ['lr_config', 'power'],
    type: { kind: 'float' },
    mmcvDefault: pyFloat(1),
    visibleWhen: forPolicy('poly', 'inv'),
    label: t('Power', '幂次'),
    help: t('Exponent of the polynomial (poly) or inverse (inv) decay.', '多项式（poly）或反比（inv）衰减的指数。'),
  },
  {
    path: ['lr_config', 'start_percent'],
    type: { kind: 'float', min: 0, max: 1, maxExclusive: true },
    mmcvDefault: pyFloat(0.75),
    visibleWhen: forPolicy('FlatCosineAnnealing'),
    label: t('Start percent', '开始比例'),
    help: t('Fraction of training after which cosine annealing starts; a float in [0, 1).', '训练进行到该比例后开始余弦退火；取值 [0, 1) 的浮点数。'),
  },
  {
    path: ['lr_config', 'periods'],
    type: { kind: 'int-list' },
    required: true,
    visibleWhen: forPolicy('CosineRestart'),
    label: t('Periods', '周期'),
    help: t('Length of each cosine annealing cycle, in epochs or iterations.', '每个余弦退火周期的长度（轮数或迭代数）。'),
  },
  {
    path: ['lr_config', 'restart_weights'],
    type: { kind: 'float-list' },
    mmcvDefault: [1],
    visibleWhen: forPolicy('CosineRestart'),
    label: t('Restart weights', '重启权重'),
    help: t('Restart weight of each cycle; same length as periods.', '每个周期的重启权重；长度与 periods 相同。'),
  },
  {
    path: ['lr_config', 'target_ratio'],
    type: { kind: 'float-tuple', length: 2 },
    mmcvDefault: pyTuple([10, pyFloat(1e-4)]),
    visibleWhen: forPolicy('cyclic'),
    label: t('Target ratio', '目标比例'),
    help: t('Relative ratio of the highest LR and the lowest LR to the initial LR (a tuple).', '最高与最低学习率相对初始学习率的比例（元组）。'),
  },
  {
    path: ['lr_config', 'cyclic_times'],
    type: { kind: 'int', min: 1 },
    mmcvDefault: 1,
    visibleWhen: forPolicy('cyclic'),
    label: t('Cycles', '周期数'),
    help: t('Number of cycles during training.', '训练期间的周期数。'),
  },
  {
    path: ['lr_config', 'step_ratio_up'],
    type: { kind: 'float', min: 0, max: 1, maxExclusive: true },
    mmcvDefault: pyFloat(0.4),
    visibleWhen: forPolicy('cyclic'),
    label: t('Step ratio up', '上升阶段比例'),
    help: t('The ratio of the increasing phase of LR in each cycle, in [0, 1).', '每个周期中学习率上升阶段所占比例，取值 [0, 1)。'),
  },
  {
    path: ['lr_config', 'anneal_strategy'],
    type: { kind: 'enum', options: ['cos', 'linear'] },
    mmcvDefault: 'cos',
    visibleWhen: forPolicy('cyclic', 'OneCycle'),
    label: t('Anneal strategy', '退火方式'),
    help: t("'cos' for cosine annealing, 'linear' for linear annealing.", "'cos' 为余弦退火，'linear' 为线性退火。"),
  },
  {
    path: ['lr_config', 'max_lr'],
    type: { kind: 'float', min: 0, minExclusive: true },
    required: true,
    visibleWhen: forPolicy('OneCycle'),
    label: t('Max LR', '最大学习率'),
    help: t('Upper LR boundary in the cycle; the start LR is max_lr / div_factor.', '周期中的学习率上限；起始学习率为 max_lr / div_factor。'),
  },
  {
    path: ['lr_config', 'total_steps'],
    type: { kind: 'int', min: 1 },
    nullable: true,
    mmcvDefault: null,
    visibleWhen: forPolicy('OneCycle'),
    label: t('Total steps', '总步数'),
    help: t("Total iterations in the cycle; None uses the runner's max_iters.", '周期的总迭代数；None 时使用 runner 的 max_iters。'),
  },
  {
    path: ['lr_config', 'pct_start'],
    type: { kind: 'float', min: 0, max: 1 },
    mmcvDefault: pyFloat(0.3),
    visibleWhen: forPolicy('OneCycle'),
    label: t('Percent start', '上升阶段比例'),
    help: t('Fraction of the cycle spent increasing the LR; must be a float.', '周期中学习率上升所占比例；必须是浮点数。'),
  },
  {
    path: ['lr_config', 'div_factor'],
    type: { kind: 'float', min: 0, minExclusive: true },
    mmcvDefault: 25,
    visibleWhen: forPolicy('OneCycle'),
    label: t('Div factor', '初始除数'),
    help: t('Initial LR = max_lr / div_factor.', '初始学习率 = max_lr / div_factor。'),
  },
  {
    path: ['lr_config', 'final_div_factor'],
    type: { kind: 'float', min: 0, minExclusive: true },
    mmcvDefault: pyFloat(1e4),
    visibleWhen: forPolicy('OneCycle'),
    label: t('Final div factor', '最终除数'),
    help: t('Minimum LR = initial LR / final_div_factor.', '最小学习率 = 初始学习率 / final_div_factor。'),
  },
  {
    path: ['lr_config', 'three_phase'],
    type: { kind: 'bool' },
    mmcvDefault: false,
    visibleWhen: forPolicy('OneCycle'),
    label: t('Three phase', '三阶段'),
    help: t('Adds a third phase that anneals LR by final_div_factor; the first two become symmetric.', '增加按 final_div_factor 退火的第三阶段，前两阶段对称。'),
  },
];

/** `lr_config = dict(policy=...)`: MMCV 1.7.2 LrUpdaterHook and its subclasses. */
export const lrConfigSection: SectionSpec = {
  id: 'lr_config',
  title: t('Learning rate schedule', '学习率调度'),
  help: t('How the learning rate changes over training, with an optional warmup.', '训练过程中学习率如何变化，可选预热。'),
  fields,
};
