/**
 * `exp` and `pow` for the per-iteration hot loops. `Math.pow` costs ~100 ns here, too slow
 * for 1.5 M iterations in 45 ms; the table-driven `fastExp` costs a few ns and stays within
 * ~2e-16 relative of the correctly rounded result (`fastPow` within ~(1 + |y ln x|) * 2e-16,
 * far inside the 1e-9 we promise), but is not bit-identical to libm, so long schedules only
 * use it (see `exactBudget`).
 */

const expTableSize = 64;
const ln2Hi = 6.93147180369123816490e-1; // fdlibm's split: ln2Hi has trailing zero bits, so k * ln2Hi is exact
const ln2Lo = 1.90821492927058770002e-10;
const invLn2N = expTableSize / Math.LN2;
const ln2HiN = ln2Hi / expTableSize;
const ln2LoN = ln2Lo / expTableSize;
const twoPowJ = Float64Array.from({ length: expTableSize }, (_, j) => 2 ** (j / expTableSize));
const twoPowM = Float64Array.from({ length: 2100 }, (_, i) => 2 ** (i - 1050));

/** e**t, relative error ~2e-16 for |t| < 700 (falls back to Math.exp outside). */
export function fastExp(t: number): number {
  if (!(t > -700 && t < 700)) return Math.exp(t);
  const kd = Math.round(t * invLn2N);
  const r = t - kd * ln2HiN - kd * ln2LoN;
  const k = kd | 0;
  // |r| <= ln2/128, so the degree-5 Taylor tail is below 4e-17.
  const p = 1 + r * (1 + r * (0.5 + r * (1 / 6 + r * (1 / 24 + r * (1 / 120)))));
  return (twoPowM[(k >> 6) + 1050] as number) * ((twoPowJ[k & (expTableSize - 1)] as number) * p);
}

/** x**y for x > 0 (other cases go to Math.pow). */
export function fastPow(x: number, y: number): number {
  if (!(x > 0) || x === Number.POSITIVE_INFINITY || !Number.isFinite(y)) return Math.pow(x, y);
  if (y === 0 || x === 1) return 1;
  if (y === 1) return x;
  // Math.log is fast and within 1 ulp; only exp needed replacing.
  return fastExp(y * Math.log(x));
}

/**
 * Up to this many evaluations the schedule is computed with libm-exact `Math.pow`/`Math.cos`
 * per iteration, the same operations in the same order as Python (bit-identical where libm
 * agrees); longer by-iteration schedules switch to the fast kernels (see fastKernels.ts).
 */
export const exactBudget = 100_000;

/** `Math.pow` (closest to Python's bits) for short schedules, `fastPow` for long ones. */
export function choosePow(evaluations: number): (x: number, y: number) => number {
  return evaluations <= exactBudget ? Math.pow : fastPow;
}
