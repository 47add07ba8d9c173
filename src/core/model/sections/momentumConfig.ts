import type { PyValue } from '../../python/value.ts';
import { pyFloat, pyTuple } from '../../python/value.ts';
import type { FieldSpec, SectionSpec } from '../fieldSpec.ts';
import type { MomentumPolicy } from '../policies.ts';
import { canonicalMomentumPolicy, iterOnlyPolicies, momentumPolicies } from '../policies.ts';
import { warmupFields } from './schedulerFields.ts';
import { showWhen, t } from './text.ts';

const forPolicy = (...policies: MomentumPolicy[]) => showWhen('policy', policies, canonicalMomentumPolicy);
const anyPolicy = (section: Readonly<Record<string, PyValue>>): boolean => typeof section.policy === 'string';

function perPolicy(values: Partial<Record<MomentumPolicy, PyValue>>): FieldSpec['mmcvDefaultFor'] {
  return (section) => {
    const policy = canonicalMomentumPolicy(section.policy);
    return policy === undefined ? undefined : values[policy];
  };
}

const fields: FieldSpec[] = [
  {
    path: ['momentum_config', 'policy'],
    type: { kind: 'enum', options: momentumPolicies, free: true },
    nullable: true,
    mmcvDefault: null,
    label: t('Momentum policy', '动量策略'),
    help: t('Selects <Policy>MomentumUpdaterHook; None (no momentum_config) keeps momentum fixed.', '选择 <Policy>MomentumUpdaterHook；None（不写 momentum_config）时动量保持不变。'),
  },
  {
    path: ['momentum_config', 'by_epoch'],
    type: { kind: 'bool' },
    // IterBasedRunner does not default momentum_config.by_epoch, unlike lr_config.
    mmcvDefaultFor: (section) => {
      const policy = canonicalMomentumPolicy(section.policy);
      return policy === undefined ? undefined : !iterOnlyPolicies.includes(policy);
    },
    visibleWhen: anyPolicy,
    label: t('By epoch', '按轮更新'),
    help: t('Momentum changes epoch by epoch instead of every iteration.', '动量按轮变化，否则每次迭代变化。'),
  },
  ...warmupFields('momentum_config', pyFloat(0.9), t('Momentum at the beginning of warmup equals warmup_ratio * initial momentum.', '预热开始时动量为 warmup_ratio * 初始动量。')).map((f) => ({
    ...f,
    visibleWhen: f.visibleWhen ?? anyPolicy,
  })),
  {
    path: ['momentum_config', 'step'],
    type: { kind: 'int-list', allowScalar: true },
    required: true,
    visibleWhen: forPolicy('step'),
    label: t('Steps', '衰减节点'),
    help: t('Epochs (or iterations) at which momentum decays; a single int is a decay interval.', '动量衰减的轮数（或迭代数）；单个整数表示衰减间隔。'),
  },
  {
    path: ['momentum_config', 'gamma'],
    type: { kind: 'float', min: 0 },
    mmcvDefaultFor: perPolicy({ step: pyFloat(0.5), cyclic: pyFloat(1) }),
    visibleWhen: forPolicy('step', 'cyclic'),
    label: t('Gamma', 'Gamma'),
    help: t('Decay ratio per step (step), or cycle decay ratio in (0, 1] (cyclic).', '每次衰减的比例（step），或每周期的衰减比例，取值 (0, 1]（cyclic）。'),
  },
  {
    path: ['momentum_config', 'min_momentum'],
    type: { kind: 'float', min: 0 },
    nullable: true,
    mmcvDefault: null,
    visibleWhen: forPolicy('step', 'CosineAnnealing', 'LinearAnnealing'),
    label: t('Minimum momentum', '最小动量'),
    help: t('Momentum never goes below this value (annealing: the final momentum).', '动量不低于该值（退火策略中为最终动量）。'),
  },
  {
    path: ['momentum_config', 'min_momentum_ratio'],
    type: { kind: 'float', min: 0 },
    nullable: true,
    mmcvDefault: null,
    visibleWhen: forPolicy('CosineAnnealing', 'LinearAnnealing'),
    label: t('Minimum momentum ratio', '最小动量比例'),
    help: t('The ratio of the minimum momentum to the base momentum (give one of the two).', '最小动量与基础动量之比（与 min_momentum 二选一）。'),
  },
  {
    path: ['momentum_config', 'target_ratio'],
    type: { kind: 'float-tuple', length: 2 },
    mmcvDefault: pyTuple([pyFloat(0.85 / 0.95), pyFloat(1)]),
    visibleWhen: forPolicy('cyclic'),
    label: t('Target ratio', '目标比例'),
    help: t('Relative ratio of the lowest and the highest momentum to the initial momentum.', '最低与最高动量相对初始动量的比例。'),
  },
  {
    path: ['momentum_config', 'cyclic_times'],
    type: { kind: 'int', min: 1 },
    mmcvDefault: 1,
    visibleWhen: forPolicy('cyclic'),
    label: t('Cycles', '周期数'),
    help: t('Number of cycles during training.', '训练期间的周期数。'),
  },
  {
    path: ['momentum_config', 'step_ratio_up'],
    type: { kind: 'float', min: 0, max: 1, maxExclusive: true },
    mmcvDefault: pyFloat(0.4),
    visibleWhen: forPolicy('cyclic'),
    label: t('Step ratio up', '上升阶段比例'),
    help: t('The ratio of the increasing phase of momentum in each cycle, in [0, 1).', '每个周期中动量上升阶段所占比例，取值 [0, 1)。'),
  },
  {
    path: ['momentum_config', 'anneal_strategy'],
    type: { kind: 'enum', options: ['cos', 'linear'] },
    mmcvDefault: 'cos',
    visibleWhen: forPolicy('cyclic', 'OneCycle'),
    label: t('Anneal strategy', '退火方式'),
    help: t("'cos' for cosine annealing, 'linear' for linear annealing.", "'cos' 为余弦退火，'linear' 为线性退火。"),
  },
  {
    path: ['momentum_config', 'base_momentum'],
    type: { kind: 'float', min: 0 },
    mmcvDefault: 0.85,
    visibleWhen: forPolicy('OneCycle'),
    label: t('Base momentum', '基础动量'),
    help: t('Lower momentum boundary, reached when LR peaks at max_lr.', '动量下限，在学习率达到 max_lr 时取到。'),
  },
  {
    path: ['momentum_config', 'max_momentum'],
    type: { kind: 'float', min: 0 },
    mmcvDefault: 0.95,
    visibleWhen: forPolicy('OneCycle'),
    label: t('Max momentum', '最大动量'),
    help: t('Upper momentum boundary, used at the start and end of the cycle.', '动量上限，用于周期的开始和结束。'),
  },
  {
    path: ['momentum_config', 'pct_start'],
    type: { kind: 'float', min: 0, max: 1 },
    mmcvDefault: pyFloat(0.3),
    visibleWhen: forPolicy('OneCycle'),
    label: t('Percent start', '上升阶段比例'),
    help: t('Fraction of the cycle spent increasing the LR (decreasing momentum); must be a float.', '周期中学习率上升（动量下降）所占比例；必须是浮点数。'),
  },
  {
    path: ['momentum_config', 'three_phase'],
    type: { kind: 'bool' },
    mmcvDefault: false,
    visibleWhen: forPolicy('OneCycle'),
    label: t('Three phase', '三阶段'),
    help: t('Uses a third phase, mirroring OneCycle LR with three_phase.', '使用第三阶段，与 three_phase 的 OneCycle 学习率对应。'),
  },
];

/** `momentum_config = dict(policy=...)`: MMCV 1.7.2 MomentumUpdaterHook and its subclasses. */
export const momentumConfigSection: SectionSpec = {
  id: 'momentum_config',
  title: t('Momentum schedule', '动量调度'),
  help: t('How momentum (or Adam beta1) changes over training; usually paired with cyclic / OneCycle LR.', '训练过程中动量（或 Adam 的 beta1）如何变化；通常与 cyclic / OneCycle 学习率搭配。'),
  fields,
};
