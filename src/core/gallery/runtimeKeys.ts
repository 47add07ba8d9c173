import { newDict } from '../python/value.ts';
import type { PyDict } from '../python/value.ts';
import type { GalleryDialect } from './types.ts';

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

/**
 * The runtime part of a loaded config: its runtime keys in the loaded (to_dict) order, the
 * model and data sections dropped. Values are shared, not copied.
 */
export function pickRuntimeKeys(config: PyDict, dialect: GalleryDialect): PyDict {
  const keep = new Set(dialect === 'mmcv1' ? runtimeKeysMmcv1 : runtimeKeysMmengine);
  const out: PyDict = newDict();
  for (const [k, v] of Object.entries(config)) if (keep.has(k)) out[k] = v;
  return out;
}
