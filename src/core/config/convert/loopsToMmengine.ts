import { isPyDict, newDict, type PyDict } from '../../python/value.ts';
import type { NoteList } from './notes.ts';

/** What the train loop and the checkpoint hook take from `runner` and `evaluation`. */
export interface LoopConversion {
  trainCfg: PyDict | null;
  iterBased: boolean;
  /** `save_best` / `rule` of `evaluation`, which 3.x keeps on the checkpoint hook. */
  checkpointExtras: PyDict;
}

const evaluationMoved = new Set(['interval', 'start', 'dynamic_intervals', 'save_best', 'rule', 'by_epoch']);

/**
 * `runner` (or the older `total_epochs`) + `evaluation` as `train_cfg`: EpochBasedTrainLoop with
 * max_epochs or IterBasedTrainLoop with max_iters; `evaluation.interval` -> `val_interval`,
 * `start` -> `val_begin`, `dynamic_intervals` kept; `save_best`/`rule` go to the checkpoint hook.
 */
export function convertLoops(config: PyDict, notes: NoteList): LoopConversion {
  const runner = isPyDict(config.runner) ? config.runner : null;
  const evaluation = isPyDict(config.evaluation) ? config.evaluation : {};
  // Without `runner`, mmseg 0.x trains IterBasedRunner(max_iters=total_iters) (see fallbackRunner).
  const iterFallback = runner === null && config.total_epochs === undefined && config.total_iters !== undefined;
  const type = runner?.type === 'IterBasedRunner' || iterFallback ? 'IterBasedRunner' : 'EpochBasedRunner';
  const iterBased = type === 'IterBasedRunner';
  const count = iterFallback ? config.total_iters : iterBased ? runner?.max_iters : (runner?.max_epochs ?? config.total_epochs);
  const checkpointExtras: PyDict = newDict();
  if (evaluation.save_best !== undefined) checkpointExtras.save_best = evaluation.save_best;
  if (evaluation.rule !== undefined) checkpointExtras.rule = evaluation.rule;
  if (count === undefined || count === null) {
    notes.warn(['runner'], 'No max_epochs/max_iters: train_cfg is not written.', '没有 max_epochs/max_iters：未写出 train_cfg。');
    return { trainCfg: null, iterBased, checkpointExtras };
  }
  const trainCfg: PyDict = iterBased
    ? { type: 'IterBasedTrainLoop', max_iters: count }
    : { type: 'EpochBasedTrainLoop', max_epochs: count };
  trainCfg.val_interval = evaluation.interval ?? 1;
  if (evaluation.start !== undefined && evaluation.start !== null) trainCfg.val_begin = evaluation.start;
  if (evaluation.dynamic_intervals !== undefined) trainCfg.dynamic_intervals = evaluation.dynamic_intervals;
  if (runner === null && iterFallback) {
    notes.info(['total_iters'], 'total_iters becomes train_cfg.max_iters (mmseg 0.x IterBasedRunner default).', 'total_iters 改为 train_cfg.max_iters（mmseg 0.x 的 IterBasedRunner 默认）。');
  } else if (runner === null) {
    notes.info(['total_epochs'], 'total_epochs becomes train_cfg.max_epochs.', 'total_epochs 改为 train_cfg.max_epochs。');
  }
  if (Object.keys(checkpointExtras).length > 0) {
    notes.info(
      ['evaluation', 'save_best'],
      'evaluation.save_best/rule move to default_hooks.checkpoint.',
      'evaluation.save_best/rule 移到 default_hooks.checkpoint。',
    );
  }
  const left = Object.keys(evaluation).filter((k) => !evaluationMoved.has(k));
  if (left.length > 0) {
    notes.warn(
      ['evaluation'],
      `evaluation.${left.join(', evaluation.')} go to val_evaluator in 3.x (a dataset-section setting) and are not converted.`,
      `evaluation.${left.join('、evaluation.')} 在 3.x 中属于 val_evaluator（数据集部分的设置），未转换。`,
    );
  }
  return { trainCfg, iterBased, checkpointExtras };
}
