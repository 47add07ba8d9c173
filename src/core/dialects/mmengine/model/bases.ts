import type { PyDict } from '../../../python/value.ts';
import { pyFloat } from '../../../python/value.ts';
import type { ScheduleBaseId } from '../../../model/bases.ts';

export type { ScheduleBaseId } from '../../../model/bases.ts';
export { scheduleBaseIds } from '../../../model/bases.ts';

/**
 * What MMDetection 3.3's `configs/_base_/default_runtime.py` defines, as MMEngine 0.10.7's
 * `Config.fromfile(...).to_dict()` gives it: key order is the file's, and `visualizer`
 * holds its own copy of `vis_backends` (ConfigDict conversion copies shared values).
 */
export function defaultRuntimeV3(): PyDict {
  return {
    default_scope: 'mmdet',
    default_hooks: {
      timer: { type: 'IterTimerHook' },
      logger: { type: 'LoggerHook', interval: 50 },
      param_scheduler: { type: 'ParamSchedulerHook' },
      checkpoint: { type: 'CheckpointHook', interval: 1 },
      sampler_seed: { type: 'DistSamplerSeedHook' },
      visualization: { type: 'DetVisualizationHook' },
    },
    env_cfg: {
      cudnn_benchmark: false,
      mp_cfg: { mp_start_method: 'fork', opencv_num_threads: 0 },
      dist_cfg: { backend: 'nccl' },
    },
    vis_backends: [{ type: 'LocalVisBackend' }],
    visualizer: { type: 'DetLocalVisualizer', vis_backends: [{ type: 'LocalVisBackend' }], name: 'visualizer' },
    log_processor: { type: 'LogProcessor', window_size: 50, by_epoch: true },
    log_level: 'INFO',
    load_from: null,
    resume: false,
  };
}

const scheduleShape: Record<Exclude<ScheduleBaseId, 'none'>, { milestones: number[]; maxEpochs: number }> = {
  '1x': { milestones: [8, 11], maxEpochs: 12 },
  '2x': { milestones: [16, 22], maxEpochs: 24 },
  '20e': { milestones: [16, 19], maxEpochs: 20 },
};

/** What MMDetection 3.3's `configs/_base_/schedules/schedule_{1x,2x,20e}.py` define (epochs). */
export function scheduleBaseV3(id: ScheduleBaseId): PyDict {
  if (id === 'none') return {};
  const { milestones, maxEpochs } = scheduleShape[id];
  return {
    train_cfg: { type: 'EpochBasedTrainLoop', max_epochs: maxEpochs, val_interval: 1 },
    val_cfg: { type: 'ValLoop' },
    test_cfg: { type: 'TestLoop' },
    param_scheduler: [
      { type: 'LinearLR', start_factor: pyFloat(0.001), by_epoch: false, begin: 0, end: 500 },
      { type: 'MultiStepLR', begin: 0, end: maxEpochs, by_epoch: true, milestones: [...milestones], gamma: pyFloat(0.1) },
    ],
    optim_wrapper: {
      type: 'OptimWrapper',
      optimizer: { type: 'SGD', lr: pyFloat(0.02), momentum: pyFloat(0.9), weight_decay: pyFloat(0.0001) },
    },
    auto_scale_lr: { enable: false, base_batch_size: 16 },
  };
}

/** The repository path of a 3.x schedule base, as a leaf in `configs/<model>/` names it. */
export function scheduleBasePathV3(id: Exclude<ScheduleBaseId, 'none'>): string {
  return `../_base_/schedules/schedule_${id}.py`;
}

export const defaultRuntimePathV3 = '../_base_/default_runtime.py';

/** `_base_` of an inheriting 3.x export: schedule first, as mmdet 3.x leaf configs order them. */
export function baseFilesV3(id: ScheduleBaseId): string[] {
  return id === 'none' ? [defaultRuntimePathV3] : [scheduleBasePathV3(id), defaultRuntimePathV3];
}

/**
 * The config `_base_ = [schedule_<id>, default_runtime]` loads to under MMEngine: the bases'
 * keys in list order (MMEngine raises on duplicate keys among bases; these two share none).
 */
export function inheritedBaseV3(id: ScheduleBaseId): PyDict {
  return { ...scheduleBaseV3(id), ...defaultRuntimeV3() };
}
