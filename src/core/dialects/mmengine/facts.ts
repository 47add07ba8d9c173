/** What is known about MMDetection 3.x (MMEngine) configs without loading the 3.x module. */
import type { DialectInfo } from '../types.ts';

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
};
