import { isPyDict, type PyDict } from '../../python/value.ts';
import { checkCurves } from './curveCheck.ts';
import { convertEnv, convertHooks } from './hooksToMmengine.ts';
import { convertLoops } from './loopsToMmengine.ts';
import { NoteList } from './notes.ts';
import { convertOptimizer } from './optimToMmengine.ts';
import { convertScheduleToMmengine } from './scheduleToMmengine.ts';
import type { ConversionResult, ConvertOptions } from './types.ts';import { dialectInfos } from '../../dialects/info.ts';


/** 2.x runtime keys this conversion replaces; everything else is carried over unchanged. */
const mmcvRuntimeKeys = new Set([
  'optimizer',
  'optimizer_config',
  'fp16',
  'lr_config',
  'momentum_config',
  'runner',
  'total_epochs',
  'evaluation',
  'checkpoint_config',
  'log_config',
  'custom_hooks',
  'dist_params',
  'mp_start_method',
  'opencv_num_threads',
  'cudnn_benchmark',
  'resume_from',
  'load_from',
  'log_level',
  'workflow',
  'auto_scale_lr',
]);

/** Top-level keys of a 2.x file that were model settings (deprecated there); 3.x uses them for loops. */
const modelKeys = ['train_cfg', 'test_cfg'];

/**
 * Converts an MMDetection 2.x (MMCV 1.7.2) config to 3.x (MMEngine 0.10.7), following the mmdet
 * 3.x migration guide but choosing exact schedule equivalents where the guide's mapping is off
 * (see warmupRules, regularRules). The result is checked, not trusted: both configs are simulated
 * with `opts.itersPerEpoch` and every per-iteration lr/momentum difference is reported.
 */
export function convertToMmengine(config: PyDict, opts: ConvertOptions): ConversionResult {
  const notes = new NoteList();
  const out: PyDict = {};
  for (const [key, value] of Object.entries(config)) {
    if (!mmcvRuntimeKeys.has(key) && !modelKeys.includes(key)) out[key] = value;
  }
  moveModelSettings(config, out, notes);
  notes.info(
    [],
    'Model and dataset keys are carried over unchanged; 3.x pipelines, data_preprocessor and evaluators need their own migration.',
    '模型与数据集相关的键原样保留；3.x 的数据流水线、data_preprocessor 与评估器需要另行迁移。',
  );

  const loops = convertLoops(config, notes);
  const hooks = convertHooks(config, loops.iterBased, loops.checkpointExtras, notes);
  const wrapper = convertOptimizer(config, notes);
  const schedule = convertScheduleToMmengine(config, opts.itersPerEpoch, notes);

  out.default_scope = 'mmdet';
  if (loops.trainCfg !== null) out.train_cfg = loops.trainCfg;
  out.val_cfg = { type: 'ValLoop' };
  out.test_cfg = { type: 'TestLoop' };
  if (wrapper !== null) out.optim_wrapper = wrapper;
  if (schedule !== null) out.param_scheduler = schedule.paramScheduler;
  if (config.auto_scale_lr !== undefined) out.auto_scale_lr = config.auto_scale_lr;
  out.default_hooks = hooks.defaultHooks;
  out.env_cfg = convertEnv(config);
  out.vis_backends = hooks.visBackends;
  out.visualizer = { type: 'DetLocalVisualizer', vis_backends: hooks.visBackends, name: 'visualizer' };
  out.log_processor = { type: 'LogProcessor', window_size: 50, by_epoch: !loops.iterBased };
  out.log_level = config.log_level ?? 'INFO';
  convertResume(config, out, notes);
  if (hooks.customHooks !== undefined) out.custom_hooks = hooks.customHooks;
  noteWorkflow(config, notes);

  const curveCheck = checkCurves({ style: dialectInfos.mmcv1.id, config }, { style: dialectInfos.mmengine.id, config: out }, opts.itersPerEpoch);
  return { config: out, notes: notes.items, curveCheck, claimedExact: schedule?.exact ?? false };
}

function moveModelSettings(config: PyDict, out: PyDict, notes: NoteList): void {
  for (const key of modelKeys) {
    const value = config[key];
    if (value === undefined) continue;
    const model = isPyDict(out.model) ? { ...out.model } : null;
    if (model !== null && model[key] === undefined) {
      model[key] = value;
      out.model = model;
      notes.warn([key], `Top-level ${key} (model settings) moves into model.${key}; 3.x uses ${key} for the loop.`, `顶层 ${key}（模型设置）移入 model.${key}；3.x 的 ${key} 用于训练循环。`);
    } else {
      notes.warn([key], `Top-level ${key} (model settings) is dropped: 3.x uses ${key} for the loop.`, `顶层 ${key}（模型设置）已删除：3.x 的 ${key} 用于训练循环。`);
    }
  }
}

function convertResume(config: PyDict, out: PyDict, notes: NoteList): void {
  const resumeFrom = config.resume_from;
  if (resumeFrom !== undefined && resumeFrom !== null) {
    out.load_from = resumeFrom;
    out.resume = true;
    notes.info(['resume_from'], 'resume_from becomes load_from with resume=True.', 'resume_from 改为 load_from 并设置 resume=True。');
    if (config.load_from !== undefined && config.load_from !== null) {
      notes.warn(['load_from'], 'Both load_from and resume_from were set; resume_from wins, as in 2.x.', '同时设置了 load_from 与 resume_from；与 2.x 一样以 resume_from 为准。');
    }
    return;
  }
  out.load_from = config.load_from ?? null;
  out.resume = false;
}

function noteWorkflow(config: PyDict, notes: NoteList): void {
  if (config.workflow === undefined) return;
  notes.info(
    ['workflow'],
    'workflow is removed: 3.x validates through val_cfg and train_cfg.val_interval.',
    'workflow 已删除：3.x 通过 val_cfg 与 train_cfg.val_interval 进行验证。',
  );
}
