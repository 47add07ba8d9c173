import type { PyDict } from '../../python/value.ts';
import { checkCurves } from './curveCheck.ts';
import { NoteList } from './notes.ts';
import {
  convertCustomHooksToMmcv1,
  convertDefaultHooks,
  convertEnvToTopLevel,
  convertLoopToRunner,
  convertWrapperToOptimizer,
} from './runtimeToMmcv1.ts';
import { convertScheduleToMmcv1 } from './scheduleToMmcv1.ts';
import type { ConversionResult, ConvertOptions } from './types.ts';import { dialectInfos } from '../../dialects/info.ts';


/** 3.x runtime keys this conversion replaces; everything else is carried over unchanged. */
const mmengineRuntimeKeys = new Set([
  'default_scope',
  'train_cfg',
  'val_cfg',
  'test_cfg',
  'optim_wrapper',
  'param_scheduler',
  'default_hooks',
  'env_cfg',
  'vis_backends',
  'visualizer',
  'log_processor',
  'log_level',
  'load_from',
  'resume',
  'custom_hooks',
  'auto_scale_lr',
]);

/**
 * Converts an MMDetection 3.x (MMEngine 0.10.7) config back to 2.x (MMCV 1.7.2) where the
 * runtime can be expressed: LinearLR/ConstantLR warmup + one regular scheduler, Epoch/IterBased
 * loops, default_hooks -> checkpoint_config/log_config, val_interval -> evaluation. The rest gets
 * the closest 2.x setting and a warning; both configs are simulated and compared per iteration.
 */
export function convertToMmcv1(config: PyDict, opts: ConvertOptions): ConversionResult {
  const notes = new NoteList();
  const out: PyDict = {};
  for (const [key, value] of Object.entries(config)) {
    if (!mmengineRuntimeKeys.has(key)) out[key] = value;
  }
  notes.info(
    [],
    'Model and dataset keys are carried over unchanged; 2.x data pipelines and evaluation metrics need their own migration.',
    '模型与数据集相关的键原样保留；2.x 的数据流水线与评估指标需要另行迁移。',
  );
  const loops = convertLoopToRunner(config, opts.itersPerEpoch, notes);
  const optimizer = convertWrapperToOptimizer(config, notes);
  const schedule = convertScheduleToMmcv1(config, loops.loop, notes);
  const hooks = convertDefaultHooks(config, loops.evaluation);

  if (optimizer.optimizer !== null) out.optimizer = optimizer.optimizer;
  out.optimizer_config = optimizer.optimizerConfig;
  if (optimizer.fp16 !== null) out.fp16 = optimizer.fp16;
  out.lr_config = schedule.lrConfig ?? { policy: 'fixed' };
  if (schedule.momentumConfig !== null) out.momentum_config = schedule.momentumConfig;
  if (loops.runner !== null) out.runner = loops.runner;
  out.evaluation = loops.evaluation;
  out.checkpoint_config = hooks.checkpointConfig;
  out.log_config = hooks.logConfig;
  const customHooks = convertCustomHooksToMmcv1(config.custom_hooks);
  if (customHooks !== undefined) out.custom_hooks = customHooks;
  convertEnvToTopLevel(config, out);
  out.log_level = config.log_level ?? 'INFO';
  const resume = config.resume === true;
  out.load_from = resume ? null : (config.load_from ?? null);
  out.resume_from = resume ? (config.load_from ?? null) : null;
  if (resume) notes.info(['resume'], 'resume=True with load_from becomes resume_from.', 'resume=True 与 load_from 改为 resume_from。');
  out.workflow = [{ $tuple: ['train', 1] }];
  if (config.auto_scale_lr !== undefined) out.auto_scale_lr = config.auto_scale_lr;

  const curveCheck = checkCurves({ style: dialectInfos.mmengine.id, config }, { style: dialectInfos.mmcv1.id, config: out }, opts.itersPerEpoch);
  return { config: out, notes: notes.items, curveCheck, claimedExact: schedule.exact };
}
