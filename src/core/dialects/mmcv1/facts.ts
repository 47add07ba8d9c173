/** What is known about MMDetection 2.x (MMCV 1.x) configs without loading the 2.x module. */
import { basesByPathV2 } from '../../config/builtinBases/v2.ts';
import { defaultRuntimeV2, inheritedBaseV2, scheduleBaseV2 } from '../../model/bases.ts';
import { chartMmcv1, simulateMmcv1 } from './schedule/simulate.ts';
import type { DialectInfo } from '../types.ts';
import { filtersEmptyImagesMmcv1, findMissingScheduleMmcv1, readScheduleFactsMmcv1 } from './gallery.ts';
import { readTrainLoaderMmcv1 } from './trainLoader.ts';

/** Top-level keys of an MMDetection 2.x config that belong to the runtime (MMCV 1.x runner). */
export const runtimeKeysMmcv1: readonly string[] = [
  'optimizer',
  'optimizer_config',
  'lr_config',
  'momentum_config',
  'runner',
  'workflow',
  'checkpoint_config',
  'log_config',
  'evaluation',
  'custom_hooks',
  'dist_params',
  'log_level',
  'load_from',
  'resume_from',
  'opencv_num_threads',
  'mp_start_method',
  'auto_scale_lr',
  'fp16',
];

export const mmcv1Facts: Omit<DialectInfo, 'id'> = {
  version: '2.x',
  labelKey: 'dialect2x',
  nameSuffix: '2x',
  title: 'MMDetection 2.x (MMCV 1.x)',
  searchWords: '2.x mmcv',
  mmdetVersion: '2.25.0',
  scheduleKeys: ['optimizer', 'lr_config', 'momentum_config', 'runner'],
  runtimeKeys: runtimeKeysMmcv1,
  // Keys only MMCV 1.x-era configs define.
  signatureKeys: new Set(['lr_config', 'optimizer_config', 'runner', 'checkpoint_config', 'log_config', 'workflow', 'momentum_config']),
  schedulePresetPrefix: 'mmdet-schedule-',
  // mmcv.Config: a plain dict merge; `env_variables` is an ordinary key there.
  load: { baseIsObject: false, lazyImport: false, reservedKeys: ['filename', 'text', 'pretty_text'] },
  // Neither the optimizer nor lr_config: nothing for MMCV's runner to schedule.
  trainingKeys: ['optimizer', 'lr_config'],
  cfgOptionGroups: 'last',
  builtinBases: basesByPathV2,
  formBases: inheritedBaseV2,
  formBaseLayers: (scheduleBase) => {
    const runtime = { file: 'default_runtime.py', keys: defaultRuntimeV2() };
    return scheduleBase === 'none' ? [runtime] : [runtime, { file: `schedule_${scheduleBase}.py`, keys: scheduleBaseV2(scheduleBase) }];
  },
  readTrainLoader: readTrainLoaderMmcv1,
  simulate: simulateMmcv1,
  chart: chartMmcv1,
  gallery: { readScheduleFacts: readScheduleFactsMmcv1, findMissingSchedule: findMissingScheduleMmcv1, filtersEmptyImages: filtersEmptyImagesMmcv1 },
};
