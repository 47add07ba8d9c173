import type { ChartPoint } from './chartData.ts';
import { logTicks, niceTicks } from './axisTicks.ts';

export interface PlotBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface ChartScales {
  xOf: (iteration: number) => number;
  /** The iteration under a pixel, clamped to the visible range. */
  iterAt: (px: number) => number;
  yOf: (value: number) => number;
  log: boolean;
  yTicks: number[];
}

/**
 * Pixel scales for iterations [x0, x1] and the values of `ys` (log: only positive values, in
 * decades), with 5 % headroom so a flat line does not sit on the frame.
 */
export function makeScales(ys: readonly number[], logScale: boolean, x0: number, x1: number, box: PlotBox): ChartScales {
  const plotW = Math.max(1, box.right - box.left);
  const plotH = Math.max(1, box.bottom - box.top);
  const span = Math.max(1, x1 - x0);
  const xOf = (i: number) => box.left + ((i - x0) / span) * plotW;
  const iterAt = (px: number) => Math.round(Math.min(x1, Math.max(x0, x0 + ((px - box.left) / plotW) * span)));
  const shown = ys.filter((y) => Number.isFinite(y) && (!logScale || y > 0));
  let lo = shown.length ? Math.min(...shown) : logScale ? 1e-8 : 0;
  let hi = shown.length ? Math.max(...shown) : 1;
  if (logScale) {
    const a0 = Math.log10(lo);
    const b0 = Math.log10(hi) === a0 ? a0 + 1 : Math.log10(hi);
    const pad = (b0 - a0) * 0.05;
    const a = a0 - pad;
    const b = b0 + pad;
    return { xOf, iterAt, log: true, yOf: (v) => box.bottom - ((Math.log10(v) - a) / (b - a)) * plotH, yTicks: logTicks(10 ** a, 10 ** b) };
  }
  if (hi === lo) {
    const pad = lo === 0 ? 1 : Math.abs(lo) * 0.1;
    lo -= pad;
    hi += pad;
  }
  const pad = (hi - lo) * 0.05;
  const a = lo - pad;
  const b = hi + pad;
  return { xOf, iterAt, log: false, yOf: (v) => box.bottom - ((v - a) / (b - a)) * plotH, yTicks: niceTicks(a, b, 4) };
}

/** An SVG path through the points; on a log axis a value ≤ 0 breaks the line. */
export function linePath(points: readonly ChartPoint[], s: ChartScales): string {
  let d = '';
  let pen = false;
  for (const pt of points) {
    if (s.log && !(pt.y > 0)) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${s.xOf(pt.x).toFixed(1)} ${s.yOf(pt.y).toFixed(1)}`;
    pen = true;
  }
  return d;
}
