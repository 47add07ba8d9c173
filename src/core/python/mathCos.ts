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

type Dd = [number, number];

function twoSum(a: number, b: number): Dd {
  const s = a + b;
  const bb = s - a;
  return [s, a - (s - bb) + (b - bb)];
}

function quickTwoSum(a: number, b: number): Dd {
  const s = a + b;
  return [s, b - (s - a)];
}

function split(a: number): Dd {
  const t = SPLITTER * a;
  const hi = t - (t - a);
  return [hi, a - hi];
}

function twoProd(a: number, b: number): Dd {
  const p = a * b;
  const [ah, al] = split(a);
  const [bh, bl] = split(b);
  return [p, ah * bh - p + ah * bl + al * bh + al * bl];
}

function ddMul(a: Dd, b: Dd): Dd {
  const [p, e] = twoProd(a[0], b[0]);
  return quickTwoSum(p, e + (a[0] * b[1] + a[1] * b[0]));
}

function ddSub(a: Dd, b: Dd): Dd {
  const [s, e] = twoSum(a[0], -b[0]);
  return quickTwoSum(s, e + (a[1] - b[1]));
}

/** 1 / (2k)! for k = 1..11, as double-doubles (exact factorials up to 18!, plain doubles after). */
const coefficients: Dd[] = Array.from({ length: 11 }, (_, i) => {
  let f = 1;
  for (let n = 2; n <= 2 * (i + 1); n++) f *= n;
  const hi = 1 / f;
  if (f > 2 ** 53) return [hi, 0];
  const [p, pe] = twoProd(hi, f);
  return [hi, (1 - p - pe) / f];
});

/** 1 - cos(y) for 0 <= y <= nearEnd, y given as a double-double. */
function oneMinusCos(y: Dd): Dd {
  const z = ddMul(y, y);
  const last = coefficients.length - 1;
  let acc: Dd = coefficients[last] ?? [0, 0];
  for (let k = last - 1; k >= 0; k--) acc = ddSub(coefficients[k] ?? [0, 0], ddMul(z, acc));
  return ddMul(z, acc);
}

/** `math.cos(x)` as a correctly rounded libm returns it (for x in [0, pi]; `Math.cos` elsewhere). */
export function pyCos(x: number): number {
  if (x >= 0 && x < nearEnd) {
    // cos(x) = 1 - D: one rounding of the exact sum.
    const [dh, dl] = oneMinusCos([x, 0]);
    const [s, e] = twoSum(1, -dh);
    return s + (e - dl);
  }
  if (x > Math.PI - nearEnd && x <= Math.PI) {
    // y = pi - x: Math.PI - x is exact here (Sterbenz), pi's low part added in double-double.
    const y = twoSum(Math.PI - x, PI_LO);
    const [dh, dl] = oneMinusCos(y);
    const [s, e] = twoSum(-1, dh);
    return s + (e + dl);
  }
  return Math.cos(x);
}
