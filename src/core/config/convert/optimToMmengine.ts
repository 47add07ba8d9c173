import { isPyDict, type PyDict, type PyValue } from '../../python/value.ts';
import type { NoteList } from './notes.ts';
import { toFloat } from './pyNumbers.ts';

/** MMCV's `Fp16OptimizerHook` defaults to a static loss scale of 512. */
const mmcvDefaultLossScale = 512;

/**
 * `optimizer` + `optimizer_config` + `fp16` as MMEngine's `optim_wrapper`: the optimizer without
 * `paramwise_cfg` (which moves up to the wrapper), `grad_clip` as `clip_grad`, fp16 as
 * `AmpOptimWrapper` with MMCV's loss scale, gradient accumulation as `accumulative_counts`.
 */
export function convertOptimizer(config: PyDict, notes: NoteList): PyDict | null {
  const optimizer = config.optimizer;
  if (!isPyDict(optimizer)) {
    notes.warn(['optimizer'], 'No optimizer dict: optim_wrapper is not written.', '没有 optimizer 字典：未写出 optim_wrapper。');
    return null;
  }
  const { paramwise_cfg: paramwise, ...rest } = optimizer;
  const optimizerConfig = isPyDict(config.optimizer_config) ? config.optimizer_config : {};
  const fp16 = isPyDict(config.fp16) ? config.fp16 : null;
  const hookType = typeof optimizerConfig.type === 'string' ? optimizerConfig.type : 'OptimizerHook';
  const amp = fp16 !== null || hookType.includes('Fp16');
  const wrapper: PyDict = { type: amp ? 'AmpOptimWrapper' : 'OptimWrapper', optimizer: rest };
  const clip = optimizerConfig.grad_clip;
  if (clip !== undefined && clip !== null) wrapper.clip_grad = clip;
  const cumulative = optimizerConfig.cumulative_iters;
  if (cumulative !== undefined) wrapper.accumulative_counts = cumulative;
  if (paramwise !== undefined) wrapper.paramwise_cfg = paramwise;
  if (amp) {
    const scale: PyValue = fp16?.loss_scale ?? optimizerConfig.loss_scale ?? toFloat(mmcvDefaultLossScale);
    wrapper.loss_scale = scale;
    notes.info(
      fp16 ? ['fp16'] : ['optimizer_config', 'type'],
      "fp16 becomes AmpOptimWrapper (torch.cuda.amp). MMCV's default static loss_scale=512. is written out, since MMEngine would otherwise use 'dynamic'.",
      "fp16 改为 AmpOptimWrapper（torch.cuda.amp）。显式写出 MMCV 默认的静态 loss_scale=512.，否则 MMEngine 会使用 'dynamic'。",
    );
  }
  const known = new Set(['type', 'grad_clip', 'cumulative_iters', 'loss_scale', 'distributed']);
  for (const key of Object.keys(optimizerConfig)) {
    if (!known.has(key)) {
      notes.warn(
        ['optimizer_config', key],
        `optimizer_config.${key} has no optim_wrapper counterpart and is dropped.`,
        `optimizer_config.${key} 在 optim_wrapper 中没有对应项，已丢弃。`,
      );
    }
  }
  if (paramwise !== undefined) {
    notes.info(
      ['optimizer', 'paramwise_cfg'],
      'paramwise_cfg moves from optimizer up to optim_wrapper.',
      'paramwise_cfg 从 optimizer 移到 optim_wrapper。',
    );
  }
  return wrapper;
}
