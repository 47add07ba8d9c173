import type { ScheduleCurves } from '../schedule/types.ts';
import { AsciiBuffer } from './asciiBuffer.ts';

/** One parameter group beyond the base one (a `paramwise_cfg.custom_keys` entry with its own lr). */
export interface CsvExtraGroup {
  customKey: string;
  lr: Float64Array;
  momentum: Float64Array | null;
}

/** Per-iteration curves to write: the base group, then any extra groups, all the same length. */
export interface CsvCurves {
  itersPerEpoch: number;
  lr: Float64Array;
  /** Null when the optimizer has no momentum (nor Adam `betas`): the column is left out. */
  momentum: Float64Array | null;
  extraGroups: readonly CsvExtraGroup[];
}

const comma = 44;
const newline = 10;

/** Rows per chunk: big enough that joining costs little, small enough to stream. */
export const csvRowsPerChunk = 65_536;

/** RFC 4180 quoting for a header cell (custom keys are free text, e.g. `backbone.layer1`). */
function quoteCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The CSV header: `iteration,epoch,lr,momentum`, then `<key>_lr,<key>_momentum` per extra
 * group; momentum columns only where the curve exists.
 */
export function buildCsvHeader(curves: CsvCurves): string {
  const cells = ['iteration', 'epoch', 'lr'];
  if (curves.momentum) cells.push('momentum');
  for (const g of curves.extraGroups) {
    cells.push(`${g.customKey}_lr`);
    if (g.momentum) cells.push(`${g.customKey}_momentum`);
  }
  return `${cells.map(quoteCell).join(',')}\n`;
}

/**
 * Yields the CSV of per-iteration curves in chunks of {@link csvRowsPerChunk} rows, the header
 * first, so millions of rows never sit in one string. Each row is one training iteration:
 * `iteration` is 0-based (the chart's x axis: the value in effect for the (i+1)-th optimizer
 * step), `epoch` is 1-based as MMCV and MMEngine logs print it (`Epoch [1][50/7330]`):
 * `floor(iteration / itersPerEpoch) + 1`. Numbers are written in JavaScript's shortest form
 * that reads back to the same double (`0.02`, `2.0000000000000003e-7`), which Python's
 * `float()` and pandas parse exactly. Lines end in `\n`.
 */
export function* generateCsvChunks(curves: CsvCurves, rowsPerChunk = csvRowsPerChunk): Generator<string> {
  const n = curves.lr.length;
  const ipe = Math.max(1, Math.floor(curves.itersPerEpoch));
  // Flattened column list so the row loop does no per-group branching on null momentum.
  const columns: Float64Array[] = [curves.lr];
  if (curves.momentum) columns.push(curves.momentum);
  for (const g of curves.extraGroups) {
    columns.push(g.lr);
    if (g.momentum) columns.push(g.momentum);
  }
  for (const c of columns) {
    if (c.length !== n) throw new Error(`curvesToCsv: columns differ in length (${c.length} vs ${n})`);
  }
  yield buildCsvHeader(curves);
  const size = Math.max(1, Math.floor(rowsPerChunk));
  const out = new AsciiBuffer();
  // Schedules hold values for long runs (steps, constant momentum): format each value once.
  const lastValue = columns.map(() => NaN);
  const lastText = columns.map(() => '');
  for (let start = 0; start < n; start += size) {
    const end = Math.min(n, start + size);
    let epoch = Math.floor(start / ipe) + 1;
    let nextEpochAt = epoch * ipe;
    let epochText = String(epoch);
    for (let i = start; i < end; i++) {
      if (i === nextEpochAt) {
        epoch++;
        nextEpochAt += ipe;
        epochText = String(epoch);
      }
      out.pushText(String(i));
      out.pushCode(comma);
      out.pushText(epochText);
      for (let k = 0; k < columns.length; k++) {
        const v = columns[k]?.[i] ?? NaN;
        // NaN !== NaN, so a NaN run is re-formatted each row; it is still "NaN".
        if (v !== lastValue[k]) {
          lastValue[k] = v;
          lastText[k] = String(v);
        }
        out.pushCode(comma);
        out.pushText(lastText[k] ?? '');
      }
      out.pushCode(newline);
    }
    yield out.takeText();
  }
}

/**
 * The CSV of per-iteration curves as an array of strings ready for `new Blob(parts)` (see
 * {@link generateCsvChunks} for columns and units). Joining the parts gives the whole file.
 */
export function curvesToCsv(curves: CsvCurves, rowsPerChunk = csvRowsPerChunk): string[] {
  return Array.from(generateCsvChunks(curves, rowsPerChunk));
}

/** The CSV input for a simulated schedule: base group, then each `custom_keys` group. */
export function toCsvCurves(curves: ScheduleCurves): CsvCurves {
  return {
    itersPerEpoch: curves.itersPerEpoch,
    lr: curves.base.lr,
    momentum: curves.base.momentum,
    extraGroups: curves.extraGroups.map((g) => ({ customKey: g.customKey, lr: g.lr, momentum: g.momentum })),
  };
}
