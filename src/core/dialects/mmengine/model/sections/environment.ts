import type { FieldSpec, SectionSpec } from '../../../../model/fieldSpec.ts';
import { t } from '../../../../model/sections/text.ts';

const fields: FieldSpec[] = [
  {
    path: ['default_scope'],
    type: { kind: 'str' },
    nullable: true,
    mmcvDefault: 'mmengine',
    label: t('Default scope', '默认作用域'),
    help: t("Registry scope type names resolve in first ('mmdet' for MMDetection).", "类型名优先在其中查找的注册表作用域（MMDetection 为 'mmdet'）。"),
  },
  {
    path: ['env_cfg', 'cudnn_benchmark'],
    type: { kind: 'bool' },
    mmcvDefault: false,
    label: t('cuDNN benchmark', 'cuDNN benchmark'),
    help: t('Lets cuDNN pick the fastest kernels; helps when input sizes are fixed.', '让 cuDNN 选择最快的算子实现；输入尺寸固定时有益。'),
  },
  {
    path: ['env_cfg', 'mp_cfg', 'mp_start_method'],
    type: { kind: 'enum', options: ['fork', 'spawn', 'forkserver'] },
    label: t('Multiprocessing start method', '多进程启动方式'),
    help: t('Start method of worker processes; unset keeps the platform default.', '工作进程的启动方式；不设则保持平台默认。'),
  },
  {
    path: ['env_cfg', 'mp_cfg', 'opencv_num_threads'],
    type: { kind: 'int', min: 0 },
    label: t('OpenCV threads', 'OpenCV 线程数'),
    help: t('Threads OpenCV may use; 0 avoids oversubscription with dataloader workers.', 'OpenCV 可用的线程数；0 可避免与数据加载进程争抢 CPU。'),
  },
  {
    path: ['env_cfg', 'dist_cfg', 'backend'],
    type: { kind: 'enum', options: ['nccl', 'gloo', 'mpi'], free: true },
    mmcvDefault: 'nccl',
    label: t('Distributed backend', '分布式后端'),
    help: t('torch.distributed backend for multi-GPU training.', '多卡训练所用的 torch.distributed 后端。'),
  },
  {
    path: ['auto_scale_lr', 'enable'],
    type: { kind: 'bool' },
    mmcvDefault: false,
    label: t('Auto scale LR', '自动缩放学习率'),
    help: t('Scales lr by (GPUs × batch per GPU) / base_batch_size when --auto-scale-lr is given.', '传入 --auto-scale-lr 时按 (GPU 数 × 单卡 batch) / base_batch_size 缩放学习率。'),
  },
  {
    path: ['auto_scale_lr', 'base_batch_size'],
    type: { kind: 'int', min: 1 },
    required: true,
    label: t('Base batch size', '基准批量大小'),
    help: t('Total batch size the configured lr was tuned for.', '配置中学习率所对应的总批量大小。'),
  },
  {
    path: ['load_from'],
    type: { kind: 'str' },
    nullable: true,
    mmcvDefault: null,
    label: t('Load from', '加载权重'),
    help: t('Checkpoint to load weights from before training (not resuming).', '训练前加载权重的检查点（不恢复训练状态）。'),
  },
  {
    path: ['resume'],
    type: { kind: 'bool' },
    mmcvDefault: false,
    label: t('Resume', '恢复训练'),
    help: t('Resumes from load_from, or from the latest checkpoint in work_dir when load_from is None.', '从 load_from 恢复训练；load_from 为 None 时从 work_dir 中最新的检查点恢复。'),
  },
];

/** `default_scope`, `env_cfg`, `auto_scale_lr`, `load_from`, `resume`. */
export const environmentSection: SectionSpec = {
  id: 'env_cfg',
  title: t('Environment', '运行环境'),
  help: t('Registry scope, cuDNN, multiprocessing, distributed backend, LR auto scaling, loading and resuming.', '注册表作用域、cuDNN、多进程、分布式后端、学习率自动缩放、加载与恢复。'),
  fields,
};
