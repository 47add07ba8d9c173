import { logTicks, niceTicks } from './axisTicks.ts';

/** The value (y) axis of a curve chart: drawn by ValueLayer, not by recharts. */
export interface ValueAxis {
  log: boolean;
  /** The bounds of the plot area, bottom and top. */
  domain: [number, number];
  ticks: number[];
}

/**
 * The value axis for `ys` (log: only positive values, ticks at decades), with 5 % headroom so a
 * flat line does not sit on the frame.
 */
export function makeValueAxis(ys: readonly number[], logScale: boolean): ValueAxis {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const y of ys) {
    if (!Number.isFinite(y) || (logScale && !(y > 0))) continue;
    if (y < lo) lo = y;
    if (y > hi) hi = y;
  }
  if (lo > hi) {
    lo = logScale ? 1e-8 : 0;
    hi = 1;
  }
  // Values that differ only in rounding (a flat stretch of a cosine under a deep zoom) are one
  // value: their spread is far below the 5 digits shown, and a span of a few ulps has no ticks.
  const flat = hi - lo <= Math.max(Math.abs(lo), Math.abs(hi)) * 1e-9;
  if (logScale) {
    const a0 = Math.log10(lo);
    const b0 = flat ? a0 + 1 : Math.log10(hi);
    const pad = (b0 - a0) * 0.05;
    const domain: [number, number] = [10 ** (a0 - pad), 10 ** (b0 + pad)];
    return { log: true, domain, ticks: logTicks(domain[0], domain[1]) };
  }
  if (flat) {
    const pad = lo === 0 ? 1 : Math.abs(lo) * 0.1;
    hi = lo + pad;
    lo -= pad;
  }
  const pad = (hi - lo) * 0.05;
  const domain: [number, number] = [lo - pad, hi + pad];
  return { log: false, domain, ticks: niceTicks(domain[0], domain[1], 4) };
}

/**
 * Where `v` sits between the bottom (0) and the top (1) of the axis: linear, or by decades on a
 * log axis. NaN where the value has no place (≤ 0 on a log axis, not finite): a gap in a line.
 */
export function valueFraction(axis: ValueAxis, v: number): number {
  if (!Number.isFinite(v)) return Number.NaN;
  const [lo, hi] = axis.domain;
  if (axis.log) return v > 0 ? (Math.log(v) - Math.log(lo)) / (Math.log(hi) - Math.log(lo)) : Number.NaN;
  return (v - lo) / (hi - lo);
}
