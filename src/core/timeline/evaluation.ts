import type { PyDict, PyValue } from '../python/value.ts';
import { isPyDict, isPyTuple, numberOf } from '../python/value.ts';
import { bisectRight } from './pyBisect.ts';
import type { SaveBest, TimelineEvaluation, TimelineWarning } from './types.ts';
import { warn } from './warnings.ts';

export interface EvalSettings {
  start: number | null;
  interval: number;
  /** mmdet's `_calc_dynamic_intervals`: milestones `[0, m1, ...]` and intervals `[interval, i1, ...]`. */
  milestones: number[] | null;
  intervals: number[] | null;
  saveBest: SaveBest | null;
}

// MMCV 1.7.2 EvalHook._default_greater_keys / _default_less_keys.
const defaultGreaterKeys = ['acc', 'top', 'AR@', 'auc', 'precision', 'mAP', 'mDice', 'mIoU', 'mAcc', 'aAcc'];
const defaultLessKeys = ['loss'];

// The first key mmdet 2.x `CocoDataset.evaluate` / `VOCDataset.evaluate` return per metric.
const firstKeyOfMetric: Record<string, string> = {
  bbox: 'bbox_mAP',
  segm: 'segm_mAP',
  proposal: 'AR@100',
  proposal_fast: 'AR@100',
  mAP: 'mAP',
  recall: 'recall@100@0.5',
};

/**
 * Reads `evaluation` as mmdet 2.x `train_detector` builds its EvalHook: `by_epoch` is forced
 * from the runner type; a missing section means the defaults (tools/train.py validates unless
 * `--no-validate`). Construction errors of MMCV's EvalHook become warnings and null.
 */
export function readEvalSettings(config: PyDict, warnings: TimelineWarning[]): EvalSettings | null {
  const raw = config.evaluation;
  if (raw === null) return null;
  const section: PyDict = isPyDict(raw) ? raw : {};
  const interval = numberOf(section.interval) ?? 1;
  const startValue = section.start;
  const start = startValue === undefined || startValue === null ? null : (numberOf(startValue) ?? null);
  if (interval <= 0) {
    warnings.push(warn('eval-interval', `ValueError: interval must be a positive number, but got ${interval}; training stops before it starts.`, `ValueError：interval 必须为正数，当前为 ${interval}；训练无法开始。`));
    return null;
  }
  if (start !== null && start < 0) {
    warnings.push(warn('eval-start', `ValueError: the evaluation start epoch ${start} is smaller than 0.`, `ValueError：评估起始轮 ${start} 小于 0。`));
    return null;
  }
  const dynamic = readDynamicIntervals(section.dynamic_intervals, warnings);
  const saveBest = readSaveBest(section, warnings);
  return {
    start,
    interval,
    milestones: dynamic ? [0, ...dynamic.map((d) => d[0])] : null,
    intervals: dynamic ? [interval, ...dynamic.map((d) => d[1])] : null,
    saveBest,
  };
}

function readDynamicIntervals(v: PyValue | undefined, warnings: TimelineWarning[]): [number, number][] | null {
  if (v === undefined || v === null) return null;
  const items = Array.isArray(v) ? v : [];
  const pairs: [number, number][] = [];
  for (const item of items) {
    const [m, i] = isPyTuple(item) ? item.$tuple : [];
    const milestone = numberOf(m);
    const interval = numberOf(i);
    if (!isPyTuple(item) || milestone === undefined || interval === undefined) {
      warnings.push(warn('eval-dynamic', 'AssertionError: dynamic_intervals must be a list of (milestone, interval) tuples; it is ignored here.', 'AssertionError：dynamic_intervals 必须是 (节点, 间隔) 元组的列表；此处已忽略。'));
      return null;
    }
    pairs.push([milestone, interval]);
  }
  if (pairs.some(([, i]) => i <= 0)) {
    warnings.push(warn('eval-dynamic-zero', 'A dynamic interval ≤ 0 never evaluates (every_n_epochs is False for n ≤ 0).', '动态间隔 ≤ 0 时永不评估（n ≤ 0 时 every_n_epochs 为 False）。'));
  }
  return pairs;
}

function readSaveBest(section: PyDict, warnings: TimelineWarning[]): SaveBest | null {
  const key = section.save_best;
  if (typeof key !== 'string') return null;
  const ruleValue = section.rule;
  let rule: SaveBest['rule'] = ruleValue === 'greater' || ruleValue === 'less' ? ruleValue : null;
  const auto = key === 'auto';
  const metric = section.metric;
  const firstMetric = typeof metric === 'string' ? metric : Array.isArray(metric) && typeof metric[0] === 'string' ? metric[0] : 'bbox';
  const shownKey = auto ? (firstKeyOfMetric[firstMetric] ?? `${firstMetric}?`) : key;
  if (rule === null) {
    rule = inferRule(shownKey);
    if (rule === null && !auto) {
      warnings.push(warn('save-best-rule', `ValueError: cannot infer the rule for key ${key}; set rule='greater' or 'less'.`, `ValueError：无法推断键 ${key} 的比较规则；请设置 rule='greater' 或 'less'。`));
    }
  }
  if (auto) {
    warnings.push(warn('save-best-auto', `save_best='auto' uses the first key dataset.evaluate returns: for metric '${firstMetric}' that is likely '${shownKey}'.`, `save_best='auto' 使用 dataset.evaluate 返回的第一个键：指标 '${firstMetric}' 下很可能是 '${shownKey}'。`));
  }
  return { key: shownKey, auto, rule, filePattern: `best_${shownKey}_<epoch_N|iter_N>.pth` };
}

// MMCV 1.7.2 EvalHook._init_rule: exact name first, then substring, case-insensitive.
function inferRule(key: string): 'greater' | 'less' | null {
  const lc = key.toLowerCase();
  const greater = defaultGreaterKeys.map((k) => k.toLowerCase());
  const less = defaultLessKeys.map((k) => k.toLowerCase());
  if (greater.includes(lc)) return 'greater';
  if (less.includes(lc)) return 'less';
  if (greater.some((k) => lc.includes(k))) return 'greater';
  if (less.some((k) => lc.includes(k))) return 'less';
  return null;
}

/**
 * When evaluation runs, in epochs (by_epoch) or iterations, over `total` of them, as mmdet 2.x
 * EvalHook does on MMCV 1.7.2: before each epoch/iteration `_decide_interval` picks
 * `intervals[bisect_right(milestones, n) - 1]` for the 1-based `n` about to run; after it,
 * `_should_evaluate` passes when `start` is None and `n % interval == 0`, or when `n >= start`
 * and `(n - start) % interval == 0`. On the very first epoch/iteration `before_train_*` also
 * evaluates once before training when `start <= 0` (a fresh run) and `(1 - start) % interval == 0`.
 * `iterOf(n)` maps n to the global iteration for the axis.
 */
export function listEvaluations(
  settings: EvalSettings,
  total: number,
  iterOf: (n: number) => number,
  maxListed: number,
): { points: TimelineEvaluation[]; count: number } {
  const points: TimelineEvaluation[] = [];
  let count = 0;
  const add = (at: number, interval: number) => {
    count++;
    if (points.length < maxListed) points.push({ at, iter: iterOf(at), interval });
  };
  const intervalFor = (n: number) =>
    settings.milestones && settings.intervals
      ? (settings.intervals[bisectRight(settings.milestones, n) - 1] ?? settings.interval)
      : settings.interval;
  const shouldEvaluate = (n: number, interval: number) => {
    if (settings.start === null) return interval > 0 && n % interval === 0;
    if (n < settings.start) return false;
    return pyMod(n - settings.start, interval) === 0;
  };
  if (total >= 1 && settings.start !== null && settings.start <= 0 && shouldEvaluate(1, intervalFor(1))) add(0, intervalFor(1));
  for (let n = 1; n <= total; n++) {
    const interval = intervalFor(n);
    if (shouldEvaluate(n, interval)) add(n, interval);
  }
  return { points, count };
}

// Python's % with a sign of the divisor; a zero divisor raises in Python: treated as never.
function pyMod(a: number, b: number): number {
  if (b === 0) return NaN;
  return ((a % b) + b) % b;
}
