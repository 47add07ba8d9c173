/** What is known about MMDetection 3.x (MMEngine) configs without loading the 3.x module. */
import { basesByPathV3 } from '../../config/builtinBases/v3.ts';
import { defaultRuntimeV3, inheritedBaseV3, scheduleBaseV3 } from './model/bases.ts';
import type { PyDict } from '../../python/value.ts';
import { replaceClassRefsByName } from '../../schedule/classRefs.ts';
import { chartMmengine, simulateMmengine } from './schedule/simulate.ts';
import type { DialectInfo } from '../types.ts';
import { filtersEmptyImagesMmengine, findMissingScheduleMmengine, readScheduleFactsMmengine } from './gallery.ts';
import { readTrainLoaderMmengine } from './trainLoader.ts';

// Lazy-import configs name classes by reference (`type=MultiStepLR`); the simulator reads names.
const byName = (config: PyDict) => replaceClassRefsByName(config) as PyDict;

/** Top-level keys of an MMDetection 3.x config that belong to the runtime (MMEngine runner). */
export const runtimeKeysMmengine: readonly string[] = [
  'optim_wrapper',
  'param_scheduler',
  'train_cfg',
  'val_cfg',
  'test_cfg',
  'default_hooks',
  'log_processor',
  'vis_backends',
  'visualizer',
  'env_cfg',
  'custom_hooks',
  'auto_scale_lr',
  'load_from',
  'resume',
  'default_scope',
  'log_level',
];

export const mmengineFacts: Omit<DialectInfo, 'id'> = {
  version: '3.x',
  labelKey: 'dialect3x',
  nameSuffix: '3x',
  title: 'MMDetection 3.x (MMEngine)',
  searchWords: '3.x mmengine',
  mmdetVersion: '3.3.0',
  scheduleKeys: ['optim_wrapper', 'param_scheduler', 'train_cfg', 'default_scope'],
  runtimeKeys: runtimeKeysMmengine,
  // Keys only MMEngine-era configs define.
  signatureKeys: new Set([
    'default_scope', 'default_hooks', 'env_cfg', 'train_dataloader', 'val_dataloader', 'test_dataloader',
    'optim_wrapper', 'param_scheduler', 'val_evaluator', 'test_evaluator', 'log_processor', 'visualizer', 'vis_backends',
    'tta_model', 'tta_pipeline', 'backend_args',
  ]),
  schedulePresetPrefix: 'mmdet3-schedule-',
  // mmengine.Config: `_base_` is an object in the child, and `env_variables` is reserved too.
  load: { baseIsObject: true, lazyImport: true, reservedKeys: ['filename', 'text', 'pretty_text', 'env_variables'] },
  // MMEngine's Runner trains only with all three (runner/partial-group); none of them is a test-only config.
  trainingKeys: ['train_dataloader', 'train_cfg', 'optim_wrapper'],
  cfgOptionGroups: 'merge',
  builtinBases: basesByPathV3,
  formBases: inheritedBaseV3,
  formBaseLayers: (scheduleBase) => {
    const runtime = { file: 'default_runtime.py', keys: defaultRuntimeV3() };
    return scheduleBase === 'none' ? [runtime] : [{ file: `schedule_${scheduleBase}.py`, keys: scheduleBaseV3(scheduleBase) }, runtime];
  },
  readTrainLoader: readTrainLoaderMmengine,
  simulate: (config, opts) => simulateMmengine(byName(config), opts),
  chart: (config, opts) => chartMmengine(byName(config), opts),
  gallery: { readScheduleFacts: readScheduleFactsMmengine, findMissingSchedule: findMissingScheduleMmengine, filtersEmptyImages: filtersEmptyImagesMmengine },
};
