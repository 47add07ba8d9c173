import { isMmcvJson, parseMmcvJson, parseMmengineScalars, readJsonLines } from './parseJsonLog.ts';
import { collectValidationMetrics } from './validationMetrics.ts';
import { parseTextLog } from './parseTextLog.ts';
import type { ParsedLog } from './types.ts';

export type ParseLogResult = { ok: true; log: ParsedLog } | { ok: false; message: string };

/**
 * Reads a training log of MMDetection 2.x (MMCV 1.x `*.log.json` or `*.log`) or 3.x (MMEngine
 * `vis_data/scalars.json` or `*.log`), telling the writer from the text itself. Never throws.
 */
export function parseTrainingLog(text: string): ParseLogResult {
  const json = readJsonLines(text);
  if (json) {
    const mmcv = isMmcvJson(json.records);
    const log = mmcv ? parseMmcvJson(json.records, json.bad) : parseMmengineScalars(json.records, json.bad);
    if (log.points.length === 0) return { ok: false, message: 'no training line with a learning rate in this JSON log' };
    const metrics = collectValidationMetrics(json.records, mmcv);
    return { ok: true, log: Object.keys(metrics).length > 0 ? { ...log, metrics } : log };
  }
  const log = parseTextLog(text);
  if (!log) return { ok: false, message: 'no training line with a learning rate (`Epoch [e][i/N] lr: ...` or `Iter [i/N] lr: ...`) found' };
  return { ok: true, log };
}
