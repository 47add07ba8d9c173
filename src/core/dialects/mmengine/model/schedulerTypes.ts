import type { PyValue } from '../../../python/value.ts';
import { pyFloat, pyTuple } from '../../../python/value.ts';
import type { FieldSpec, HookTypeSpec, I18nText } from '../../../model/fieldSpec.ts';
import { t } from '../../../model/sections/text.ts';

/** MMEngine's `INF = int(1e9)`: the `end` of a scheduler that never stops. */
export const schedulerInf = 1000000000;

/** The rule a scheduler class applies; LR and Momentum classes of one family share it. */
export type SchedulerFamily = 'Linear' | 'Constant' | 'MultiStep' | 'Step' | 'Exponential' | 'CosineAnnealing' | 'Poly' | 'OneCycle' | 'CosineRestart' | 'QuadraticWarmup';

/**
 * One scheduler class a `param_scheduler` list can hold, with the arguments a form shows for
 * it; each arg `path` is relative to the scheduler's dict (`['milestones']`).
 * Proposed as the entry type of a `'scheduler-list'` FieldKind (see sections/paramScheduler.ts).
 */
export interface SchedulerTypeSpec extends HookTypeSpec {
  family: SchedulerFamily;
  /** What the scheduler changes: the optimizer's `lr` or its `momentum` (betas[0] for Adam). */
  target: 'lr' | 'momentum';
  /** Arguments `__init__` has no default for (mmengine raises TypeError without them). */
  requiredArgs: readonly string[];
}

const f = (x: number) => pyFloat(x);

/** `_ParamScheduler.__init__` arguments plus the builder's `convert_to_iter_based`. */
const commonArgs: FieldSpec[] = [
  {
    path: ['begin'],
    type: { kind: 'int', min: 0 },
    mmcvDefault: 0,
    label: t('Begin', '起始'),
    help: t('Step (epoch or iteration) at which the scheduler starts updating the value.', '调度器开始更新参数的步数（轮或迭代）。'),
  },
  {
    path: ['end'],
    type: { kind: 'int', min: 1 },
    mmcvDefault: schedulerInf,
    label: t('End', '结束'),
    help: t('Step (epoch or iteration) at which the scheduler stops; defaults to INF (1e9).', '调度器停止更新的步数（轮或迭代）；默认 INF（1e9）。'),
  },
  {
    path: ['by_epoch'],
    type: { kind: 'bool' },
    mmcvDefault: true,
    label: t('By epoch', '按轮'),
    help: t('begin / end / milestones count epochs when True, iterations when False.', '为 True 时 begin / end / milestones 以轮计，否则以迭代计。'),
  },
  {
    path: ['convert_to_iter_based'],
    type: { kind: 'bool' },
    mmcvDefault: false,
    label: t('Convert to iter-based', '转为按迭代'),
    help: t('Builds an epoch-based scheduler per iteration (build_iter_from_epoch); needs by_epoch=True.', '将按轮的调度器换算为每次迭代更新（build_iter_from_epoch）；需要 by_epoch=True。'),
  },
  {
    path: ['verbose'],
    type: { kind: 'bool' },
    mmcvDefault: false,
    label: t('Verbose', '打印更新'),
    help: t('Prints a message on every update.', '每次更新时打印一条信息。'),
  },
];

function arg(path: string, type: FieldSpec['type'], mmcvDefault: PyValue | undefined, label: I18nText, help: I18nText, extra: Partial<FieldSpec> = {}): FieldSpec {
  return { path: [path], type, ...(mmcvDefault === undefined ? { required: true } : { mmcvDefault }), label, help, ...extra };
}

const etaMinArgs = (what: string, whatZh: string): FieldSpec[] => [
  arg('eta_min', { kind: 'float', min: 0 }, null, t(`Minimum ${what}`, `最小${whatZh}`), t(`Final ${what} of the annealing; None means 0 unless eta_min_ratio is set.`, `退火结束时的${whatZh}；None 表示 0（除非设置了 eta_min_ratio）。`), { nullable: true }),
  arg('eta_min_ratio', { kind: 'float', min: 0 }, null, t('Minimum ratio', '最小比例'), t(`Final ${what} as a ratio of the initial one; excludes eta_min.`, `结束时${whatZh}与初始值之比；与 eta_min 互斥。`), { nullable: true }),
];

function familyArgs(family: SchedulerFamily, target: 'lr' | 'momentum'): FieldSpec[] {
  const what = target === 'lr' ? 'learning rate' : 'momentum';
  const whatZh = target === 'lr' ? '学习率' : '动量';
  switch (family) {
    case 'Linear':
      return [
        arg('start_factor', { kind: 'float', min: 0, max: 1 }, f(1 / 3), t('Start factor', '起始系数'), t(`Multiplies the ${what} at the first step; rises linearly to end_factor.`, `第一步时${whatZh}的乘数；线性变化到 end_factor。`)),
        arg('end_factor', { kind: 'float', min: 0, max: 1 }, f(1), t('End factor', '结束系数'), t(`Multiplies the ${what} at the end of the linear change.`, `线性变化结束时${whatZh}的乘数。`)),
      ];
    case 'Constant':
      return [arg('factor', { kind: 'float', min: 0, max: 1 }, f(1 / 3), t('Factor', '系数'), t(`Multiplies the ${what} until end, then the value is restored.`, `在 end 之前${whatZh}乘以该系数，之后恢复。`))];
    case 'MultiStep':
      return [
        arg('milestones', { kind: 'int-list' }, undefined, t('Milestones', '衰减节点'), t('Steps (counted from begin) at which the value is multiplied by gamma.', '参数乘以 gamma 的步数（自 begin 起算）。')),
        arg('gamma', { kind: 'float', min: 0 }, f(0.1), t('Gamma', 'Gamma'), t('Multiplicative decay at each milestone.', '每个衰减节点的乘法衰减系数。')),
      ];
    case 'Step':
      return [
        arg('step_size', { kind: 'int', min: 1 }, undefined, t('Step size', '步长'), t('Decays the value by gamma every step_size steps.', '每 step_size 步将参数乘以 gamma。')),
        arg('gamma', { kind: 'float', min: 0 }, f(0.1), t('Gamma', 'Gamma'), t('Multiplicative decay per step_size.', '每个步长的乘法衰减系数。')),
      ];
    case 'Exponential':
      return [arg('gamma', { kind: 'float', min: 0 }, undefined, t('Gamma', 'Gamma'), t('Multiplicative decay applied every step.', '每一步的乘法衰减系数。'))];
    case 'CosineAnnealing':
      return [
        arg('T_max', { kind: 'int', min: 1 }, null, t('T_max', '半周期 T_max'), t('Steps of the cosine half-period; None means end - begin.', '余弦半周期的步数；None 表示 end - begin。'), { nullable: true }),
        ...etaMinArgs(what, whatZh),
      ];
    case 'Poly':
      return [
        arg('eta_min', { kind: 'float', min: 0 }, 0, t(`Minimum ${what}`, `最小${whatZh}`), t(`The ${what} reached at end.`, `在 end 时达到的${whatZh}。`)),
        arg('power', { kind: 'float' }, f(1), t('Power', '幂次'), t('Exponent of the polynomial decay.', '多项式衰减的指数。')),
      ];
    case 'OneCycle':
      return [
        arg('eta_max', { kind: 'float', min: 0 }, 0, t('Max LR', '最大学习率'), t('Upper learning rate of the cycle; the start LR is eta_max / div_factor.', '周期中的最大学习率；起始学习率为 eta_max / div_factor。')),
        arg('total_steps', { kind: 'int', min: 1 }, null, t('Total steps', '总步数'), t('Steps in the cycle; None means end - begin.', '周期的总步数；None 表示 end - begin。'), { nullable: true }),
        arg('pct_start', { kind: 'float', min: 0, max: 1 }, f(0.3), t('Percent start', '上升阶段比例'), t('Fraction of the cycle spent increasing the learning rate.', '周期中学习率上升阶段所占比例。')),
        arg('anneal_strategy', { kind: 'enum', options: ['cos', 'linear'] }, 'cos', t('Anneal strategy', '退火方式'), t("'cos' for cosine annealing, 'linear' for linear annealing.", "'cos' 为余弦退火，'linear' 为线性退火。")),
        arg('div_factor', { kind: 'float', min: 0, minExclusive: true }, f(25), t('Div factor', '初始除数'), t('Initial LR = eta_max / div_factor.', '初始学习率 = eta_max / div_factor。')),
        arg('final_div_factor', { kind: 'float', min: 0, minExclusive: true }, f(1e4), t('Final div factor', '最终除数'), t('Minimum LR = initial LR / final_div_factor.', '最小学习率 = 初始学习率 / final_div_factor。')),
        arg('three_phase', { kind: 'bool' }, false, t('Three phase', '三阶段'), t('Adds a third phase annealing by final_div_factor; the first two become symmetric.', '增加按 final_div_factor 退火的第三阶段，前两阶段对称。')),
      ];
    case 'CosineRestart':
      return [
        arg('periods', { kind: 'int-list' }, undefined, t('Periods', '周期'), t('Length of each cosine cycle, in steps.', '每个余弦周期的长度（步数）。')),
        arg('restart_weights', { kind: 'float-list' }, pyTuple([1]), t('Restart weights', '重启权重'), t('Weight of the value at each restart; same length as periods.', '每次重启时的权重；长度与 periods 相同。')),
        ...etaMinArgs(what, whatZh),
      ];
    case 'QuadraticWarmup':
      return [];
  }
}

const familyText: Record<SchedulerFamily, { label: I18nText; help: I18nText }> = {
  Linear: { label: t('Linear', '线性'), help: t('Scales the value linearly from start_factor to end_factor (the usual warmup).', '将参数从 start_factor 线性缩放到 end_factor（常用于预热）。') },
  Constant: { label: t('Constant', '常数'), help: t('Multiplies the value by a constant factor until end.', '在 end 之前将参数乘以常数系数。') },
  MultiStep: { label: t('Multi-step', '多步衰减'), help: t('Decays the value by gamma at each milestone.', '在每个衰减节点将参数乘以 gamma。') },
  Step: { label: t('Step', '等间隔衰减'), help: t('Decays the value by gamma every step_size steps.', '每 step_size 步将参数乘以 gamma。') },
  Exponential: { label: t('Exponential', '指数衰减'), help: t('Decays the value by gamma every step.', '每一步将参数乘以 gamma。') },
  CosineAnnealing: { label: t('Cosine annealing', '余弦退火'), help: t('Anneals the value along a cosine curve to eta_min over T_max steps.', '在 T_max 步内沿余弦曲线退火到 eta_min。') },
  Poly: { label: t('Polynomial', '多项式衰减'), help: t('Decays the value polynomially to eta_min at end.', '多项式衰减，在 end 时到达 eta_min。') },
  OneCycle: { label: t('One cycle', '单周期'), help: t('The 1cycle policy: up to eta_max, then down far below the start.', '1cycle 策略：先升到 eta_max，再降到远低于起始值。') },
  CosineRestart: { label: t('Cosine restart', '余弦重启'), help: t('Cosine annealing restarted at the end of each period.', '每个周期结束时重启的余弦退火。') },
  QuadraticWarmup: { label: t('Quadratic warmup (mmdet)', '二次预热（mmdet）'), help: t('MMDetection warmup: the value grows quadratically from 0 until end.', 'MMDetection 的预热：参数从 0 按二次曲线增长到 end。') },
};

const families: SchedulerFamily[] = ['Linear', 'Constant', 'MultiStep', 'Step', 'Exponential', 'CosineAnnealing', 'Poly', 'OneCycle', 'CosineRestart', 'QuadraticWarmup'];

function makeSpec(family: SchedulerFamily, target: 'lr' | 'momentum'): SchedulerTypeSpec {
  const args = [...familyArgs(family, target), ...commonArgs];
  const text = familyText[family];
  const suffix = target === 'lr' ? t(' (LR)', '（学习率）') : t(' (momentum)', '（动量）');
  return {
    type: `${family}${target === 'lr' ? 'LR' : 'Momentum'}`,
    family,
    target,
    label: t(text.label.en + suffix.en, text.label.zh + suffix.zh),
    help: text.help,
    args,
    requiredArgs: args.filter((a) => a.required).map((a) => a.path[0] ?? ''),
  };
}

/**
 * The scheduler classes of MMEngine 0.10.7 (`mmengine/optim/scheduler/`) and MMDetection 3.3's
 * QuadraticWarmup ones, LR first. OneCycle has no momentum class in MMEngine.
 */
export const schedulerTypes: readonly SchedulerTypeSpec[] = [
  ...families.map((fam) => makeSpec(fam, 'lr')),
  ...families.filter((fam) => fam !== 'OneCycle').map((fam) => makeSpec(fam, 'momentum')),
];

/**
 * Registered scheduler classes the form does not model (metric-driven or generic): known to
 * MMEngine, so not reported as unknown, and their arguments are kept as they are.
 */
export const unmodeledSchedulerTypes: readonly string[] = [
  'ReduceOnPlateauLR',
  'ReduceOnPlateauMomentum',
  ...families.map((fam) => `${fam}ParamScheduler`),
  'ReduceOnPlateauParamScheduler',
];

/**
 * The spec of a scheduler `type`, ignoring a registry scope prefix (`mmdet.QuadraticWarmupLR`,
 * as mmdet's YOLOX config writes it). Undefined for types the form does not model.
 */
export function findSchedulerType(type: PyValue | undefined): SchedulerTypeSpec | undefined {
  if (typeof type !== 'string') return undefined;
  const name = type.slice(type.lastIndexOf('.') + 1);
  return schedulerTypes.find((s) => s.type === name);
}

/** True for a type MMEngine or MMDetection registers, modeled or not (scope prefix ignored). */
export function isKnownSchedulerType(type: string): boolean {
  const name = type.slice(type.lastIndexOf('.') + 1);
  return findSchedulerType(name) !== undefined || unmodeledSchedulerTypes.includes(name);
}
