import { isPyDict, numberOf, type PyDict, type PyValue } from '../../python/value.ts';
import type { NoteList } from './notes.ts';
import { readFlag, typeNameOf } from './readArgs.ts';
import type { LoopFacts } from './scheduleToMmcv1.ts';

/** `train_cfg` as MMCV's `runner` plus the EvalHook settings the loop held. */
export function convertLoopToRunner(config: PyDict, itersPerEpoch: number, notes: NoteList): { runner: PyDict | null; evaluation: PyDict; loop: LoopFacts } {
  const train = isPyDict(config.train_cfg) ? config.train_cfg : {};
  const type = typeNameOf(train);
  const iterBased = type === 'IterBasedTrainLoop' || (type === '' && train.by_epoch !== undefined && !readFlag(train, 'by_epoch', true));
  const count = iterBased ? train.max_iters : train.max_epochs;
  const n = numberOf(count ?? undefined) ?? 0;
  const loop: LoopFacts = iterBased
    ? { iterBased, maxEpochs: 1, maxIters: n, itersPerEpoch }
    : { iterBased, maxEpochs: n, maxIters: n * itersPerEpoch, itersPerEpoch };
  const evaluation: PyDict = { interval: train.val_interval ?? 1 };
  if (train.val_begin !== undefined) evaluation.start = train.val_begin;
  if (train.dynamic_intervals !== undefined) evaluation.dynamic_intervals = train.dynamic_intervals;
  if (count === undefined) {
    notes.warn(['train_cfg'], 'train_cfg has no max_epochs/max_iters: runner is not written.', 'train_cfg 没有 max_epochs/max_iters：未写出 runner。');
    return { runner: null, evaluation, loop };
  }
  const runner: PyDict = iterBased ? { type: 'IterBasedRunner', max_iters: count } : { type: 'EpochBasedRunner', max_epochs: count };
  return { runner, evaluation, loop };
}

/** `optim_wrapper` as `optimizer` (with paramwise_cfg back inside), `optimizer_config` and `fp16`. */
export function convertWrapperToOptimizer(config: PyDict, notes: NoteList): { optimizer: PyDict | null; optimizerConfig: PyDict; fp16: PyDict | null } {
  const wrapper = isPyDict(config.optim_wrapper) ? config.optim_wrapper : null;
  const optimizer = wrapper !== null && isPyDict(wrapper.optimizer) ? { ...wrapper.optimizer } : null;
  if (wrapper === null || optimizer === null) {
    notes.warn(['optim_wrapper'], 'No single optim_wrapper.optimizer: optimizer is not written.', '没有单一的 optim_wrapper.optimizer：未写出 optimizer。');
    return { optimizer: null, optimizerConfig: { grad_clip: null }, fp16: null };
  }
  if (wrapper.paramwise_cfg !== undefined) optimizer.paramwise_cfg = wrapper.paramwise_cfg;
  const optimizerConfig: PyDict = { grad_clip: wrapper.clip_grad ?? null };
  if (wrapper.accumulative_counts !== undefined) {
    optimizerConfig.type = 'GradientCumulativeOptimizerHook';
    optimizerConfig.cumulative_iters = wrapper.accumulative_counts;
  }
  const amp = typeNameOf(wrapper) === 'AmpOptimWrapper';
  // MMEngine's AmpOptimWrapper defaults to a dynamic loss scale; MMCV's fp16 to a static 512.
  const fp16 = amp ? { loss_scale: wrapper.loss_scale ?? 'dynamic' } : null;
  const known = new Set(['type', 'optimizer', 'paramwise_cfg', 'clip_grad', 'accumulative_counts', 'loss_scale']);
  for (const key of Object.keys(wrapper)) {
    if (!known.has(key)) notes.warn(['optim_wrapper', key], `optim_wrapper.${key} has no 2.x counterpart and is dropped.`, `optim_wrapper.${key} 在 2.x 中没有对应项，已丢弃。`);
  }
  return { optimizer, optimizerConfig, fp16 };
}

/** `default_hooks.checkpoint`/`logger` and `vis_backends` as `checkpoint_config` and `log_config`. */
export function convertDefaultHooks(config: PyDict, evaluation: PyDict): { checkpointConfig: PyValue; logConfig: PyDict } {
  const hooks = isPyDict(config.default_hooks) ? config.default_hooks : {};
  const checkpoint = isPyDict(hooks.checkpoint) ? hooks.checkpoint : null;
  let checkpointConfig: PyValue = { interval: 1 };
  if (checkpoint !== null) {
    const { type: _type, save_best: saveBest, rule, ...rest } = checkpoint;
    checkpointConfig = rest;
    if (saveBest !== undefined) evaluation.save_best = saveBest;
    if (rule !== undefined) evaluation.rule = rule;
  }
  const logger = isPyDict(hooks.logger) ? hooks.logger : {};
  const logHooks: PyDict[] = [{ type: 'TextLoggerHook' }];
  const visualizer = isPyDict(config.visualizer) ? config.visualizer : {};
  const backends = Array.isArray(config.vis_backends) ? config.vis_backends : Array.isArray(visualizer.vis_backends) ? visualizer.vis_backends : [];
  for (const b of backends) {
    const type = typeNameOf(b);
    if (type === 'TensorboardVisBackend') logHooks.push({ type: 'TensorboardLoggerHook' });
    if (type === 'WandbVisBackend' && isPyDict(b)) logHooks.push(b.init_kwargs === undefined ? { type: 'WandbLoggerHook' } : { type: 'WandbLoggerHook', init_kwargs: b.init_kwargs });
  }
  return { checkpointConfig, logConfig: { interval: logger.interval ?? 50, hooks: logHooks } };
}

/** `env_cfg` as the 2.x top-level keys. */
export function convertEnvToTopLevel(config: PyDict, out: PyDict): void {
  const env = isPyDict(config.env_cfg) ? config.env_cfg : {};
  const mp = isPyDict(env.mp_cfg) ? env.mp_cfg : {};
  out.cudnn_benchmark = env.cudnn_benchmark ?? false;
  out.opencv_num_threads = mp.opencv_num_threads ?? 0;
  out.mp_start_method = mp.mp_start_method ?? 'fork';
  out.dist_params = env.dist_cfg ?? { backend: 'nccl' };
}

/** EMAHook with a 2.x ema_type back to its 2.x hook name; other hooks as they are. */
export function convertCustomHooksToMmcv1(value: PyValue | undefined): PyValue | undefined {
  if (!Array.isArray(value)) return value;
  const names: Record<string, string> = { ExpMomentumEMA: 'ExpMomentumEMAHook', LinearMomentumEMA: 'LinearMomentumEMAHook' };
  return value.map((hook) => {
    if (!isPyDict(hook) || typeNameOf(hook) !== 'EMAHook' || typeof hook.ema_type !== 'string') return hook;
    const name = names[hook.ema_type];
    if (name === undefined) return hook;
    const { type: _type, ema_type: _ema, update_buffers: update, ...rest } = hook;
    return { type: name, ...rest, ...(update === false ? { skip_buffers: true } : {}) };
  });
}
