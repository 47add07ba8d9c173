/**
 * The two JSON-lines logs: MMCV 1.x TextLoggerHook's `<timestamp>.log.json` and MMEngine's
 * `vis_data/scalars.json` (LocalVisBackend). Field sources are in test-data/training-logs/README.md.
 */
import type { LogItersPerEpoch, LogPoint, ParsedLog } from './types.ts';

type JsonRecord = Record<string, unknown>;

/** MMCV's `_round_float` writes `round(lr, 5)`: the logged value is within half of 1e-5. */
const mmcvJsonTolerance = 0.5e-5 * (1 + 1e-9);

/** MMEngine dumps the float itself: only our own double rounding separates the two. */
function fullPrecisionTolerance(lr: number): number {
  return Math.abs(lr) * 1e-9 + 1e-15;
}

/** Reads the JSON lines of `text`; `undefined` when no line is a JSON object. */
export function readJsonLines(text: string): { records: { line: number; value: JsonRecord }[]; bad: number[] } | undefined {
  const records: { line: number; value: JsonRecord }[] = [];
  const bad: number[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = (lines[i] ?? '').trim();
    if (raw === '') continue;
    if (!raw.startsWith('{')) return undefined;
    try {
      const value: unknown = JSON.parse(raw);
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) records.push({ line: i + 1, value: value as JsonRecord });
      else bad.push(i + 1);
    } catch {
      bad.push(i + 1);
    }
  }
  return records.length > 0 ? { records, bad } : undefined;
}

/** The first param group's lr of a record: a number, or (several optimizers) the first entry of a dict. */
function lrOf(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const first = Object.values(value)[0];
    if (typeof first === 'number' && Number.isFinite(first)) return first;
  }
  return undefined;
}

function positiveInt(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : undefined;
}

/**
 * MMCV 1.x `log.json`: `iter` is `runner.inner_iter + 1` when the logger is by epoch and
 * `runner.iter + 1` otherwise; `epoch` is `runner.epoch + 1`; `lr` is `runner.current_lr()[0]`
 * read in `after_train_iter`, i.e. the lr the updater hook set before this iteration's step.
 * A by-epoch log is told by `iter` falling back when `epoch` grows.
 */
export function parseMmcvJson(records: { line: number; value: JsonRecord }[], bad: number[]): ParsedLog {
  const skipped = bad.map((line) => ({ line, reason: 'not a JSON object' }));
  const rows: { line: number; epoch: number; iter: number; lr: number; momentum: number | undefined }[] = [];
  for (const { line, value } of records) {
    if (value.mode !== 'train') continue;
    const epoch = positiveInt(value.epoch);
    const iter = positiveInt(value.iter);
    const lr = lrOf(value.lr);
    if (epoch === undefined || iter === undefined || lr === undefined) {
      skipped.push({ line, reason: 'train record without a numeric epoch, iter and lr' });
      continue;
    }
    rows.push({ line, epoch, iter, lr, momentum: lrOf(value.momentum) });
  }
  const byEpoch = rows.some((r, i) => i > 0 && r.epoch > (rows[i - 1]?.epoch ?? 0) && r.iter < (rows[i - 1]?.iter ?? 0));
  // TextLoggerHook does not log momentum itself; a custom hook may put it in the log buffer.
  const points: LogPoint[] = rows.map((r) => ({
    line: r.line,
    ...(byEpoch ? { epoch: r.epoch, innerIter: r.iter } : { iter: r.iter - 1 }),
    lr: r.lr,
    absTolerance: mmcvJsonTolerance,
    ...(r.momentum === undefined ? {} : { momentum: { value: r.momentum, absTolerance: mmcvJsonTolerance } }),
  }));
  return { format: 'mmcv-json', points, itersPerEpoch: byEpoch ? innerIterRange(rows.map((r) => r.iter)) : { kind: 'none' }, skipped };
}

/**
 * Without `len(data_loader)` in the file, an epoch has at least as many iterations as the
 * largest logged inner iteration, and (with the default `ignore_last=True`) fewer than one
 * more logging interval past it.
 */
function innerIterRange(inner: number[]): LogItersPerEpoch {
  const max = Math.max(...inner);
  const interval = inner.reduce((g, x) => gcd(g, x), 0);
  return { kind: 'range', min: max, max: max + Math.max(interval, 1) - 1 };
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/**
 * MMEngine `scalars.json`: LoggerHook writes `step=runner.iter + 1` for train lines, and `lr`
 * (or `train/lr` with `log_with_hierarchy`) is the value RuntimeInfoHook recorded in
 * `before_train_iter` of that iteration. By-epoch logs also carry `epoch` (1-based) and
 * `iter` = `runner.iter + 1`, which bound the iterations per epoch.
 */
export function parseMmengineScalars(records: { line: number; value: JsonRecord }[], bad: number[]): ParsedLog {
  const skipped = bad.map((line) => ({ line, reason: 'not a JSON object' }));
  const points: LogPoint[] = [];
  let min = 1;
  let max = Number.POSITIVE_INFINITY;
  let sawEpoch = false;
  for (const { line, value } of records) {
    const lr = lrOf(value.lr ?? value['train/lr']);
    if (lr === undefined) continue; // validation and test lines carry metrics, not lr
    const step = positiveInt(value.step) ?? positiveInt(value.iter);
    if (step === undefined) {
      skipped.push({ line, reason: 'lr without a step' });
      continue;
    }
    const momentum = lrOf(value.momentum ?? value['train/momentum']);
    points.push({
      line,
      iter: step - 1,
      lr,
      absTolerance: fullPrecisionTolerance(lr),
      ...(momentum === undefined ? {} : { momentum: { value: momentum, absTolerance: fullPrecisionTolerance(momentum) } }),
    });
    const epoch = positiveInt(value.epoch);
    if (epoch !== undefined) {
      // (epoch - 1) * N < step <= epoch * N
      sawEpoch = true;
      min = Math.max(min, Math.ceil(step / epoch));
      if (epoch > 1) max = Math.min(max, Math.floor((step - 1) / (epoch - 1)));
    }
  }
  let itersPerEpoch: LogItersPerEpoch = { kind: 'none' };
  if (sawEpoch && Number.isFinite(max) && min === max) itersPerEpoch = { kind: 'exact', value: min, source: 'fields' };
  else if (sawEpoch && min <= max) itersPerEpoch = { kind: 'range', min, max: Number.isFinite(max) ? max : Number.POSITIVE_INFINITY };
  return { format: 'mmengine-scalars', points, itersPerEpoch, skipped };
}

/** True when the records look like MMCV's log.json (some carry `mode`) rather than MMEngine's scalars. */
export function isMmcvJson(records: { value: JsonRecord }[]): boolean {
  return records.some((r) => typeof r.value.mode === 'string');
}
