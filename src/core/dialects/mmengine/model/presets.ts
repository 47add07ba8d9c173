import type { PyDict } from '../../../python/value.ts';
import { pyFloat } from '../../../python/value.ts';
import type { Preset } from '../../../model/presets.ts';
import type { ScheduleBaseId } from './bases.ts';
import { defaultRuntimeV3, inheritedBaseV3 } from './bases.ts';

function schedulePreset(id: ScheduleBaseId, epochs: number, milestones: string): Preset {
  return {
    id: `mmdet3-schedule-${id}`,
    name: { en: `MMDetection 3.x ${id} schedule`, zh: `MMDetection 3.x ${id} 训练计划` },
    description: {
      en: `default_runtime + schedule_${id}: SGD lr 0.02, LinearLR warmup over 500 iterations, MultiStepLR at epochs ${milestones}, ${epochs} epochs.`,
      zh: `default_runtime + schedule_${id}：SGD 学习率 0.02，前 500 次迭代 LinearLR 预热，在第 ${milestones} 轮 MultiStepLR 衰减，共 ${epochs} 轮。`,
    },
    scheduleBase: id,
    config: inheritedBaseV3(id),
  };
}

/**
 * The runtime part of mmdet 3.3's `configs/detr/detr_r50_8xb2-150e_coco.py`: default_runtime
 * plus its own schedule (it names no schedule base, so neither does the preset; over
 * schedule_1x the writer drops SGD's momentum and the warmup scheduler).
 */
function detrPreset(): Preset {
  const config: PyDict = {
    ...defaultRuntimeV3(),
    optim_wrapper: {
      type: 'OptimWrapper',
      optimizer: { type: 'AdamW', lr: pyFloat(0.0001), weight_decay: pyFloat(0.0001) },
      clip_grad: { max_norm: pyFloat(0.1), norm_type: 2 },
      paramwise_cfg: { custom_keys: { backbone: { lr_mult: pyFloat(0.1), decay_mult: pyFloat(1) } } },
    },
    train_cfg: { type: 'EpochBasedTrainLoop', max_epochs: 150, val_interval: 1 },
    val_cfg: { type: 'ValLoop' },
    test_cfg: { type: 'TestLoop' },
    param_scheduler: [{ type: 'MultiStepLR', begin: 0, end: 150, by_epoch: true, milestones: [100], gamma: pyFloat(0.1) }],
    auto_scale_lr: { base_batch_size: 16 },
  };
  return {
    id: 'mmdet3-detr-150e',
    name: { en: 'DETR 3.x, 150 epochs', zh: 'DETR 3.x，150 轮' },
    description: {
      en: 'AdamW lr 1e-4 (backbone × 0.1), gradient clipping at 0.1, one decay at epoch 100 of 150.',
      zh: 'AdamW 学习率 1e-4（骨干网络 × 0.1），梯度裁剪 0.1，150 轮中第 100 轮衰减一次。',
    },
    scheduleBase: 'none',
    config,
  };
}

/** Starting points for MMDetection 3.x configs; each is a full runtime config that validates clean. */
export const presetsV3: Preset[] = [schedulePreset('1x', 12, '8, 11'), schedulePreset('2x', 24, '16, 22'), schedulePreset('20e', 20, '16, 19'), detrPreset()];
