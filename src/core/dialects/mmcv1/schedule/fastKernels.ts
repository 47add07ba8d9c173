import { fastPow } from './fastMath.ts';
import { pyCos } from '../../../python/mathCos.ts';
import type { AnnealStrategy } from './lrHookSpec.ts';

const block = 64;
/** Below this cos + 1 the rotation's ~1e-15 would exceed ~1e-14 of the value: call pyCos. */
const tailCos = 0.125;
const cosTable = new Float64Array(block);
const sinTable = new Float64Array(block);

/**
 * `annealing_cos(start, end, (p - offset) / span, weight)` for every iteration p in [from, to),
 * written into `out`. Long segments rotate a cosine/sine pair from `Math.cos`/`Math.sin`
 * anchors every 64 iterations (cos(a + jd) = cos a cos jd - sin a sin jd), ~1e-15 absolute
 * from calling `Math.cos` each time, at a fraction of the cost. Where cos + 1 is small (the
 * tail, when `end` is 0 the whole value) that absolute error is a large relative one (2e-8 at
 * the end of a 160k-iteration schedule), so there each value is Python's own cosine (`pyCos`).
 */
export function fillCosSegment(
  out: Float64Array,
  from: number,
  to: number,
  start: number,
  end: number,
  offset: number,
  span: number,
  weight = 1,
): void {
  const k = 0.5 * weight * (start - end);
  if (to - from < 4 * block) {
    for (let p = from; p < to; p++) out[p] = end + k * (pyCos(Math.PI * ((p - offset) / span)) + 1);
    return;
  }
  const step = Math.PI / span;
  for (let j = 0; j < block; j++) {
    cosTable[j] = Math.cos(j * step);
    sinTable[j] = Math.sin(j * step);
  }
  for (let p0 = from; p0 < to; p0 += block) {
    const angle = Math.PI * ((p0 - offset) / span);
    const c0 = Math.cos(angle);
    const s0 = Math.sin(angle);
    const stop = Math.min(block, to - p0);
    for (let j = 0; j < stop; j++) {
      const rotated = c0 * (cosTable[j] as number) - s0 * (sinTable[j] as number);
      const c = rotated + 1 < tailCos ? pyCos(Math.PI * ((p0 + j - offset) / span)) : rotated;
      out[p0 + j] = end + k * (c + 1);
    }
  }
}

/** `annealing_linear(start, end, (p - offset) / span)` for p in [from, to). */
export function fillLinearSegment(
  out: Float64Array,
  from: number,
  to: number,
  start: number,
  end: number,
  offset: number,
  span: number,
): void {
  const delta = end - start;
  for (let p = from; p < to; p++) out[p] = start + delta * ((p - offset) / span);
}

/** Either annealing over [from, to), clipped to the array. */
export function fillAnnealSegment(
  out: Float64Array,
  strategy: AnnealStrategy,
  from: number,
  to: number,
  start: number,
  end: number,
  offset: number,
  span: number,
): void {
  const lo = Math.max(0, from);
  const hi = Math.min(out.length, to);
  if (hi <= lo) return;
  if (strategy === 'cos') fillCosSegment(out, lo, hi, start, end, offset, span);
  else fillLinearSegment(out, lo, hi, start, end, offset, span);
}

const powBlock = 64;
const seriesTerms = 11;
const binomial = new Float64Array(seriesTerms);

/**
 * `scale * x(p) ** power + shift` for p in [0, out.length), written into `out`, where
 * x(p) = 1 + (p * mul) / div is upstream's own expression for the base (`1 - p / max_progress` for
 * Poly as mul = -1, div = max_progress, since (-p) / M is exactly -(p / M); `1 + gamma * p` for Inv
 * as div = 1), evaluated as upstream evaluates it: near the end of a Poly schedule x is tiny, and
 * `1 + (-1 / M) * p` would be off from `1 - p / M` by an ulp of 1, ~1e-12 of x.
 * Every 64 iterations one `Math.pow` anchors x0 ** power; in between
 * x ** power = x0 ** power * (1 + u) ** power with u = (x - x0) · (1 / x0), |u| <= 1/64 (x - x0 is
 * exact there), from the binomial series (11 terms: the tail is below 1e-16 for |power| <= 8;
 * larger powers use exp/log per iteration instead). ~1e-15 relative to `Math.pow` at a fraction
 * of its cost.
 */
export function fillLinearPow(out: Float64Array, mul: number, div: number, power: number, scale = 1, shift = 0): void {
  // Written out rather than passed as a function: a call per iteration tripled the time.
  const xAt = (p: number) => 1 + (p * mul) / div;
  const n = out.length;
  if (!(Math.abs(power) <= 8)) {
    for (let p = 0; p < n; p++) out[p] = scale * fastPow(xAt(p), power) + shift;
    return;
  }
  binomial[0] = 1;
  for (let k = 1; k < seriesTerms; k++) binomial[k] = ((binomial[k - 1] as number) * (power - k + 1)) / k;
  const [, c1 = 0, c2 = 0, c3 = 0, c4 = 0, c5 = 0, c6 = 0, c7 = 0, c8 = 0, c9 = 0, c10 = 0] = binomial;
  for (let p0 = 0; p0 < n; p0 += powBlock) {
    const stop = Math.min(n, p0 + powBlock);
    const x0 = xAt(p0);
    const xLast = xAt(stop - 1);
    if (!(x0 > 0 && xLast > 0 && Math.abs(xLast - x0) <= x0 / 64)) {
      // Near zero the series would not converge fast enough: pay for Math.pow here.
      for (let p = p0; p < stop; p++) out[p] = scale * Math.pow(xAt(p), power) + shift;
      continue;
    }
    const anchor = scale * Math.pow(x0, power);
    const inv = 1 / x0;
    for (let p = p0; p < stop; p++) {
      const u = (1 + (p * mul) / div - x0) * inv;
      const series =
        1 + u * (c1 + u * (c2 + u * (c3 + u * (c4 + u * (c5 + u * (c6 + u * (c7 + u * (c8 + u * (c9 + u * c10)))))))));
      out[p] = anchor * series + shift;
    }
  }
}

/** `scale * gamma ** p` for p in [0, out.length): a `Math.pow` anchor every 64 iterations times gamma ** j. */
export function fillGeometric(out: Float64Array, gamma: number, scale: number): void {
  const steps = Float64Array.from({ length: powBlock }, (_, j) => gamma ** j);
  for (let p0 = 0; p0 < out.length; p0 += powBlock) {
    const anchor = scale * gamma ** p0;
    const stop = Math.min(out.length, p0 + powBlock);
    for (let p = p0; p < stop; p++) out[p] = anchor * (steps[p - p0] as number);
  }
}

/**
 * A Step hook's values per iteration: constant runs between decays, each run one `fill`.
 * `valueAfter(k)` is the value after k decays; decays happen at `step` multiples (int) or
 * at the listed milestones.
 */
export function fillStepRuns(out: Float64Array, step: number | readonly number[], valueAfter: (decays: number) => number): void {
  const n = out.length;
  if (typeof step === 'number') {
    for (let from = 0, k = 0; from < n; from += step, k++) out.fill(valueAfter(k), from, Math.min(n, from + step));
    return;
  }
  // Upstream takes the first milestone still ahead, so unsorted lists keep that meaning.
  let from = 0;
  while (from < n) {
    let k = step.length;
    let next = n;
    for (let i = 0; i < step.length; i++) {
      if (from < (step[i] ?? 0)) {
        k = i;
        next = Math.min(n, step[i] ?? n);
        break;
      }
    }
    // The index can only change where some milestone is crossed.
    for (const s of step) if (s > from && s < next) next = s;
    out.fill(valueAfter(k), from, next);
    from = next;
  }
}
