import type { FieldSpec, SectionSpec } from '../fieldSpec.ts';
import { showWhen, t } from './text.ts';

/** The runners MMCV 1.7.2 registers for training. */
export const runnerTypes = ['EpochBasedRunner', 'IterBasedRunner'] as const;

const fields: FieldSpec[] = [
  {
    path: ['runner', 'type'],
    type: { kind: 'enum', options: runnerTypes, free: true },
    required: true,
    label: t('Runner', '运行器'),
    help: t('EpochBasedRunner trains for max_epochs; IterBasedRunner for max_iters.', 'EpochBasedRunner 按 max_epochs 训练；IterBasedRunner 按 max_iters 训练。'),
  },
  {
    path: ['runner', 'max_epochs'],
    // No minimum: MMCV accepts any int here; a length below 1 is a warning (findIdleRunner).
    type: { kind: 'int' },
    required: true,
    visibleWhen: showWhen('type', ['EpochBasedRunner']),
    label: t('Max epochs', '最大轮数'),
    help: t('Total training epochs.', '训练的总轮数。'),
  },
  {
    path: ['runner', 'max_iters'],
    type: { kind: 'int' },
    required: true,
    visibleWhen: showWhen('type', ['IterBasedRunner']),
    label: t('Max iterations', '最大迭代数'),
    help: t('Total training iterations.', '训练的总迭代数。'),
  },
  {
    path: ['workflow'],
    type: { kind: 'workflow' },
    required: true,
    label: t('Workflow', '工作流'),
    help: t("(phase, n) pairs run in turn: ('train', 1) trains one epoch; ('val', 1) computes validation losses.", "依次执行的 (阶段, 次数)：('train', 1) 训练一轮；('val', 1) 计算验证集损失。"),
  },
];

/** `runner = dict(type=...)` and `workflow`: how long training runs and in which phases. */
export const runnerSection: SectionSpec = {
  id: 'runner',
  title: t('Runner & workflow', '运行器与工作流'),
  help: t('The training loop: by epochs or iterations, and the phases it cycles through.', '训练循环：按轮或按迭代，以及循环执行的阶段。'),
  fields,
};
