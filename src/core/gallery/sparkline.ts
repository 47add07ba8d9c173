import { reduceSeries } from '../schedule/reduce.ts';

export interface Sparkline {
  /** SVG path data in a `width` × `height` box, y growing downwards. */
  d: string;
  min: number;
  max: number;
}

const round = (v: number): number => Math.round(v * 10) / 10;

/**
 * A tiny line drawing of a per-iteration curve: reduced to about two points per pixel column
 * (min and max per bucket, so steps and warmup corners survive), scaled linearly to the box
 * with a 1-unit margin. A flat curve is drawn across the middle.
 */
export function buildSparklinePath(values: Float64Array, width: number, height: number): Sparkline {
  if (values.length === 0) return { d: '', min: 0, max: 0 };
  const { x, y } = reduceSeries(values, Math.max(4, Math.round(width * 2)));
  let min = Infinity;
  let max = -Infinity;
  for (const v of y) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const span = max - min;
  const lastX = Math.max(1, values.length - 1);
  const inner = height - 2;
  let d = '';
  for (let i = 0; i < x.length; i++) {
    const px = round(((x[i] ?? 0) / lastX) * width);
    const py = round(span > 0 ? 1 + (1 - ((y[i] ?? 0) - min) / span) * inner : height / 2);
    d += `${i === 0 ? 'M' : 'L'}${px} ${py}`;
  }
  if (x.length === 1) d += `L${width} ${round(height / 2)}`;
  return { d, min, max };
}
