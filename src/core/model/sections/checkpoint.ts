import type { FieldSpec, SectionSpec } from '../fieldSpec.ts';
import { isIterRunner } from './schedulerFields.ts';
import { t } from './text.ts';

const fields: FieldSpec[] = [
  {
    path: ['checkpoint_config', 'interval'],
    type: { kind: 'int' },
    mmcvDefault: -1,
    label: t('Interval', '保存间隔'),
    help: t('Saving period in epochs (by_epoch) or iterations; -1 means never.', '保存周期（by_epoch 时为轮数，否则为迭代数）；-1 表示从不。'),
  },
  {
    path: ['checkpoint_config', 'by_epoch'],
    type: { kind: 'bool' },
    mmcvDefaultFor: (_section, config) => !isIterRunner(config),
    label: t('By epoch', '按轮保存'),
    help: t('Saves checkpoints by epoch or by iteration.', '按轮或按迭代保存检查点。'),
  },
  {
    path: ['checkpoint_config', 'save_optimizer'],
    type: { kind: 'bool' },
    mmcvDefault: true,
    label: t('Save optimizer', '保存优化器'),
    help: t('Saves the optimizer state_dict in the checkpoint, needed to resume.', '在检查点中保存优化器状态，恢复训练时需要。'),
  },
  {
    path: ['checkpoint_config', 'out_dir'],
    type: { kind: 'str' },
    nullable: true,
    mmcvDefault: null,
    label: t('Output directory', '输出目录'),
    help: t("Root directory for checkpoints (joined with the work_dir's last folder); None uses work_dir.", '检查点的根目录（与 work_dir 的最后一级目录拼接）；None 时使用 work_dir。'),
  },
  {
    path: ['checkpoint_config', 'max_keep_ckpts'],
    type: { kind: 'int' },
    mmcvDefault: -1,
    label: t('Max kept checkpoints', '最多保留数'),
    help: t('Keeps only the latest this many checkpoints; -1 means unlimited.', '只保留最近的这么多个检查点；-1 表示不限。'),
  },
  {
    path: ['checkpoint_config', 'save_last'],
    type: { kind: 'bool' },
    mmcvDefault: true,
    label: t('Save last', '保存最后一个'),
    help: t('Forces the last checkpoint to be saved regardless of interval.', '无论间隔如何都保存最后一个检查点。'),
  },
  {
    path: ['checkpoint_config', 'sync_buffer'],
    type: { kind: 'bool' },
    mmcvDefault: false,
    label: t('Sync buffers', '同步缓冲区'),
    help: t('Synchronizes buffers (e.g. BN statistics) across GPUs before saving.', '保存前在各 GPU 间同步缓冲区（如 BN 统计量）。'),
  },
  {
    path: ['checkpoint_config', 'file_client_args'],
    type: { kind: 'literal' },
    nullable: true,
    mmcvDefault: null,
    label: t('File client args', '文件客户端参数'),
    help: t("Arguments to instantiate a mmcv FileClient (e.g. dict(backend='petrel')).", "实例化 mmcv FileClient 的参数（如 dict(backend='petrel')）。"),
  },
];

/** `checkpoint_config = dict(...)`: MMCV 1.7.2 CheckpointHook. */
export const checkpointSection: SectionSpec = {
  id: 'checkpoint_config',
  title: t('Checkpoints', '检查点'),
  help: t('When and where model checkpoints are saved.', '何时、何处保存模型检查点。'),
  fields,
};
