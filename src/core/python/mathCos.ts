/**
 * Python's `math.cos` where the schedules need its last bit. Cosine annealing computes
 * `cos(pi * t) + 1` (and MMEngine's restarts `1 - cos(pi / t)`): near t = 1 (or 0) the sum
 * cancels, and one ulp of the cosine (2^-53 near ±1) becomes a large relative difference of the
 * learning rate (1e-13 at cos + 1 = 1e-3, 3e-7 at the last iteration of a 160k schedule).
 * `Math.cos` (V8's fdlibm port) is within an ulp but differs from glibc's (CPython on Linux)
 * for ~2% of arguments near 0 and pi. There this computes the correctly rounded value itself,
 * from 1 - cos(y) = y^2/2! - y^4/4! + ... in double-double arithmetic (y the distance to 0 or
 * pi, with pi itself in two parts), then one rounding of ±1 ∓ that; glibc agrees except at rare
 * near-ties (2 of 5407 stored arguments, below 4e-14 of cos ± 1). Elsewhere it is `Math.cos`:
 * a last-bit difference there is below 1e-15 of anything the schedules compute from it.
 */

/** Past this distance from 0 or pi, cos ± 1 is large enough (> 0.13) that Math.cos will do. */
const nearEnd = 0.52;
const PI_LO = 1.2246467991473532e-16; // pi - Math.PI, rounded
const SPLITTER = 134217729; // 2^27 + 1 (Dekker)

/**
 * The double-double arithmetic below is written out with plain numbers, no pairs: it runs for a
 * third of all cosines of a 1.5 M-iteration schedule, and allocating two-element arrays per
 * operation made it ten times slower than Math.cos. The operations and their order are those of
 * Dekker's two-product and Knuth's two-sum.
 */

/** 1 / (2k)! for k = 1..11, high and low parts (exact factorials up to 18!, plain doubles after). */
const coefHi = new Float64Array(11);
const coefLo = new Float64Array(11);
for (let i = 0; i < 11; i++) {
  let f = 1;
  for (let n = 2; n <= 2 * (i + 1); n++) f *= n;
  const hi = 1 / f;
  coefHi[i] = hi;
  if (f <= 2 ** 53) {
    const p = hi * f;
    coefLo[i] = (1 - p - twoProdErr(hi, f, p)) / f;
  }
}

/** The rounding error of the product p = a * b (Dekker). */
function twoProdErr(a: number, b: number, p: number): number {
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return ah * bh - p + ah * bl + al * bh + al * bl;
}

/**
 * One rounding of `base + sign * (1 - cos(y))`, y = yh + yl (0 <= y <= nearEnd), with
 * 1 - cos(y) = y^2/2! - y^4/4! + ... summed in double-double (Horner).
 */
function roundedEnd(base: number, sign: number, yh: number, yl: number): number {
  // z = y * y
  let p = yh * yh;
  let e = twoProdErr(yh, yh, p) + (yh * yl + yl * yh);
  const zh = p + e;
  const zl = e - (zh - p);
  const last = coefHi.length - 1;
  let ah = coefHi[last] as number;
  let al = coefLo[last] as number;
  for (let k = last - 1; k >= 0; k--) {
    // m = z * acc
    p = zh * ah;
    e = twoProdErr(zh, ah, p) + (zh * al + zl * ah);
    const mh = p + e;
    const ml = e - (mh - p);
    // acc = coef[k] - m
    const ch = coefHi[k] as number;
    const s = ch + -mh;
    const bb = s - ch;
    const err = ch - (s - bb) + (-mh - bb) + ((coefLo[k] as number) - ml);
    ah = s + err;
    al = err - (ah - s);
  }
  // d = z * acc = 1 - cos(y)
  p = zh * ah;
  e = twoProdErr(zh, ah, p) + (zh * al + zl * ah);
  const dh = p + e;
  const dl = e - (dh - p);
  // base + sign * d, rounded once
  const b2 = sign * dh;
  const s = base + b2;
  const bb = s - base;
  const err = base - (s - bb) + (b2 - bb);
  return s + (err + sign * dl);
}

/** `math.cos(x)` as a correctly rounded libm returns it (for x in [0, pi]; `Math.cos` elsewhere). */
export function pyCos(x: number): number {
  // cos(x) = 1 - D near 0.
  if (x >= 0 && x < nearEnd) return roundedEnd(1, -1, x, 0);
  if (x > Math.PI - nearEnd && x <= Math.PI) {
    // cos(x) = -1 + D with y = pi - x: Math.PI - x is exact here (Sterbenz), pi's low part
    // added in double-double.
    const a = Math.PI - x;
    const s = a + PI_LO;
    const bb = s - a;
    return roundedEnd(-1, 1, s, a - (s - bb) + (PI_LO - bb));
  }
  return Math.cos(x);
}
