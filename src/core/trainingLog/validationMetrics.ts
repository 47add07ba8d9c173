/** Bookkeeping fields of log lines, which are not metrics a scheduler could monitor. */
const notMetrics = new Set(['mode', 'epoch', 'iter', 'step', 'lr', 'momentum', 'time', 'data_time', 'memory', 'eta', 'base_lr']);

/**
 * The validation metrics of a JSON-lines log, per name in file order: MMCV 1.x `log.json`
 * lines with `mode: 'val'` (TextLoggerHook writes the evaluation results there), MMEngine
 * `scalars.json` lines without an lr (LoggerHook.after_val_epoch writes `coco/bbox_mAP`...).
 * These are what ParamSchedulerHook hands ReduceOnPlateau schedulers after each validation.
 */
export function collectValidationMetrics(records: { value: Record<string, unknown> }[], mmcv: boolean): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const { value } of records) {
    const isVal = mmcv ? value.mode === 'val' : value.lr === undefined && value['train/lr'] === undefined;
    if (!isVal) continue;
    for (const [key, v] of Object.entries(value)) {
      if (notMetrics.has(key) || typeof v !== 'number' || !Number.isFinite(v)) continue;
      (out[key] ??= []).push(v);
    }
  }
  return out;
}
