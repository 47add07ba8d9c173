import type { FieldSpec, SectionSpec } from '../fieldSpec.ts';
import { t } from './text.ts';

const fields: FieldSpec[] = [
  {
    path: ['custom_hooks'],
    type: { kind: 'literal' },
    nullable: true,
    mmcvDefault: null,
    label: t('Custom hooks', '自定义钩子'),
    help: t("List of hook dicts registered after the default ones, e.g. [dict(type='NumClassCheckHook')].", "在默认钩子之后注册的钩子列表，如 [dict(type='NumClassCheckHook')]。"),
  },
  {
    path: ['dist_params', 'backend'],
    type: { kind: 'enum', options: ['nccl', 'gloo', 'mpi'], free: true },
    mmcvDefault: 'nccl',
    label: t('Distributed backend', '分布式后端'),
    help: t('torch.distributed backend used by init_dist.', 'init_dist 使用的 torch.distributed 后端。'),
  },
  {
    path: ['log_level'],
    type: { kind: 'enum', options: ['DEBUG', 'INFO', 'WARNING', 'ERROR', 'CRITICAL'] },
    required: true,
    label: t('Log level', '日志级别'),
    help: t('Level of the root logger.', '根日志记录器的级别。'),
  },
  {
    path: ['load_from'],
    type: { kind: 'str' },
    nullable: true,
    mmcvDefault: null,
    label: t('Load from', '加载权重'),
    help: t('Checkpoint whose weights initialize the model; training starts at epoch 0.', '用于初始化模型权重的检查点；训练从第 0 轮开始。'),
  },
  {
    path: ['resume_from'],
    type: { kind: 'str' },
    nullable: true,
    mmcvDefault: null,
    label: t('Resume from', '恢复训练'),
    help: t('Checkpoint to resume from: weights, optimizer state and epoch are restored.', '从该检查点恢复训练：恢复权重、优化器状态与轮数。'),
  },
  {
    path: ['opencv_num_threads'],
    type: { kind: 'int', min: 0 },
    mmcvDefault: 0,
    label: t('OpenCV threads', 'OpenCV 线程数'),
    help: t('cv2.setNumThreads value; 0 disables OpenCV multithreading to avoid overload.', 'cv2.setNumThreads 的值；0 关闭 OpenCV 多线程以免系统过载。'),
  },
  {
    path: ['mp_start_method'],
    type: { kind: 'enum', options: ['fork', 'spawn', 'forkserver'] },
    mmcvDefault: 'fork',
    label: t('Multiprocess start method', '多进程启动方式'),
    help: t("Start method of data loader workers; 'fork' speeds up training.", "数据加载进程的启动方式；'fork' 可加快训练。"),
  },
  {
    path: ['auto_scale_lr', 'enable'],
    type: { kind: 'bool' },
    mmcvDefault: false,
    label: t('Auto-scale LR', '自动缩放学习率'),
    help: t('Scales lr by (GPUs × samples per GPU) / base_batch_size when --auto-scale-lr is given.', '使用 --auto-scale-lr 时按 (GPU 数 × 每卡样本数) / base_batch_size 缩放学习率。'),
  },
  {
    path: ['auto_scale_lr', 'base_batch_size'],
    type: { kind: 'int', min: 1 },
    mmcvDefault: 16,
    label: t('Base batch size', '基准批大小'),
    help: t('Total batch size the lr in this config was tuned for (8 GPUs × 2 = 16).', '该配置中学习率对应的总批大小（8 卡 × 2 = 16）。'),
  },
];

/** The rest of mmdet 2.x default_runtime.py: hooks, distributed setup, loading, threads. */
export const environmentSection: SectionSpec = {
  id: 'environment',
  title: t('Runtime environment', '运行环境'),
  help: t('Custom hooks, distributed backend, checkpoint loading and worker settings.', '自定义钩子、分布式后端、权重加载与数据进程设置。'),
  fields,
};
