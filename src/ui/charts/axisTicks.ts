/** Round tick steps: 1, 2 or 5 times a power of ten, about `count` ticks over [min, max]. */
export function niceTicks(min: number, max: number, count: number): number[] {
  if (!(max > min)) return [min];
  const raw = (max - min) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const ticks: number[] = [];
  // Bounded: past 2^53 steps from zero `k++` stops moving, and a range of a few ulps would never end.
  const first = Math.ceil(min / step);
  if (!Number.isSafeInteger(first + 4 * count)) return [min];
  for (let k = first; k * step <= max + step * 1e-9 && ticks.length <= 4 * count + 4; k++) ticks.push(Number((k * step).toPrecision(12)));
  return ticks;
}

/**
 * Log-axis ticks: every power of ten in [min, max]; with fewer than three decades also 2× and
 * 5×, so a short range still shows several labels.
 */
export function logTicks(min: number, max: number): number[] {
  if (!(min > 0) || !(max >= min)) return [];
  const lo = Math.floor(Math.log10(min));
  const hi = Math.ceil(Math.log10(max));
  const mantissas = hi - lo < 3 ? [1, 2, 5] : [1];
  const ticks: number[] = [];
  for (let e = lo; e <= hi; e++) {
    for (const m of mantissas) {
      const v = Number(`${m}e${e}`);
      if (v >= min * (1 - 1e-12) && v <= max * (1 + 1e-12)) ticks.push(v);
    }
  }
  return ticks;
}

/** Log-axis labels all in one form, `1e-3`, `2e-5`, `1e+0`, whatever the magnitude. */
export function formatLogTick(v: number): string {
  return v.toExponential(0);
}

/** Linear-axis labels: up to 4 significant digits, exponent form below 1e-3 or from 1e4. */
export function formatLinearTick(v: number): string {
  if (v === 0) return '0';
  const a = Math.abs(v);
  return a < 1e-3 || a >= 1e4 ? v.toExponential(2).replace(/\.?0+e/, 'e') : String(Number(v.toPrecision(4)));
}

/** Iteration labels: 12,500 as `12.5k`, 1,500,000 as `1.5M`. */
export function formatIteration(v: number): string {
  if (Math.abs(v) >= 1e6) return `${Number((v / 1e6).toPrecision(4))}M`;
  if (Math.abs(v) >= 1e4) return `${Number((v / 1e3).toPrecision(4))}k`;
  return String(v);
}

/** A value under the pointer: 5 significant digits (exponent form for very small or large values). */
export function formatExact(v: number): string {
  if (v === 0) return '0';
  const a = Math.abs(v);
  return a < 1e-4 || a >= 1e6 ? v.toExponential(4) : v.toPrecision(5);
}

/**
 * Epoch boundaries (as iterations) inside the visible [from, to], at most about `maxTicks`,
 * every n-th epoch with n a round step. Labels are epoch numbers.
 */
export function epochTicksIn(from: number, to: number, itersPerEpoch: number, maxTicks: number): { iter: number; epoch: number }[] {
  const ipe = Math.max(1, itersPerEpoch);
  const first = Math.ceil(from / ipe);
  const last = Math.floor(to / ipe);
  if (last < first) return [];
  const every = niceTicks(0, last - first, maxTicks)[1] ?? 1;
  const step = Math.max(1, Math.round(every));
  const ticks: { iter: number; epoch: number }[] = [];
  for (let e = Math.ceil(first / step) * step; e <= last; e += step) ticks.push({ iter: e * ipe, epoch: e });
  return ticks;
}
