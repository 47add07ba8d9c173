import type { PyValue } from '../../../../python/value.ts';
import type { FieldSpec, SectionSpec } from '../../../../model/fieldSpec.ts';
import { t } from '../../../../model/sections/text.ts';

/** The training loops MMEngine 0.10.7 registers (`mmengine/runner/loops.py`). */
export const trainLoopTypes = ['EpochBasedTrainLoop', 'IterBasedTrainLoop'] as const;

type Section = Readonly<Record<string, PyValue>>;

/**
 * True when `train_cfg` builds IterBasedTrainLoop: by its type, or (no type) by `by_epoch=False`,
 * which Runner.build_train_loop maps to the loop classes.
 */
export function isIterLoop(section: Section): boolean {
  if (typeof section.type === 'string') return section.type === 'IterBasedTrainLoop';
  return section.by_epoch === false;
}

const epochLoop = (s: Section) => !isIterLoop(s);

const trainFields: FieldSpec[] = [
  {
    path: ['train_cfg', 'type'],
    type: { kind: 'enum', options: trainLoopTypes, free: true },
    label: t('Training loop', '训练循环'),
    help: t('EpochBasedTrainLoop counts epochs, IterBasedTrainLoop iterations; without type, by_epoch picks one.', 'EpochBasedTrainLoop 以轮计，IterBasedTrainLoop 以迭代计；不写 type 时由 by_epoch 决定。'),
  },
  {
    path: ['train_cfg', 'max_epochs'],
    type: { kind: 'int', min: 1 },
    required: true,
    visibleWhen: epochLoop,
    label: t('Max epochs', '最大轮数'),
    help: t('Total number of training epochs.', '训练的总轮数。'),
  },
  {
    path: ['train_cfg', 'max_iters'],
    type: { kind: 'int', min: 1 },
    required: true,
    visibleWhen: isIterLoop,
    label: t('Max iterations', '最大迭代数'),
    help: t('Total number of training iterations.', '训练的总迭代数。'),
  },
  {
    path: ['train_cfg', 'val_interval'],
    type: { kind: 'int', min: 1 },
    mmcvDefaultFor: (s) => (isIterLoop(s) ? 1000 : 1),
    label: t('Validation interval', '验证间隔'),
    help: t('Validates every this many epochs (iterations for IterBasedTrainLoop).', '每隔这么多轮（IterBasedTrainLoop 为迭代）验证一次。'),
  },
  {
    path: ['train_cfg', 'val_begin'],
    type: { kind: 'int', min: 1 },
    mmcvDefault: 1,
    label: t('Validation begin', '开始验证'),
    help: t('The epoch (or iteration) from which validation starts.', '从第几轮（或迭代）开始验证。'),
  },
  {
    path: ['train_cfg', 'dynamic_intervals'],
    type: { kind: 'literal' },
    nullable: true,
    mmcvDefault: null,
    label: t('Dynamic intervals', '动态验证间隔'),
    help: t('List of (milestone, interval) tuples: from each milestone on, validate at the new interval.', '(节点, 间隔) 元组列表：从每个节点起按新的间隔验证。'),
  },
];

function evalLoopFields(key: 'val_cfg' | 'test_cfg', type: string): FieldSpec[] {
  const zh = key === 'val_cfg' ? '验证' : '测试';
  return [
    {
      path: [key, 'type'],
      type: { kind: 'enum', options: [type], free: true },
      mmcvDefault: type,
      label: t(`${key === 'val_cfg' ? 'Validation' : 'Test'} loop`, `${zh}循环`),
      help: t(`Loop class that runs the ${key === 'val_cfg' ? 'validation' : 'test'} dataloader and evaluator.`, `运行${zh}数据加载器与评估器的循环类。`),
    },
    {
      path: [key, 'fp16'],
      type: { kind: 'bool' },
      mmcvDefault: false,
      label: t('FP16', '半精度'),
      help: t(`Runs ${key === 'val_cfg' ? 'validation' : 'testing'} under autocast (mixed precision).`, `在 autocast（混合精度）下运行${zh}。`),
    },
  ];
}

/** `train_cfg`, `val_cfg`, `test_cfg`: the loops Runner builds (MMEngine 0.10.7). */
export const loopsSection: SectionSpec = {
  id: 'train_cfg',
  title: t('Training loop', '训练循环'),
  help: t('How long training runs, how often it validates, and the validation / test loops.', '训练多久、多久验证一次，以及验证 / 测试循环。'),
  fields: [...trainFields, ...evalLoopFields('val_cfg', 'ValLoop'), ...evalLoopFields('test_cfg', 'TestLoop')],
};
