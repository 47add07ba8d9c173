import type { FieldSpec, SectionSpec } from '../../../../model/fieldSpec.ts';
import { t } from '../../../../model/sections/text.ts';

const fields: FieldSpec[] = [
  {
    path: ['log_processor', 'type'],
    type: { kind: 'enum', options: ['LogProcessor'], free: true },
    mmcvDefault: 'LogProcessor',
    label: t('Log processor', '日志处理器'),
    help: t('Class that smooths and formats the logged scalars.', '对记录的标量做平滑与格式化的类。'),
  },
  {
    path: ['log_processor', 'window_size'],
    type: { kind: 'int', min: 1 },
    mmcvDefault: 10,
    label: t('Window size', '平滑窗口'),
    help: t('Logged values are averaged over the last this many iterations.', '日志中的数值取最近这么多次迭代的平均。'),
  },
  {
    path: ['log_processor', 'by_epoch'],
    type: { kind: 'bool' },
    mmcvDefault: true,
    label: t('By epoch', '按轮'),
    help: t('Formats logs with the epoch and the iteration within it; set False for IterBasedTrainLoop.', '日志按轮及轮内迭代格式化；IterBasedTrainLoop 请设为 False。'),
  },
  {
    path: ['log_processor', 'num_digits'],
    type: { kind: 'int', min: 0 },
    mmcvDefault: 4,
    label: t('Digits', '小数位数'),
    help: t('Number of significant digits of logged floats.', '日志中浮点数的有效位数。'),
  },
  {
    path: ['log_processor', 'custom_cfg'],
    type: { kind: 'literal' },
    nullable: true,
    mmcvDefault: null,
    label: t('Custom statistics', '自定义统计'),
    help: t("List of dict(data_src=..., method='mean'|'max'|..., window_size=...) for extra statistics.", "额外统计项的列表，如 dict(data_src=..., method='mean'|'max'|..., window_size=...)。"),
  },
  {
    path: ['log_level'],
    type: { kind: 'enum', options: ['DEBUG', 'INFO', 'WARNING', 'ERROR', 'CRITICAL'] },
    mmcvDefault: 'INFO',
    label: t('Log level', '日志级别'),
    help: t("Level of the runner's logger.", '运行器日志记录器的级别。'),
  },
  {
    path: ['vis_backends'],
    type: { kind: 'literal' },
    label: t('Visualization backends', '可视化后端'),
    help: t("List of backends, e.g. [dict(type='LocalVisBackend'), dict(type='TensorboardVisBackend')].", "后端列表，如 [dict(type='LocalVisBackend'), dict(type='TensorboardVisBackend')]。"),
  },
  {
    path: ['visualizer'],
    type: { kind: 'literal' },
    label: t('Visualizer', '可视化器'),
    help: t('The visualizer (DetLocalVisualizer in mmdet) and the backends it writes to.', '可视化器（mmdet 中为 DetLocalVisualizer）及其写入的后端。'),
  },
];

/** `log_processor`, `log_level`, `vis_backends`, `visualizer` (MMEngine 0.10.7 Runner arguments). */
export const loggingSection: SectionSpec = {
  id: 'log_processor',
  title: t('Logging and visualization', '日志与可视化'),
  help: t('How logs are smoothed and formatted, and where scalars and images are written.', '日志如何平滑与格式化，以及标量与图像写到哪里。'),
  fields,
};
