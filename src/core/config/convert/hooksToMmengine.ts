import { isPyDict, type PyDict, type PyValue } from '../../python/value.ts';
import type { NoteList } from './notes.ts';

/** Logger hooks of MMCV 1.x that MMEngine turns into visualizer backends. */
const visBackendOf: Record<string, string> = {
  TensorboardLoggerHook: 'TensorboardVisBackend',
  WandbLoggerHook: 'WandbVisBackend',
  MMDetWandbHook: 'WandbVisBackend',
};

/** 2.x custom hooks that 3.x renamed or folded into another hook. */
const renamedHooks: Record<string, { type: string; extra: PyDict }> = {
  ExpMomentumEMAHook: { type: 'EMAHook', extra: { ema_type: 'ExpMomentumEMA' } },
  LinearMomentumEMAHook: { type: 'EMAHook', extra: { ema_type: 'LinearMomentumEMA' } },
};

/** 2.x custom hooks that MMDetection 3.x / MMEngine still register under the same name. */
const sameNameHooks = new Set([
  'NumClassCheckHook',
  'CheckInvalidLossHook',
  'SetEpochInfoHook',
  'YOLOXModeSwitchHook',
  'SyncNormHook',
  'MemoryProfilerHook',
  'EMAHook',
  'EmptyCacheHook',
]);

export interface HookConversion {
  defaultHooks: PyDict;
  visBackends: PyDict[];
  customHooks: PyValue | undefined;
}

/**
 * `checkpoint_config`, `log_config` and `custom_hooks` as MMEngine's `default_hooks` (MMDetection
 * 3.x's default_runtime set, with the 2.x values), `vis_backends` for the Tensorboard/Wandb logger
 * hooks, and the custom hooks with 3.x names.
 */
export function convertHooks(config: PyDict, iterBased: boolean, checkpointExtras: PyDict, notes: NoteList): HookConversion {
  const logConfig = isPyDict(config.log_config) ? config.log_config : {};
  const logger: PyDict = { type: 'LoggerHook', interval: logConfig.interval ?? 50 };
  const visBackends: PyDict[] = [{ type: 'LocalVisBackend' }];
  const hooks = Array.isArray(logConfig.hooks) ? logConfig.hooks : [];
  for (const [i, hook] of hooks.entries()) {
    const type = isPyDict(hook) && typeof hook.type === 'string' ? hook.type : '';
    const backend = visBackendOf[type];
    if (backend !== undefined && isPyDict(hook)) {
      visBackends.push(hook.init_kwargs === undefined ? { type: backend } : { type: backend, init_kwargs: hook.init_kwargs });
      notes.info(['log_config', 'hooks', String(i)], `${type} becomes ${backend} in vis_backends.`, `${type} 改为 vis_backends 中的 ${backend}。`);
    } else if (type !== 'TextLoggerHook') {
      notes.warn(
        ['log_config', 'hooks', String(i)],
        `Logger hook ${type || '?'} has no 3.x counterpart here and is dropped.`,
        `日志钩子 ${type || '?'} 在 3.x 中没有对应项，已丢弃。`,
      );
    }
  }
  const defaultHooks: PyDict = {
    timer: { type: 'IterTimerHook' },
    logger,
    param_scheduler: { type: 'ParamSchedulerHook' },
    checkpoint: convertCheckpoint(config.checkpoint_config, iterBased, checkpointExtras),
    sampler_seed: { type: 'DistSamplerSeedHook' },
    visualization: { type: 'DetVisualizationHook' },
  };
  return { defaultHooks, visBackends, customHooks: convertCustomHooks(config.custom_hooks, notes) };
}

function convertCheckpoint(value: PyValue | undefined, iterBased: boolean, extras: PyDict): PyValue {
  const { type: _type, ...rest } = isPyDict(value) ? value : {};
  // MMCV's CheckpointHook defaults to interval=-1; IterBasedRunner sets by_epoch=False.
  const hook: PyDict = { type: 'CheckpointHook', interval: -1, ...rest, ...extras };
  if (iterBased && hook.by_epoch === undefined) hook.by_epoch = false;
  return hook;
}

function convertCustomHooks(value: PyValue | undefined, notes: NoteList): PyValue | undefined {
  if (!Array.isArray(value)) return value;
  return value.map((hook, i) => {
    if (!isPyDict(hook) || typeof hook.type !== 'string') return hook;
    const path = ['custom_hooks', String(i)];
    const renamed = renamedHooks[hook.type];
    if (renamed !== undefined) {
      const { type, resume_from: resume, skip_buffers: skip, ...rest } = hook;
      notes.info(
        path,
        `${type} becomes ${renamed.type}(ema_type='${String(renamed.extra.ema_type)}')${resume === undefined ? '' : '; resume_from is dropped (EMA state resumes with the checkpoint)'}; momentum keeps its meaning (weight of the new parameters), buffers are averaged unless skip_buffers was set.`,
        `${type} 改为 ${renamed.type}(ema_type='${String(renamed.extra.ema_type)}')${resume === undefined ? '' : '；resume_from 已删除（EMA 状态随检查点恢复）'}；momentum 含义不变（新参数的权重），除非设置了 skip_buffers，否则也平均 buffers。`,
      );
      return { type: renamed.type, ...renamed.extra, ...rest, update_buffers: skip !== true };
    }
    if (!sameNameHooks.has(hook.type)) {
      notes.warn(
        path,
        `Custom hook ${hook.type} is carried over as is; check that 3.x registers it under this name.`,
        `自定义钩子 ${hook.type} 原样保留；请确认 3.x 中仍以此名称注册。`,
      );
    }
    return hook;
  });
}

/** `cudnn_benchmark`, `mp_start_method`, `opencv_num_threads`, `dist_params` as MMEngine's `env_cfg`. */
export function convertEnv(config: PyDict): PyDict {
  return {
    cudnn_benchmark: config.cudnn_benchmark ?? false,
    mp_cfg: { mp_start_method: config.mp_start_method ?? 'fork', opencv_num_threads: config.opencv_num_threads ?? 0 },
    dist_cfg: config.dist_params ?? { backend: 'nccl' },
  };
}
