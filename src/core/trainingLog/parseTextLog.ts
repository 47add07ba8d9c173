/**
 * The plain-text logs: MMCV 1.x TextLoggerHook (`Epoch [1][50/7330]\tlr: 2.000e-02, ...`,
 * `Epoch(train) [1][50/7330]\t...` in some 1.x releases, `Iter [50/90000]\t...`) and MMEngine
 * LogProcessor (`Epoch(train)  [1][  50/7330]  base_lr: 2.0000e-02 lr: 2.0000e-02  ...`,
 * `Iter(train) [   50/90000]  ...`). Field sources are in test-data/training-logs/README.md.
 */
import type { LogFormat, LogItersPerEpoch, LogPoint, ParsedLog } from './types.ts';

const epochHeader = /Epoch(\(train\))?\s*\[\s*(\d+)\]\s*\[\s*(\d+)\s*\/\s*(\d+)\]/;
const iterHeader = /Iter(\(train\))?\s*\[\s*(\d+)\s*\/\s*(\d+)\]/;
/** `lr: ` not preceded by a word character, so MMEngine's `base_lr:` is passed over; `lr_<name>:` for several optimizers. */
/** MMEngine prints the first group's momentum among the other scalars: `momentum: 0.9000`. */
const momentumField = /(?:^|[\s,])momentum:\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)/;
const lrField = /(?:^|[\s,])lr(?:_[\w.]+)?:\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)/;

/**
 * Half a unit in the last printed digit: `1.978e-03` (MMCV `{:.3e}`) is within 5e-7,
 * `2.0000e-02` (MMEngine `{:.4e}`) within 5e-7 too, `0.02` within 5e-3.
 */
export function printedTolerance(text: string): number {
  const m = /^[-+]?(\d*)(?:\.(\d*))?(?:[eE]([-+]?\d+))?$/.exec(text);
  if (!m) return 0;
  const decimals = (m[2] ?? '').length;
  const exponent = Number(m[3] ?? '0');
  return 0.5 * 10 ** (exponent - decimals) * (1 + 1e-9);
}

/** Reads every training line of a text log; `undefined` when none is found. */
export function parseTextLog(text: string): ParsedLog | undefined {
  const points: LogPoint[] = [];
  const skipped: { line: number; reason: string }[] = [];
  let engine = 0;
  let headerN: number | undefined;
  let conflictingN = false;
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (/(Epoch|Iter)\((val|test)\)/.test(line)) continue;
    const e = epochHeader.exec(line);
    const it = e ? null : iterHeader.exec(line);
    if (!e && !it) continue;
    const lrMatch = lrField.exec(line.slice((e ?? it)?.index ?? 0));
    if (!lrMatch) {
      skipped.push({ line: i + 1, reason: 'training line without lr' });
      continue;
    }
    const lrText = lrMatch[1] ?? '';
    const lr = Number(lrText);
    const absTolerance = printedTolerance(lrText);
    // MMCV joins fields with ', ', MMEngine with two spaces.
    const after = line.slice((e ?? it)?.index ?? 0).slice(lrMatch.index + lrMatch[0].length);
    if (!after.startsWith(',')) engine++;
    const m = momentumField.exec(line);
    const momentum = m ? { momentum: { value: Number(m[1]), absTolerance: printedTolerance(m[1] ?? '') } } : {};
    if (e) {
      const n = Number(e[4]);
      if (headerN !== undefined && headerN !== n) conflictingN = true;
      headerN ??= n;
      points.push({ line: i + 1, epoch: Number(e[2]), innerIter: Number(e[3]), lr, absTolerance, ...momentum });
    } else if (it) {
      points.push({ line: i + 1, iter: Number(it[2]) - 1, lr, absTolerance, ...momentum });
    }
  }
  if (points.length === 0) return undefined;
  const format: LogFormat = engine * 2 > points.length ? 'mmengine-text' : 'mmcv-text';
  const itersPerEpoch: LogItersPerEpoch =
    headerN !== undefined && !conflictingN ? { kind: 'exact', value: headerN, source: 'header' } : { kind: 'none' };
  if (conflictingN) skipped.push({ line: 0, reason: 'the epoch length [i/N] changes inside the log' });
  return { format, points, itersPerEpoch, skipped };
}
