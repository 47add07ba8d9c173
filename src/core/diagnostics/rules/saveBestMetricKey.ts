/**
 * `save_best` naming a metric the evaluation never returns. MMEngine's CheckpointHook reads
 * `metrics[key]` after each validation (mmengine/hooks/checkpoint_hook.py:505) and MMCV's EvalHook
 * `eval_res[key]` (mmcv/runner/hooks/evaluation.py), so a wrong key is a KeyError at the first
 * validation. MMDetection 3.x's CocoMetric results are prefixed by the evaluator (`coco/bbox_mAP`);
 * 2.x's CocoDataset.evaluate returns them bare (`bbox_mAP`). Only evaluators whose keys are known
 * are checked; `'auto'` takes the first key and is always fine.
 */
import { isPyDict } from '../../python/value.ts';
import type { PyDict, PyValue } from '../../python/value.ts';
import { className, dictAt, itemsOf } from '../pyAccess.ts';
import { text } from '../text.ts';
import type { Finding, Fix, Rule } from '../types.ts';

const id = 'checkpoint/save-best-unknown-metric';
const summary = 'save_best names a metric key the evaluator does not return';
const reference = {
  source: 'mmengine v0.10.7 mmengine/hooks/checkpoint_hook.py:505 (metrics[key_indicator]); mmcv v1.7.2 mmcv/runner/hooks/evaluation.py (EvalHook.evaluate: eval_res[key_indicator])',
  url: 'https://github.com/open-mmlab/mmengine/blob/v0.10.7/mmengine/hooks/checkpoint_hook.py#L505',
};

const coco = ['mAP', 'mAP_50', 'mAP_75', 'mAP_s', 'mAP_m', 'mAP_l'];
const proposal = ['AR@100', 'AR@300', 'AR@1000', 'AR_s@1000', 'AR_m@1000', 'AR_l@1000'];

/** The keys MMDetection's COCO evaluation returns for `metric` (CocoMetric.compute_metrics, CocoDataset.evaluate), unprefixed. */
function cocoKeys(metric: PyValue | undefined): string[] {
  const metrics = typeof metric === 'string' ? [metric] : (itemsOf(metric) ?? ['bbox']).filter((m): m is string => typeof m === 'string');
  return metrics.flatMap((m) => (m === 'proposal' || m === 'proposal_fast' ? proposal : coco.map((item) => `${m}_${item}`)));
}

function names(v: PyValue | undefined): string[] {
  if (typeof v === 'string') return [v];
  return (itemsOf(v) ?? []).filter((x): x is string => typeof x === 'string');
}

function finding(path: string[], wrong: string, known: readonly string[], fixed: string | undefined, value: PyValue): Finding {
  const fix: Fix | undefined =
    fixed === undefined ? undefined : { title: text(`Use '${fixed}'`, `改用 '${fixed}'`), edits: [{ op: 'set', path, value: typeof value === 'string' ? fixed : names(value).map((n) => (n === wrong ? fixed : n)) }] };
  const hint = fixed === undefined ? known.slice(0, 3).map((k) => `'${k}'`).join(', ') : `'${fixed}'`;
  return {
    severity: 'error',
    path,
    message: text(
      `save_best='${wrong}' is not a key the evaluation returns: KeyError at the first validation. Did you mean ${hint}?`,
      `save_best='${wrong}' 不是评估返回的键：第一次验证时会 KeyError。是否想写 ${hint}？`,
    ),
    ...(fix ? { fix } : {}),
  };
}

/** 3.x: every COCO-style evaluator's keys with its prefix (`prefix` or the default `coco`). */
export const saveBestUnknownMetricMmengine: Rule = {
  id,
  summary,
  reference,
  check(input): Finding[] {
    const hook = dictAt(input.config, ['default_hooks', 'checkpoint']);
    const wanted = names(hook?.save_best).filter((n) => n !== 'auto');
    const raw = input.config.val_evaluator;
    const evaluators: PyDict[] = isPyDict(raw) ? [raw] : (itemsOf(raw) ?? []).filter(isPyDict);
    if (wanted.length === 0 || evaluators.length === 0) return [];
    // An evaluator whose keys are not known here makes every key possible.
    if (evaluators.some((e) => className(e.type) !== 'CocoMetric' || 'metric_items' in e)) return [];
    const keys = evaluators.flatMap((e) => {
      const prefix = typeof e.prefix === 'string' ? e.prefix : 'coco';
      return cocoKeys(e.metric).map((k) => `${prefix}/${k}`);
    });
    return wanted
      .filter((w) => !keys.includes(w))
      .map((w) => finding(['default_hooks', 'checkpoint', 'save_best'], w, keys, keys.find((k) => k.endsWith(`/${w}`)), hook?.save_best ?? w));
  },
};

/** 2.x: MMDetection's EvalHook over a CocoDataset returns the bare keys of `evaluation.metric`. */
export const saveBestUnknownMetricMmcv1: Rule = {
  id,
  summary,
  reference,
  check(input): Finding[] {
    const evaluation = dictAt(input.config, ['evaluation']);
    const wanted = names(evaluation?.save_best).filter((n) => n !== 'auto');
    const val = dictAt(input.config, ['data', 'val']);
    if (!evaluation || wanted.length === 0 || !val || className(val.type) !== 'CocoDataset' || 'metric_items' in evaluation) return [];
    const keys = cocoKeys(evaluation.metric);
    return wanted
      .filter((w) => !keys.includes(w))
      .map((w) => finding(['evaluation', 'save_best'], w, keys, keys.find((k) => w.endsWith(`/${k}`)), evaluation.save_best ?? w));
  },
};
