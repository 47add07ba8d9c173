import type { PyDict, PyValue } from '../../python/value.ts';
import { isPyDict, isPyTuple, numberOf } from '../../python/value.ts';
import type { FieldMessage } from '../fieldSpec.ts';
import { getAtPath } from '../paths.ts';
import { loggerHookTypes } from '../sections/log.ts';
import { checkFields, isIntValue } from './fieldRules.ts';
import { error, warning } from './messages.ts';
import { hasBothRunnerLengths, parseRunner } from '../../dialects/mmcv1/schedule/parseRunner.ts';
import { findIdleRunner } from '../../dialects/mmcv1/schedule/runnerLength.ts';

// mmdet's train_detector reads these as attributes, so a missing key stops training.
const requiredSections = ['optimizer', 'optimizer_config', 'checkpoint_config', 'log_config', 'workflow'] as const;

/** Top-level keys the runner cannot start without. */
export function checkRequiredSections(config: PyDict): FieldMessage[] {
  return requiredSections
    .filter((key) => config[key] === undefined)
    .map((key) => error([key], `${key} is missing.`, `缺少 ${key}。`));
}

/** `runner` type against max_epochs / max_iters, as build_runner and BaseRunner check them. */
export function checkRunner(config: PyDict): FieldMessage[] {
  const runner = config.runner;
  if (runner === undefined) {
    if (config.total_epochs !== undefined) {
      return [warning(['runner'], "No runner: mmdet builds EpochBasedRunner from the deprecated total_epochs; set runner = dict(type='EpochBasedRunner', max_epochs=...).", "没有 runner：mmdet 会用已弃用的 total_epochs 构建 EpochBasedRunner；请设置 runner = dict(type='EpochBasedRunner', max_epochs=...)。")];
    }
    if (config.total_iters !== undefined) {
      return [warning(['runner'], "No runner: mmseg 0.x builds IterBasedRunner(max_iters=total_iters); set runner = dict(type='IterBasedRunner', max_iters=...).", "没有 runner：mmseg 0.x 会用 total_iters 构建 IterBasedRunner(max_iters=total_iters)；请设置 runner = dict(type='IterBasedRunner', max_iters=...)。")];
    }
    return [error(['runner'], 'runner is missing (or the deprecated total_epochs / total_iters).', '缺少 runner（或已弃用的 total_epochs / total_iters）。')];
  }
  if (!isPyDict(runner)) return [error(['runner'], 'runner must be a dict.', 'runner 必须是字典。')];
  const out: FieldMessage[] = [];
  const hasEpochs = runner.max_epochs !== undefined && runner.max_epochs !== null;
  const hasIters = runner.max_iters !== undefined && runner.max_iters !== null;
  if (hasBothRunnerLengths(runner)) out.push(error(['runner', 'max_iters'], 'Only one of max_epochs or max_iters can be set.', 'max_epochs 与 max_iters 只能设置一个。'));
  else if (runner.type === 'EpochBasedRunner' && hasIters) out.push(error(['runner', 'max_iters'], 'EpochBasedRunner needs max_epochs, not max_iters.', 'EpochBasedRunner 需要 max_epochs，而不是 max_iters。'));
  else if (runner.type === 'IterBasedRunner' && hasEpochs) out.push(error(['runner', 'max_epochs'], 'IterBasedRunner needs max_iters, not max_epochs.', 'IterBasedRunner 需要 max_iters，而不是 max_epochs。'));
  if (typeof runner.type === 'string' && !['EpochBasedRunner', 'IterBasedRunner'].includes(runner.type)) {
    out.push(warning(['runner', 'type'], `'${runner.type}' is not an MMCV runner: it must be registered in RUNNERS by your code.`, `'${runner.type}' 不是 MMCV 内置运行器：需由你的代码注册到 RUNNERS。`));
  }
  const built = parseRunner(config);
  const idle = built.ok ? findIdleRunner(built.value) : undefined;
  if (idle) out.push(warning(idle.path, idle.en, idle.zh));
  const totalEpochs = numberOf(config.total_epochs);
  if (totalEpochs !== undefined && hasEpochs && totalEpochs !== numberOf(runner.max_epochs)) {
    out.push(error(['runner', 'max_epochs'], 'total_epochs and runner.max_epochs differ (mmdet asserts they are equal).', 'total_epochs 与 runner.max_epochs 不同（mmdet 断言二者相等）。'));
  }
  return out;
}

/** `workflow`: a list of (phase, n) tuples the runner can run. */
export function checkWorkflow(config: PyDict): FieldMessage[] {
  const workflow = config.workflow;
  if (workflow === undefined) return [];
  if (!Array.isArray(workflow) || workflow.length === 0) return [error(['workflow'], "workflow must be a non-empty list such as [('train', 1)].", "workflow 必须是非空列表，如 [('train', 1)]。")];
  const out: FieldMessage[] = [];
  workflow.forEach((entry, i) => {
    const path = ['workflow', String(i)];
    if (!isPyTuple(entry)) {
      out.push(error(path, "Each entry must be a tuple ('train', 1), not a list (MMCV asserts a list of tuples).", "每一项必须是元组 ('train', 1)，不能是列表（MMCV 断言为元组列表）。"));
      return;
    }
    const [phase, count] = entry.$tuple;
    if (phase !== 'train' && phase !== 'val') out.push(error(path, "The phase must be 'train' or 'val' (a runner method).", "阶段必须是 'train' 或 'val'（runner 的方法名）。"));
    if (!isIntValue(count) || count <= 0 || entry.$tuple.length !== 2) out.push(error(path, 'The count must be an int > 0.', '次数必须是 > 0 的整数。'));
  });
  if (workflow.some((e) => isPyTuple(e) && e.$tuple[0] === 'val') && !valPipelineLoadsAnnotations(config)) {
    out.push(
      warning(
        ['workflow'],
        "('val', n) computes validation losses, which needs annotations: mmdet's val pipeline (test_pipeline) has no LoadAnnotations. mmdet's tools/train.py swaps in the train pipeline when the workflow has 2 phases; other scripts do not.",
        "('val', n) 会计算验证集损失，需要标注：mmdet 的 val 流水线（test_pipeline）没有 LoadAnnotations。mmdet 的 tools/train.py 在工作流有 2 个阶段时会换用训练流水线；其他脚本不会。",
      ),
    );
  }
  return out;
}

function valPipelineLoadsAnnotations(config: PyDict): boolean {
  return containsTransform(getAtPath(config, ['data', 'val', 'pipeline']), 'LoadAnnotations');
}

function containsTransform(value: PyValue | undefined, type: string): boolean {
  if (Array.isArray(value)) return value.some((v) => containsTransform(v, type));
  if (isPyDict(value)) return value.type === type || Object.values(value).some((v) => containsTransform(v, type));
  return false;
}

/** The optimizer's cross-argument rules (torch and DefaultOptimizerConstructor raise on these). */
export function checkOptimizer(config: PyDict): FieldMessage[] {
  const optimizer = config.optimizer;
  if (!isPyDict(optimizer)) return optimizer === undefined ? [] : [error(['optimizer'], 'optimizer must be a dict.', 'optimizer 必须是字典。')];
  const out: FieldMessage[] = [];
  if (optimizer.nesterov === true && !((numberOf(optimizer.momentum) ?? 0) > 0)) {
    out.push(error(['optimizer', 'nesterov'], 'Nesterov momentum requires momentum > 0.', 'Nesterov 动量需要 momentum > 0。'));
  }
  const paramwise = optimizer.paramwise_cfg;
  const decayMults = isPyDict(paramwise) ? ['bias_decay_mult', 'norm_decay_mult', 'dwconv_decay_mult'].filter((k) => k in paramwise) : [];
  if (decayMults.length > 0 && (optimizer.weight_decay === undefined || optimizer.weight_decay === null)) {
    out.push(error(['optimizer', 'weight_decay'], `${decayMults.join(', ')} needs weight_decay to be set.`, `${decayMults.join('、')} 需要设置 weight_decay。`));
  }
  return out;
}

/** log_config: keys MMCV ignores, and each known logger hook's arguments. */
export function checkLogConfig(config: PyDict): FieldMessage[] {
  const log = config.log_config;
  if (!isPyDict(log)) return [];
  const out: FieldMessage[] = [];
  for (const key of ['ignore_last', 'reset_flag', 'by_epoch']) {
    if (key in log) out.push(warning(['log_config', key], `MMCV reads only interval and hooks from log_config: set ${key} on each hook.`, `MMCV 只读取 log_config 的 interval 和 hooks：请在每个钩子上设置 ${key}。`));
  }
  const hooks = log.hooks;
  if (hooks === undefined) return out;
  if (!Array.isArray(hooks)) return [...out, error(['log_config', 'hooks'], 'hooks must be a list of dicts.', 'hooks 必须是字典列表。')];
  hooks.forEach((hook, i) => {
    const path = ['log_config', 'hooks', String(i)];
    if (!isPyDict(hook) || typeof hook.type !== 'string') {
      out.push(error(path, "Each hook must be a dict with a type, e.g. dict(type='TextLoggerHook').", "每个钩子必须是带 type 的字典，如 dict(type='TextLoggerHook')。"));
      return;
    }
    const spec = loggerHookTypes.find((h) => h.type === hook.type);
    if (spec) out.push(...checkFields(spec.args, hook, path));
  });
  return out;
}

/** checkpoint_config and evaluation rules beyond plain ranges. */
export function checkHooks(config: PyDict): FieldMessage[] {
  const out: FieldMessage[] = [];
  const interval = numberOf(getAtPath(config, ['checkpoint_config', 'interval']) ?? undefined);
  if (isPyDict(config.checkpoint_config) && (interval === undefined || interval <= 0)) {
    out.push(warning(['checkpoint_config', 'interval'], 'interval ≤ 0 (MMCV default -1) never saves periodically; only save_last saves.', 'interval ≤ 0（MMCV 默认 -1）不会定期保存；只有 save_last 会保存。'));
  }
  const evaluation = config.evaluation;
  if (isPyDict(evaluation) && typeof evaluation.by_epoch === 'boolean' && isPyDict(config.runner)) {
    const runnerByEpoch = config.runner.type !== 'IterBasedRunner';
    if (evaluation.by_epoch !== runnerByEpoch) {
      out.push(warning(['evaluation', 'by_epoch'], "mmdet's train_detector overwrites evaluation.by_epoch from the runner type, so this value has no effect.", 'mmdet 的 train_detector 会按 runner 类型覆盖 evaluation.by_epoch，此值不起作用。'));
    }
  }
  return out;
}
