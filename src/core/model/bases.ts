import type { PyDict } from '../python/value.ts';
import { pyFloat } from '../python/value.ts';

/**
 * What MMDetection 2.25's `configs/_base_/default_runtime.py` defines, as `mmcv.Config` loads it.
 * Key order is the file's order (mmcv keeps it).
 */
export function defaultRuntimeV2(): PyDict {
  return {
    checkpoint_config: { interval: 1 },
    log_config: { interval: 50, hooks: [{ type: 'TextLoggerHook' }] },
    custom_hooks: [{ type: 'NumClassCheckHook' }],
    dist_params: { backend: 'nccl' },
    log_level: 'INFO',
    load_from: null,
    resume_from: null,
    workflow: [{ $tuple: ['train', 1] }],
    opencv_num_threads: 0,
    mp_start_method: 'fork',
    auto_scale_lr: { enable: false, base_batch_size: 16 },
  };
}

/**
 * The schedule file an inheriting export names, or `none`: only `default_runtime.py` is
 * inherited and the config states its whole schedule (as mmdet's DETR recipe does).
 */
export type ScheduleBaseId = '1x' | '2x' | '20e' | 'none';

export const scheduleBaseIds: readonly ScheduleBaseId[] = ['1x', '2x', '20e', 'none'];

const scheduleSteps: Record<Exclude<ScheduleBaseId, 'none'>, { step: number[]; maxEpochs: number }> = {
  '1x': { step: [8, 11], maxEpochs: 12 },
  '2x': { step: [16, 22], maxEpochs: 24 },
  '20e': { step: [16, 19], maxEpochs: 20 },
};

/** What `configs/_base_/schedules/schedule_{1x,2x,20e}.py` of MMDetection 2.25 define. */
export function scheduleBaseV2(id: ScheduleBaseId): PyDict {
  if (id === 'none') return {};
  const { step, maxEpochs } = scheduleSteps[id];
  return {
    optimizer: { type: 'SGD', lr: 0.02, momentum: 0.9, weight_decay: 0.0001 },
    optimizer_config: { grad_clip: null },
    lr_config: {
      policy: 'step',
      warmup: 'linear',
      warmup_iters: 500,
      warmup_ratio: pyFloat(0.001),
      step: [...step],
    },
    runner: { type: 'EpochBasedRunner', max_epochs: maxEpochs },
  };
}

/** The repository path of a schedule base, as a leaf config in `configs/<model>/` names it. */
export function scheduleBasePath(id: Exclude<ScheduleBaseId, 'none'>): string {
  return `../_base_/schedules/schedule_${id}.py`;
}

/** `_base_` of an inheriting 2.x export: default_runtime, then the schedule file if any. */
export function baseFilesV2(id: ScheduleBaseId): string[] {
  return id === 'none' ? [defaultRuntimePath] : [defaultRuntimePath, scheduleBasePath(id)];
}

export const defaultRuntimePath = '../_base_/default_runtime.py';

/**
 * The config `_base_ = [default_runtime, schedule_<id>]` loads to: bases merged in list order
 * (mmcv raises on duplicate keys among bases; these two share none).
 */
export function inheritedBaseV2(id: ScheduleBaseId): PyDict {
  return { ...defaultRuntimeV2(), ...scheduleBaseV2(id) };
}
