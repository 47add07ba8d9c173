import type { PyDict } from '../python/value.ts';
import { pyFloat } from '../python/value.ts';
import type { ScheduleBaseId } from './bases.ts';
import { defaultRuntimeV2, inheritedBaseV2 } from './bases.ts';
import type { I18nText } from './fieldSpec.ts';

export interface Preset {
  id: string;
  name: I18nText;
  description: I18nText;
  /**
   * The schedule base an inheriting export names: the recipe's own (DETR names none, only
   * default_runtime.py). Over another base the writer adds `_delete_` where the merge would
   * keep keys the recipe lacks (schedule_1x's `momentum=0.9` under AdamW).
   */
  scheduleBase: ScheduleBaseId;
  config: PyDict;
}

// What mmdet's `_base_/datasets/coco_detection.py` adds to the runtime part.
const cocoEvaluation = (): PyDict => ({ interval: 1, metric: 'bbox' });

function schedulePreset(id: ScheduleBaseId, epochs: number, steps: string): Preset {
  return {
    id: `mmdet-schedule-${id}`,
    name: { en: `MMDetection ${id} schedule`, zh: `MMDetection ${id} 训练计划` },
    description: {
      en: `default_runtime + schedule_${id}: SGD lr 0.02, step decay at epochs ${steps}, ${epochs} epochs, linear warmup over 500 iterations.`,
      zh: `default_runtime + schedule_${id}：SGD 学习率 0.02，在第 ${steps} 轮衰减，共 ${epochs} 轮，前 500 次迭代线性预热。`,
    },
    scheduleBase: id,
    config: { ...inheritedBaseV2(id), evaluation: cocoEvaluation() },
  };
}

/**
 * The DETR runtime of `configs/detr/detr_r50_8x2_150e_coco.py` (mmdet 2.x), which inherits
 * `default_runtime.py` and no schedule file, with the evaluation / checkpoint intervals spread
 * out for a 150-epoch run (the upstream file keeps the bases' interval=1).
 */
function detrPreset(): Preset {
  const runtime = defaultRuntimeV2();
  return {
    id: 'mmdet-detr-150e',
    name: { en: 'DETR, 150 epochs', zh: 'DETR，150 轮' },
    description: {
      en: 'AdamW lr 1e-4 (backbone × 0.1), gradient clipping at 0.1, one decay at epoch 100 of 150.',
      zh: 'AdamW 学习率 1e-4（骨干网络 × 0.1），梯度裁剪 0.1，150 轮中第 100 轮衰减一次。',
    },
    scheduleBase: 'none',
    config: {
      ...runtime,
      checkpoint_config: { interval: 20 },
      log_config: { interval: 50, hooks: [{ type: 'TextLoggerHook' }] },
      evaluation: { interval: 5, metric: 'bbox' },
      optimizer: {
        type: 'AdamW',
        lr: 0.0001,
        weight_decay: 0.0001,
        paramwise_cfg: { custom_keys: { backbone: { lr_mult: 0.1, decay_mult: pyFloat(1) } } },
      },
      optimizer_config: { grad_clip: { max_norm: 0.1, norm_type: 2 } },
      lr_config: { policy: 'step', step: [100] },
      runner: { type: 'EpochBasedRunner', max_epochs: 150 },
    },
  };
}

/** Starting points offered in the UI; each is a full runtime config that validates clean. */
export const presets: Preset[] = [schedulePreset('1x', 12, '8, 11'), schedulePreset('2x', 24, '16, 22'), schedulePreset('20e', 20, '16, 19'), detrPreset()];
