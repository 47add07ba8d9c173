import { isPyDict, type PyDict } from '../python/value.ts';
import { itemsOf, stripTypePrefix } from '../dialects/mmengine/schedule/pyArgs.ts';

const PLATEAU_CLASSES = new Set(['ReduceOnPlateauLR', 'ReduceOnPlateauMomentum', 'ReduceOnPlateauParamScheduler']);

/**
 * The metric names the config's ReduceOnPlateau schedulers monitor (`monitor`, default
 * `'loss'` as in MMEngine), in list order without repeats; empty when it has none.
 */
export function listPlateauMonitors(config: PyDict): string[] {
  const raw = config['param_scheduler'];
  const entries = itemsOf(raw) ?? (isPyDict(raw) ? [raw] : []);
  const out: string[] = [];
  for (const e of entries) {
    if (!isPyDict(e) || typeof e['type'] !== 'string' || !PLATEAU_CLASSES.has(stripTypePrefix(e['type']))) continue;
    const monitor = typeof e['monitor'] === 'string' ? e['monitor'] : 'loss';
    if (!out.includes(monitor)) out.push(monitor);
  }
  return out;
}

/**
 * Metric values typed by the user: numbers separated by commas, spaces or semicolons, one per
 * validation run. Pieces that are not numbers are returned in `bad` (and left out).
 */
export function parseMetricValues(text: string): { values: number[]; bad: string[] } {
  const values: number[] = [];
  const bad: string[] = [];
  for (const piece of text.split(/[\s,;]+/)) {
    if (piece === '') continue;
    const n = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(piece) ? Number(piece) : Number.NaN;
    if (Number.isFinite(n)) values.push(n);
    else bad.push(piece);
  }
  return { values, bad };
}

/**
 * The values a log holds for a monitored metric: the same name, else the one whose last path
 * part matches (`bbox_mAP` and MMEngine's `coco/bbox_mAP`). Null when the log has neither.
 */
export function pickLogMetric(metrics: Readonly<Record<string, readonly number[]>> | undefined, monitor: string): { key: string; values: readonly number[] } | null {
  if (metrics === undefined) return null;
  const exact = metrics[monitor];
  if (exact !== undefined) return { key: monitor, values: exact };
  const tail = (k: string) => k.slice(k.lastIndexOf('/') + 1);
  const key = Object.keys(metrics).find((k) => tail(k) === tail(monitor));
  return key === undefined ? null : { key, values: metrics[key] ?? [] };
}
