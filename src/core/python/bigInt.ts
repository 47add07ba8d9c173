/**
 * Python ints are exact at any size: `2**53 + 1` is 9007199254740993, where a JS double gives
 * ...992. Int arithmetic whose operands or result leave the safe integer range is done in bigint
 * and stored as a {@link PyBigInt}. Like CPython's int-to-str limit, ints over 4,300 digits are
 * refused (an exponent such as `2**10**9` would otherwise take unbounded time and memory).
 */
import type { BinaryOp } from './ast.ts';
import { EvalError } from './runtime.ts';
import { pyInt } from './value.ts';
import type { PyValue } from './value.ts';

const maxBits = 14_300; // about 4,300 decimal digits
const tooLarge = 'integer too large (more than 4,300 digits): Python cannot print it either';

function bitLength(n: bigint): number {
  return (n < 0n ? -n : n).toString(2).length;
}

function floorDivBig(x: bigint, y: bigint): bigint {
  const q = x / y;
  return (x % y !== 0n) && (x < 0n) !== (y < 0n) ? q - 1n : q;
}

/**
 * `x op y` for two Python ints, exactly; undefined for `/` (a float) and for operations that must
 * be handled elsewhere (a negative exponent gives a float).
 */
export function applyIntExact(op: BinaryOp, x: bigint, y: bigint): PyValue | undefined {
  let r: bigint;
  switch (op) {
    case '+':
      r = x + y;
      break;
    case '-':
      r = x - y;
      break;
    case '*':
      if (bitLength(x) + bitLength(y) > maxBits + 1) throw new EvalError(tooLarge);
      r = x * y;
      break;
    case '//':
      if (y === 0n) throw new EvalError('integer division or modulo by zero');
      r = floorDivBig(x, y);
      break;
    case '%':
      if (y === 0n) throw new EvalError('integer division or modulo by zero');
      r = x - floorDivBig(x, y) * y;
      break;
    case '**':
      if (y < 0n) return undefined;
      if (x !== 0n && x !== 1n && x !== -1n && Number(y) * (bitLength(x) - 1) > maxBits) throw new EvalError(tooLarge);
      r = x ** y;
      break;
    case '<<':
      if (y < 0n) throw new EvalError('negative shift count');
      if (x !== 0n && Number(y) + bitLength(x) > maxBits) throw new EvalError(tooLarge);
      r = x << y;
      break;
    case '>>':
      if (y < 0n) throw new EvalError('negative shift count');
      r = x >> (y > BigInt(maxBits) ? BigInt(maxBits) : y);
      break;
    case '&':
      r = x & y;
      break;
    case '|':
      r = x | y;
      break;
    case '^':
      r = x ^ y;
      break;
    default:
      return undefined;
  }
  if (bitLength(r) > maxBits) throw new EvalError(tooLarge);
  return pyInt(r);
}
