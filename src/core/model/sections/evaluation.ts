import type { FieldSpec, SectionSpec } from '../fieldSpec.ts';
import { t } from './text.ts';

const fields: FieldSpec[] = [
  {
    path: ['evaluation', 'interval'],
    type: { kind: 'int', min: 1 },
    mmcvDefault: 1,
    label: t('Interval', '评估间隔'),
    help: t('Evaluation interval in epochs (or iterations with IterBasedRunner).', '评估间隔（轮数；IterBasedRunner 下为迭代数）。'),
  },
  {
    path: ['evaluation', 'metric'],
    type: { kind: 'str-list', allowScalar: true },
    mmcvDefault: 'bbox',
    label: t('Metric', '评估指标'),
    help: t("Metrics passed to dataset.evaluate: 'bbox', 'segm', 'proposal' (COCO) or 'mAP', 'recall' (VOC).", "传给 dataset.evaluate 的指标：COCO 为 'bbox'、'segm'、'proposal'，VOC 为 'mAP'、'recall'。"),
  },
  {
    path: ['evaluation', 'start'],
    type: { kind: 'int', min: 0 },
    nullable: true,
    mmcvDefault: null,
    label: t('Start', '起始'),
    help: t('Epoch (or iteration) from which to evaluate; None lets interval alone decide.', '从该轮（或迭代）开始评估；None 时只由间隔决定。'),
  },
  {
    path: ['evaluation', 'by_epoch'],
    type: { kind: 'bool' },
    mmcvDefault: true,
    label: t('By epoch', '按轮评估'),
    help: t("Evaluate by epoch or by iteration; mmdet's train_detector overwrites it from the runner type.", '按轮或按迭代评估；mmdet 的 train_detector 会按 runner 类型覆盖该值。'),
  },
  {
    path: ['evaluation', 'save_best'],
    type: { kind: 'str' },
    nullable: true,
    mmcvDefault: null,
    label: t('Save best', '保存最佳'),
    help: t("Metric that picks the best checkpoint (e.g. 'bbox_mAP'); 'auto' uses the first returned key.", "用于挑选最佳检查点的指标（如 'bbox_mAP'）；'auto' 使用返回结果的第一个键。"),
  },
  {
    path: ['evaluation', 'rule'],
    type: { kind: 'enum', options: ['greater', 'less'] },
    nullable: true,
    mmcvDefault: null,
    label: t('Rule', '比较规则'),
    help: t('Comparison rule for the best score; None infers it from the metric name.', '最佳分数的比较规则；None 时根据指标名推断。'),
  },
  {
    path: ['evaluation', 'greater_keys'],
    type: { kind: 'str-list' },
    nullable: true,
    mmcvDefault: null,
    label: t('Greater keys', '越大越好的键'),
    help: t("Metric keys compared by the 'greater' rule; None uses MMCV's list (acc, mAP, AR@, ...).", "按 'greater' 规则比较的指标键；None 时使用 MMCV 内置列表（acc、mAP、AR@ 等）。"),
  },
  {
    path: ['evaluation', 'less_keys'],
    type: { kind: 'str-list' },
    nullable: true,
    mmcvDefault: null,
    label: t('Less keys', '越小越好的键'),
    help: t("Metric keys compared by the 'less' rule; None uses ['loss'].", "按 'less' 规则比较的指标键；None 时使用 ['loss']。"),
  },
  {
    path: ['evaluation', 'out_dir'],
    type: { kind: 'str' },
    nullable: true,
    mmcvDefault: null,
    label: t('Output directory', '输出目录'),
    help: t('Root directory for the best checkpoint, joined with the last folder of work_dir.', '最佳检查点的根目录，与 work_dir 最后一级目录拼接。'),
  },
  {
    path: ['evaluation', 'dynamic_intervals'],
    type: { kind: 'literal' },
    nullable: true,
    mmcvDefault: null,
    label: t('Dynamic intervals', '动态间隔'),
    help: t('mmdet only: [(milestone, interval), ...] switches the interval from each milestone epoch on.', '仅 mmdet：[(节点, 间隔), ...]，从每个节点轮起改用新的间隔。'),
  },
  {
    path: ['evaluation', 'classwise'],
    type: { kind: 'bool' },
    mmcvDefault: false,
    label: t('Class-wise', '逐类别'),
    help: t('COCO: also reports AP of every class (passed to dataset.evaluate).', 'COCO：同时报告每个类别的 AP（传给 dataset.evaluate）。'),
  },
];

/**
 * `evaluation = dict(...)`: mmdet 2.x EvalHook (MMCV EvalHook plus dynamic_intervals). Keys the
 * hook does not take go to `dataset.evaluate` untouched, so unknown keys are kept as they are.
 */
export const evaluationSection: SectionSpec = {
  id: 'evaluation',
  title: t('Evaluation', '评估'),
  help: t('How often the validation set is evaluated and which checkpoint is kept as best.', '多久评估一次验证集，以及保存哪个最佳检查点。'),
  fields,
};
