import type { PyDict } from '../../../../python/value.ts';
import { isPyDict, isPyNumber, numberOf } from '../../../../python/value.ts';
import type { FieldMessage } from '../../../../model/fieldSpec.ts';
import { checkFields } from '../../../../model/validate/fieldRules.ts';
import { error, warning } from '../../../../model/validate/messages.ts';
import { customHookTypes } from '../sections/customHooks.ts';
import { isIterLoop } from '../sections/loops.ts';
import { findUnexpectedLoopArgs, hasLoopSelectorConflict } from '../../schedule/parseTrainLoop.ts';

// torch.optim keyword arguments per class (torch 2.x): anything else raises TypeError.
const torchArgs: Readonly<Record<string, readonly string[]>> = {
  SGD: ['lr', 'momentum', 'dampening', 'weight_decay', 'nesterov', 'maximize', 'foreach', 'differentiable', 'fused'],
  Adam: ['lr', 'betas', 'eps', 'weight_decay', 'amsgrad', 'foreach', 'maximize', 'capturable', 'differentiable', 'fused'],
  AdamW: ['lr', 'betas', 'eps', 'weight_decay', 'amsgrad', 'foreach', 'maximize', 'capturable', 'differentiable', 'fused'],
  RMSprop: ['lr', 'alpha', 'eps', 'weight_decay', 'momentum', 'centered', 'capturable', 'foreach', 'maximize', 'differentiable'],
};

/** Runner raises unless optim_wrapper, train_dataloader and train_cfg are all set (or all None). */
export function checkRequiredSectionsV3(config: PyDict): FieldMessage[] {
  return (['optim_wrapper', 'train_cfg'] as const)
    .filter((key) => config[key] === undefined || config[key] === null)
    .map((key) => error([key], `${key} is missing: the runner cannot train without it.`, `缺少 ${key}：运行器无法训练。`));
}

/** optim_wrapper: wrapper-only arguments, the optimizer's keywords, clip_grad's shape. */
export function checkOptimWrapper(config: PyDict): FieldMessage[] {
  const wrapper = config.optim_wrapper;
  if (wrapper === undefined || wrapper === null) return [];
  if (!isPyDict(wrapper)) return [error(['optim_wrapper'], 'optim_wrapper must be a dict.', 'optim_wrapper 必须是字典。')];
  const out: FieldMessage[] = [];
  const type = wrapper.type ?? 'OptimWrapper';
  if (!isPyDict(wrapper.optimizer)) out.push(error(['optim_wrapper', 'optimizer'], 'optim_wrapper.optimizer must be a dict such as dict(type=\'SGD\', lr=0.02).', "optim_wrapper.optimizer 必须是字典，如 dict(type='SGD', lr=0.02)。"));
  if (type === 'OptimWrapper') {
    for (const key of ['loss_scale', 'dtype', 'use_fsdp']) {
      if (key in wrapper) out.push(error(['optim_wrapper', key], `${key} is an AmpOptimWrapper argument: OptimWrapper raises TypeError.`, `${key} 是 AmpOptimWrapper 的参数：OptimWrapper 会报 TypeError。`));
    }
  }
  const lossScale = wrapper.loss_scale;
  if (lossScale !== undefined && lossScale !== 'dynamic' && !isPyNumber(lossScale) && !isPyDict(lossScale)) {
    out.push(error(['optim_wrapper', 'loss_scale'], "loss_scale must be 'dynamic', a number or a dict of GradScaler arguments.", "loss_scale 必须是 'dynamic'、数字或 GradScaler 参数字典。"));
  }
  out.push(...checkClipGrad(wrapper), ...checkOptimizer(wrapper));
  return out;
}

function checkClipGrad(wrapper: PyDict): FieldMessage[] {
  const clip = wrapper.clip_grad;
  const path = ['optim_wrapper', 'clip_grad'];
  if (clip === undefined || clip === null) return [];
  if (!isPyDict(clip) || Object.keys(clip).length === 0) return [error(path, 'clip_grad must be None or a non-empty dict.', 'clip_grad 必须是 None 或非空字典。')];
  const type = clip.type ?? 'norm';
  if (type !== 'norm' && type !== 'value') return [error([...path, 'type'], "clip_grad type must be 'norm' or 'value'.", "clip_grad 的 type 必须是 'norm' 或 'value'。")];
  const foreign = type === 'norm' ? ['clip_value'] : ['max_norm', 'norm_type'];
  return foreign
    .filter((k) => k in clip)
    .map((k) => error([...path, k], `${k} does not apply to type='${type}' clipping (TypeError from torch).`, `${k} 不适用于 type='${type}' 的裁剪（torch 会报 TypeError）。`));
}

function checkOptimizer(wrapper: PyDict): FieldMessage[] {
  const optimizer = wrapper.optimizer;
  if (!isPyDict(optimizer)) return [];
  const out: FieldMessage[] = [];
  const at = (k: string) => ['optim_wrapper', 'optimizer', k];
  const known = typeof optimizer.type === 'string' ? torchArgs[optimizer.type] : undefined;
  if (known) {
    for (const key of Object.keys(optimizer)) {
      if (key !== 'type' && !known.includes(key)) out.push(error(at(key), `${String(optimizer.type)} takes no argument ${key} (TypeError).`, `${String(optimizer.type)} 没有参数 ${key}（会报 TypeError）。`));
    }
  }
  if (optimizer.nesterov === true && !((numberOf(optimizer.momentum) ?? 0) > 0)) out.push(error(at('nesterov'), 'Nesterov momentum requires momentum > 0.', 'Nesterov 动量需要 momentum > 0。'));
  const paramwise = wrapper.paramwise_cfg;
  const decayMults = isPyDict(paramwise) ? ['bias_decay_mult', 'norm_decay_mult', 'dwconv_decay_mult', 'flat_decay_mult'].filter((k) => k in paramwise) : [];
  if (decayMults.length > 0 && (optimizer.weight_decay === undefined || optimizer.weight_decay === null)) {
    out.push(error(at('weight_decay'), `${decayMults.join(', ')} needs weight_decay to be set.`, `${decayMults.join('、')} 需要设置 weight_decay。`));
  }
  return out;
}

/** train_cfg: the loop's length argument, as Runner.build_train_loop and the loops take them. */
export function checkTrainLoop(config: PyDict): FieldMessage[] {
  const loop = config.train_cfg;
  if (loop === undefined || loop === null) return [];
  if (!isPyDict(loop)) return [error(['train_cfg'], 'train_cfg must be a dict.', 'train_cfg 必须是字典。')];
  const out: FieldMessage[] = [];
  if (hasLoopSelectorConflict(loop)) {
    out.push(error(['train_cfg', 'by_epoch'], 'Only one of type or by_epoch can be set (MMEngine raises RuntimeError).', 'type 与 by_epoch 只能设置一个（MMEngine 会报 RuntimeError）。'));
  } else if (loop.type === undefined && typeof loop.by_epoch !== 'boolean') {
    out.push(error(['train_cfg', 'type'], 'train_cfg needs a type (EpochBasedTrainLoop / IterBasedTrainLoop) or by_epoch.', 'train_cfg 需要 type（EpochBasedTrainLoop / IterBasedTrainLoop）或 by_epoch。'));
  }
  if (typeof loop.type === 'string' && !['EpochBasedTrainLoop', 'IterBasedTrainLoop'].includes(loop.type)) {
    out.push(warning(['train_cfg', 'type'], `'${loop.type}' is not an MMEngine loop: it must be registered in LOOPS by your code.`, `'${loop.type}' 不是 MMEngine 内置循环：需由你的代码注册到 LOOPS。`));
    return out;
  }
  const loopClass = isIterLoop(loop) ? 'IterBasedTrainLoop' : 'EpochBasedTrainLoop';
  for (const key of findUnexpectedLoopArgs(loop, loopClass)) {
    out.push(error(['train_cfg', key], `${loopClass} takes no ${key} (TypeError).`, `${loopClass} 没有参数 ${key}（会报 TypeError）。`));
  }
  return out;
}

/** default_hooks and log_processor against the loop type; checkpoint interval; custom_hooks arguments. */
export function checkHooksV3(config: PyDict): FieldMessage[] {
  const out: FieldMessage[] = [];
  const iter = isPyDict(config.train_cfg) && isIterLoop(config.train_cfg);
  const hooks = config.default_hooks;
  if (hooks !== undefined && !isPyDict(hooks)) out.push(error(['default_hooks'], 'default_hooks must be a dict of hook dicts.', 'default_hooks 必须是钩子字典组成的字典。'));
  const checkpoint = isPyDict(hooks) ? hooks.checkpoint : undefined;
  if (isPyDict(checkpoint)) {
    if (numberOf(checkpoint.interval) === 0) out.push(error(['default_hooks', 'checkpoint', 'interval'], 'interval must not be 0 (use -1 for no periodic checkpoints).', 'interval 不能为 0（不定期保存请用 -1）。'));
    if (iter && (checkpoint.by_epoch ?? true) === true) out.push(warning(['default_hooks', 'checkpoint', 'by_epoch'], 'IterBasedTrainLoop: set by_epoch=False so interval counts iterations.', 'IterBasedTrainLoop：请设 by_epoch=False，使 interval 以迭代计。'));
    if (checkpoint.rule !== undefined && checkpoint.rule !== null && (checkpoint.save_best === undefined || checkpoint.save_best === null)) {
      out.push(warning(['default_hooks', 'checkpoint', 'rule'], 'rule has no effect without save_best.', '未设置 save_best 时 rule 无效。'));
    }
  }
  const processor = config.log_processor;
  if (iter && isPyDict(processor) && (processor.by_epoch ?? true) === true) {
    out.push(warning(['log_processor', 'by_epoch'], 'IterBasedTrainLoop: set by_epoch=False so logs count iterations.', 'IterBasedTrainLoop：请设 by_epoch=False，使日志按迭代计。'));
  }
  const custom = config.custom_hooks;
  if (custom !== undefined && custom !== null && !Array.isArray(custom)) return [...out, error(['custom_hooks'], 'custom_hooks must be a list of hook dicts.', 'custom_hooks 必须是钩子字典列表。')];
  (Array.isArray(custom) ? custom : []).forEach((hook, i) => {
    const path = ['custom_hooks', String(i)];
    if (!isPyDict(hook) || typeof hook.type !== 'string') {
      out.push(error(path, "Each hook must be a dict with a type, e.g. dict(type='EMAHook').", "每个钩子必须是带 type 的字典，如 dict(type='EMAHook')。"));
      return;
    }
    const spec = customHookTypes.find((h) => h.type === hook.type);
    if (spec) out.push(...checkFields(spec.args, hook, path));
  });
  return out;
}
