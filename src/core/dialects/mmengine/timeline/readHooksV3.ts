import { isPyDict, isPyTuple, numberOf, type PyDict, type PyValue } from '../../../python/value.ts';
import { stripTypePrefix } from '../schedule/pyArgs.ts';
import type { SaveBest, TimelineWarning } from '../../../timeline/types.ts';
import { warn } from '../../../timeline/warnings.ts';
import type { ValSettings } from './validationV3.ts';

export interface CheckpointSettingsV3 {
  interval: number;
  byEpoch: boolean;
  maxKeep: number;
  saveLast: boolean;
  saveBegin: number;
  template: string;
  saveBest: SaveBest | null;
}

export interface LoggerSettingsV3 {
  interval: number;
  ignoreLast: boolean;
}

/**
 * `default_hooks[name]` as MMEngine 0.10.7 `Runner.register_default_hooks` resolves it: a
 * missing `default_hooks` or key means the built-in default, `None` removes the hook, a dict
 * replaces the default as a whole. `undefined` means the hook is not registered.
 */
export function readDefaultHook(config: PyDict, name: 'checkpoint' | 'logger'): PyDict | undefined {
  const builtIn: PyDict = name === 'checkpoint' ? { type: 'CheckpointHook', interval: 1 } : { type: 'LoggerHook' };
  const hooks = config.default_hooks;
  if (!isPyDict(hooks) || !(name in hooks)) return builtIn;
  const hook = hooks[name];
  return isPyDict(hook) ? hook : undefined;
}

/** `CheckpointHook.__init__` arguments of MMEngine 0.10.7 with their defaults. */
export function readCheckpointSettings(hook: PyDict, config: PyDict, warnings: TimelineWarning[]): CheckpointSettingsV3 | null {
  const type = typeof hook.type === 'string' ? stripTypePrefix(hook.type) : 'CheckpointHook';
  if (type !== 'CheckpointHook') {
    warnings.push(warn('checkpoint-hook-type', `default_hooks.checkpoint is ${type}; it is drawn as a CheckpointHook.`, `default_hooks.checkpoint 为 ${type}；此处按 CheckpointHook 绘制。`));
  }
  const saveBegin = numberOf(hook.save_begin) ?? 0;
  if (saveBegin < 0) {
    warnings.push(warn('checkpoint-save-begin', `ValueError: save_begin should not be less than 0, but got ${saveBegin}.`, `ValueError：save_begin 不能小于 0，当前为 ${saveBegin}。`));
    return null;
  }
  const byEpoch = typeof hook.by_epoch === 'boolean' ? hook.by_epoch : true;
  const template = typeof hook.filename_tmpl === 'string' ? hook.filename_tmpl : byEpoch ? 'epoch_{}.pth' : 'iter_{}.pth';
  return {
    interval: numberOf(hook.interval) ?? -1,
    byEpoch,
    maxKeep: numberOf(hook.max_keep_ckpts) ?? -1,
    saveLast: typeof hook.save_last === 'boolean' ? hook.save_last : true,
    saveBegin,
    template,
    saveBest: readSaveBest(hook, config, template, warnings),
  };
}

/** `LoggerHook.__init__` of MMEngine 0.10.7: `interval` must be an int > 0 (else it raises). */
export function readLoggerSettings(hook: PyDict, warnings: TimelineWarning[]): LoggerSettingsV3 | null {
  const raw = hook.interval;
  const interval = raw === undefined ? 10 : typeof raw === 'number' && Number.isInteger(raw) ? raw : null;
  if (interval === null) {
    warnings.push(warn('log-interval', 'TypeError: LoggerHook interval must be an integer.', 'TypeError：LoggerHook 的 interval 必须是整数。'));
    return null;
  }
  if (interval <= 0) {
    warnings.push(warn('log-interval', 'ValueError: LoggerHook interval must be greater than 0.', 'ValueError：LoggerHook 的 interval 必须大于 0。'));
    return null;
  }
  return { interval, ignoreLast: typeof hook.ignore_last === 'boolean' ? hook.ignore_last : true };
}

/**
 * `val_begin`, `val_interval` (default 1 for EpochBasedTrainLoop, 1000 for IterBasedTrainLoop)
 * and `dynamic_intervals` of the train loop, through `calc_dynamic_intervals`, which asserts a
 * list of tuples (a list of lists fails; here it is ignored with a warning).
 */
export function readValSettings(trainCfg: PyDict, loop: 'epoch' | 'iter', warnings: TimelineWarning[]): ValSettings {
  const valInterval = numberOf(trainCfg.val_interval) ?? (loop === 'epoch' ? 1 : 1000);
  const valBegin = numberOf(trainCfg.val_begin) ?? 1;
  const milestones = [0];
  const intervals = [valInterval];
  const raw = trainCfg.dynamic_intervals;
  if (raw !== undefined && raw !== null) {
    const pairs = Array.isArray(raw) ? raw.map(readPair) : null;
    if (pairs === null || pairs.some((p) => p === null)) {
      warnings.push(warn('val-dynamic', 'AssertionError: dynamic_intervals must be a list of (milestone, interval) tuples; it is ignored here.', 'AssertionError：dynamic_intervals 必须是 (节点, 间隔) 元组的列表；此处已忽略。'));
    } else {
      for (const p of pairs as [number, number][]) {
        milestones.push(p[0]);
        intervals.push(p[1]);
      }
    }
  }
  return { valBegin, valInterval, milestones, intervals };
}

function readPair(item: PyValue): [number, number] | null {
  if (!isPyTuple(item) || item.$tuple.length !== 2) return null;
  const m = numberOf(item.$tuple[0]);
  const i = numberOf(item.$tuple[1]);
  return m === undefined || i === undefined ? null : [m, i];
}

// MMEngine 0.10.7 CheckpointHook._default_greater_keys / _default_less_keys.
const greaterKeys = ['acc', 'top', 'AR@', 'auc', 'precision', 'mAP', 'mDice', 'mIoU', 'mAcc', 'aAcc'].map((k) => k.toLowerCase());
const lessKeys = ['loss'];

// CheckpointHook._init_rule: exact name first, then substring, case-insensitive.
function inferRule(key: string): 'greater' | 'less' | null {
  const lc = key.toLowerCase();
  if (greaterKeys.includes(lc)) return 'greater';
  if (lessKeys.includes(lc)) return 'less';
  if (greaterKeys.some((k) => lc.includes(k))) return 'greater';
  if (lessKeys.some((k) => lc.includes(k))) return 'less';
  return null;
}

/**
 * The first `save_best` key. 'auto' takes the first key the evaluator returns: for mmdet 3.3
 * `CocoMetric` that is `<prefix>/<metric>_mAP` (prefix 'coco'), for `VOCMetric`
 * `pascal_voc/mAP`. The best file is `best_<key with / as _>_<filename_tmpl of the step>`; the
 * previous best is removed when a better one is written, so one per key remains.
 */
function readSaveBest(hook: PyDict, config: PyDict, template: string, warnings: TimelineWarning[]): SaveBest | null {
  const raw = hook.save_best;
  const keys = typeof raw === 'string' ? [raw] : Array.isArray(raw) ? raw.filter((k): k is string => typeof k === 'string') : [];
  const first = keys[0];
  if (first === undefined) return null;
  const ruleRaw = Array.isArray(hook.rule) ? hook.rule[0] : hook.rule;
  const auto = first === 'auto';
  const key = auto ? (guessAutoKey(config) ?? 'auto') : first;
  let rule: SaveBest['rule'] = ruleRaw === 'greater' || ruleRaw === 'less' ? ruleRaw : null;
  if (rule === null) {
    rule = inferRule(key);
    if (rule === null && !auto) {
      warnings.push(warn('save-best-rule', `ValueError: Cannot infer the rule for key ${key}, thus a specific rule must be specified.`, `ValueError：无法推断键 ${key} 的比较规则，必须指定 rule。`));
    }
  }
  if (auto) {
    warnings.push(warn('save-best-auto', `save_best='auto' uses the first key the evaluator returns; here likely '${key}'.`, `save_best='auto' 使用评估器返回的第一个键；此处很可能是 '${key}'。`));
  }
  if (keys.length > 1) {
    warnings.push(warn('save-best-many', `save_best names ${keys.length} keys: one best checkpoint is kept per key; only '${key}' is shown.`, `save_best 指定了 ${keys.length} 个键：每个键各保留一个最佳检查点；此处只显示 '${key}'。`));
  }
  return { key, auto, rule, filePattern: `best_${key.replace(/\//g, '_')}_${template.replace('{}', 'N')}` };
}

function guessAutoKey(config: PyDict): string | null {
  const raw = config.val_evaluator;
  const evaluator = Array.isArray(raw) ? raw[0] : raw;
  if (!isPyDict(evaluator) || typeof evaluator.type !== 'string') return null;
  const type = stripTypePrefix(evaluator.type);
  if (type === 'VOCMetric') return `${typeof evaluator.prefix === 'string' ? evaluator.prefix : 'pascal_voc'}/mAP`;
  if (type !== 'CocoMetric') return null;
  const metric = evaluator.metric ?? 'bbox';
  const m = typeof metric === 'string' ? metric : Array.isArray(metric) && typeof metric[0] === 'string' ? metric[0] : null;
  if (m !== 'bbox' && m !== 'segm') return null;
  return `${typeof evaluator.prefix === 'string' ? evaluator.prefix : 'coco'}/${m}_mAP`;
}
