/**
 * Python's `'%.Nf'` and `'%.Ne'` of a float: the exact binary value rounded half-to-even to the
 * requested digits (CPython's dtoa). JS `toFixed` rounds ties up (`0.125.toFixed(2)` is `0.13`,
 * Python gives `0.12`) and stops at 100 digits, so the digits are computed with bigint here.
 */

/** `|x|` as the exact fraction num / den (den a power of two). */
function exactFraction(x: number): { num: bigint; den: bigint } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(x));
  const bits = view.getBigUint64(0);
  const biased = Number((bits >> 52n) & 0x7ffn);
  let mant = bits & ((1n << 52n) - 1n);
  let exp: number;
  if (biased === 0) exp = -1074;
  else {
    mant |= 1n << 52n;
    exp = biased - 1075;
  }
  return exp >= 0 ? { num: mant << BigInt(exp), den: 1n } : { num: mant, den: 1n << BigInt(-exp) };
}

/** num / den rounded half to even. */
function roundDiv(num: bigint, den: bigint): bigint {
  const q = num / den;
  const r2 = (num % den) * 2n;
  return r2 > den || (r2 === den && q % 2n === 1n) ? q + 1n : q;
}

function signOf(x: number): string {
  return x < 0 || Object.is(x, -0) ? '-' : '';
}

/** `format(x, '.{p}f')` for a finite float. */
export function toFixedExact(x: number, p: number): string {
  const { num, den } = exactFraction(x);
  const q = roundDiv(num * 10n ** BigInt(p), den).toString().padStart(p + 1, '0');
  const body = p === 0 ? q : `${q.slice(0, q.length - p)}.${q.slice(q.length - p)}`;
  return signOf(x) + body;
}

/** The p+1 significant digits of |x| rounded half to even, and the decimal exponent of the first. */
export function significantDigits(x: number, p: number): { digits: string; exp: number } {
  if (x === 0) return { digits: '0'.repeat(p + 1), exp: 0 };
  const { num, den } = exactFraction(x);
  let k = Math.floor(Math.log10(Math.abs(x)));
  for (;;) {
    const shift = p - k;
    const q = shift >= 0 ? roundDiv(num * 10n ** BigInt(shift), den) : roundDiv(num, den * 10n ** BigInt(-shift));
    const s = q.toString();
    // The log10 estimate can be one off either way, and rounding can carry into a new digit.
    if (s.length > p + 1) k++;
    else if (s.length < p + 1) k--;
    else return { digits: s, exp: k };
  }
}

/** `format(x, '.{p}e')` for a finite float. */
export function toExponentialExact(x: number, p: number): string {
  const { digits, exp } = significantDigits(x, p);
  const mant = p === 0 ? digits : `${digits[0]}.${digits.slice(1)}`;
  return `${signOf(x)}${mant}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
}

function bitLength(n: bigint): number {
  return n === 0n ? 0 : n.toString(2).length;
}

/**
 * The double nearest to num / den * 2**exp2 (num, den > 0), ties to even, subnormals included:
 * the single rounding a correctly rounded C library does.
 */
function nearestDouble(num: bigint, den: bigint, exp2: number): number {
  // topExp: the exponent of the leading binary digit of num / den.
  let topExp = bitLength(num) - bitLength(den);
  if (topExp >= 0 ? num < den << BigInt(topExp) : num << BigInt(-topExp) < den) topExp--;
  topExp += exp2;
  if (topExp > 1024) return Infinity;
  const lsb = Math.max(topExp - 52, -1074);
  const shift = exp2 - lsb;
  const q = shift >= 0 ? roundDiv(num << BigInt(shift), den) : roundDiv(num, den << BigInt(-shift));
  return Number(q) * 2 ** lsb;
}

/**
 * `x ** n` for a finite, non-zero float and an integral exponent, correctly rounded as C's `pow`
 * (which CPython calls) gives it; JS's `**` can be one unit off (`(-7) ** -2`). Exponents past
 * 256 go to `Math.pow`, where the exact product would be large.
 */
export function powExact(x: number, n: number): number {
  if (x === 0 || !Number.isFinite(x) || !Number.isInteger(n) || Math.abs(n) > 256) return x ** n;
  const { num, den } = exactFraction(x);
  const k = BigInt(Math.abs(n));
  const sign = x < 0 && n % 2 !== 0 ? -1 : 1;
  // den is a power of two: keep it as an exponent rather than a huge bigint.
  const denBits = bitLength(den) - 1;
  const value = n >= 0 ? nearestDouble(num ** k, 1n, -denBits * Number(k)) : nearestDouble(1n, num ** k, denBits * Number(k));
  return sign * value;
}
