/** Python operators on config values, with Python's int/float rules (`/` is float, `//` floors). */
import type { BinaryOp, CompareOp, UnaryOp } from './ast.ts';
import { EvalError, OpaqueValue, appendItems, isDictValue, iterate, makeNumber, maxItems, numeric, pyEquals, truthy, typeName } from './runtime.ts';
import type { Val } from './runtime.ts';
import { limits } from '../limits.ts';
import { applyIntExact } from './bigInt.ts';
import { powExact } from './exactFloat.ts';
import { isPyTuple, pyInt, pyTuple } from './value.ts';
import type { PyValue } from './value.ts';

function unsupported(op: string, a: Val, b: Val): EvalError {
  return new EvalError(`unsupported operand type(s) for ${op}: '${typeName(a)}' and '${typeName(b)}'`);
}

function repeat<T>(items: readonly T[], times: number): T[] {
  if (times <= 0) return [];
  if (items.length * times > maxItems) throw new EvalError(`sequence repetition gives more than ${maxItems} items`);
  const out: T[] = [];
  for (let i = 0; i < times; i++) appendItems(out, items);
  return out;
}

/** Python floor division and modulo, including the sign rules. */
function floorDiv(a: number, b: number): number {
  return Math.floor(a / b);
}

function pyMod(a: number, b: number): number {
  const r = a % b;
  return r !== 0 && r < 0 !== b < 0 ? r + b : r;
}

/**
 * CPython's float `divmod` (floatobject.c): the quotient comes from the exact `fmod` remainder,
 * not from rounding `a / b` (`1 // 0.1` is 9.0, `Math.floor(1 / 0.1)` is 10), and zero results
 * keep Python's signs.
 */
function floatDivMod(a: number, b: number): { div: number; mod: number } {
  let mod = a % b;
  let div = (a - mod) / b;
  if (mod !== 0) {
    if (b < 0 !== mod < 0) {
      mod += b;
      div -= 1;
    }
  } else {
    mod = b < 0 ? -0 : 0;
  }
  if (div === 0) return { div: a / b < 0 || Object.is(a / b, -0) ? -0 : 0, mod };
  let floor = Math.floor(div);
  if (div - floor > 0.5) floor += 1;
  return { div: floor, mod };
}

/** Applies a binary operator as CPython would for ints, floats, strings, lists and tuples. */
export function applyBinary(op: BinaryOp, a: Val, b: Val): PyValue {
  if (a instanceof OpaqueValue || b instanceof OpaqueValue) throw unsupported(op, a, b);
  const na = numeric(a);
  const nb = numeric(b);
  if (na && nb) return applyNumeric(op, na, nb, a, b);
  switch (op) {
    case '+':
      if (typeof a === 'string' && typeof b === 'string') {
        if (a.length + b.length > limits.stringLength.value) throw new EvalError(limits.stringLength.message);
        return a + b;
      }
      if (Array.isArray(a) && Array.isArray(b)) return appendItems(appendItems([], a), b);
      if (isPyTuple(a) && isPyTuple(b)) return pyTuple(appendItems(appendItems([], a.$tuple), b.$tuple));
      if (Array.isArray(a) || Array.isArray(b)) {
        throw new EvalError(`can only concatenate list (not "${typeName(Array.isArray(a) ? b : a)}") to list`);
      }
      if (typeof a === 'string' || typeof b === 'string') {
        throw new EvalError(`can only concatenate str (not "${typeName(typeof a === 'string' ? b : a)}") to str`);
      }
      throw unsupported(op, a, b);
    case '*': {
      const seq = na ? b : a;
      const count = na ?? nb;
      if (!count || count.isFloat) break;
      if (typeof seq === 'string') {
        if (seq.length * count.value > limits.stringLength.value) throw new EvalError(limits.stringLength.message);
        return count.value > 0 ? seq.repeat(count.value) : '';
      }
      if (Array.isArray(seq)) return repeat(seq, count.value);
      if (isPyTuple(seq)) return pyTuple(repeat(seq.$tuple, count.value));
      break;
    }
    case '|':
      if (isDictValue(a) && isDictValue(b)) return { ...a, ...b };
      break;
    case '%':
      if (typeof a === 'string') throw new EvalError("'%' string formatting is not supported; use an f-string");
      break;
    default:
      break;
  }
  throw unsupported(op, a, b);
}

function applyNumeric(
  op: BinaryOp,
  a: { value: number; isFloat: boolean; big?: bigint },
  b: { value: number; isFloat: boolean; big?: bigint },
  ra: Val,
  rb: Val,
): PyValue {
  const isFloat = a.isFloat || b.isFloat;
  const x = a.value;
  const y = b.value;
  if (!isFloat && op !== '/') {
    // Exact int arithmetic unless both operands and the double result are safe integers.
    const fast = op === '+' ? x + y : op === '-' ? x - y : op === '*' ? x * y : undefined;
    const safe = a.big === undefined && b.big === undefined && (fast === undefined ? op !== '**' && op !== '<<' : Number.isSafeInteger(fast));
    if (!safe) {
      const exact = applyIntExact(op, a.big ?? BigInt(x), b.big ?? BigInt(y));
      if (exact !== undefined) return exact;
    }
  }
  switch (op) {
    case '+':
      return makeNumber(x + y, isFloat);
    case '-':
      return makeNumber(x - y, isFloat);
    case '*':
      return makeNumber(x * y, isFloat);
    case '/':
      if (y === 0) throw new EvalError(isFloat ? 'float division by zero' : 'division by zero');
      return makeNumber(x / y, true);
    case '//':
      if (y === 0) throw new EvalError(isFloat ? 'float floor division by zero' : 'integer division or modulo by zero');
      return makeNumber(isFloat ? floatDivMod(x, y).div : floorDiv(x, y), isFloat);
    case '%':
      if (y === 0) throw new EvalError(isFloat ? 'float modulo' : 'integer division or modulo by zero');
      return makeNumber(isFloat ? floatDivMod(x, y).mod : pyMod(x, y), isFloat);
    case '**': {
      if (x === 0 && y < 0) throw new EvalError('0.0 cannot be raised to a negative power');
      if (x < 0 && !Number.isInteger(y)) throw new EvalError('complex results are not supported');
      const power = powExact(x, y);
      // CPython's float pow raises where the C library overflows; `*` and `+` give inf instead.
      if (!Number.isFinite(power) && Number.isFinite(x) && Number.isFinite(y)) throw new EvalError("(34, 'Numerical result out of range')");
      return makeNumber(power, isFloat || y < 0);
    }
    case '&':
    case '|':
    case '^':
    case '<<':
    case '>>':
      if (isFloat) break;
      return bitwise(op, x, y);
    default:
      break;
  }
  throw unsupported(op, ra, rb);
}

function bitwise(op: '&' | '|' | '^' | '<<' | '>>', x: number, y: number): number {
  const bx = BigInt(x);
  const by = BigInt(y);
  if ((op === '<<' || op === '>>') && y < 0) throw new EvalError('negative shift count');
  if (op === '<<' && y > 64) throw new EvalError('shift count too large');
  const r = op === '&' ? bx & by : op === '|' ? bx | by : op === '^' ? bx ^ by : op === '<<' ? bx << by : bx >> by;
  return Number(r);
}

/** Applies `-x`, `+x`, `~x` or `not x`. */
export function applyUnary(op: UnaryOp, v: Val): PyValue {
  if (op === 'not') return !truthy(v);
  const n = numeric(v);
  if (!n) throw new EvalError(`bad operand type for unary ${op}: '${typeName(v)}'`);
  if (n.big !== undefined) {
    if (op === '+') return pyInt(n.big);
    return pyInt(op === '-' ? -n.big : -n.big - 1n);
  }
  if (op === '-') return makeNumber(n.value === 0 && !n.isFloat ? 0 : -n.value, n.isFloat);
  if (op === '+') return makeNumber(n.value, n.isFloat);
  if (n.isFloat) throw new EvalError("bad operand type for unary ~: 'float'");
  return -n.value - 1;
}

function order(a: Val, b: Val): number {
  const na = numeric(a);
  const nb = numeric(b);
  if (na && nb && (na.big !== undefined || nb.big !== undefined) && !na.isFloat && !nb.isFloat) {
    const x = na.big ?? BigInt(na.value);
    const y = nb.big ?? BigInt(nb.value);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (na && nb) return na.value < nb.value ? -1 : na.value > nb.value ? 1 : 0;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  const seqA = Array.isArray(a) ? a : isPyTuple(a) ? a.$tuple : undefined;
  const seqB = Array.isArray(b) ? b : isPyTuple(b) ? b.$tuple : undefined;
  if (seqA && seqB && Array.isArray(a) === Array.isArray(b)) {
    for (let i = 0; i < Math.min(seqA.length, seqB.length); i++) {
      const x = seqA[i] ?? null;
      const y = seqB[i] ?? null;
      if (!pyEquals(x, y)) return order(x, y);
    }
    return seqA.length - seqB.length;
  }
  throw new EvalError(`'<' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`);
}

/** Python's comparison operators, including `in` and `is`. */
export function applyCompare(op: CompareOp, a: Val, b: Val): boolean {
  switch (op) {
    case '==':
      return pyEquals(a, b);
    case '!=':
      return !pyEquals(a, b);
    case '<':
      return order(a, b) < 0;
    case '>':
      return order(a, b) > 0;
    case '<=':
      return order(a, b) <= 0;
    case '>=':
      return order(a, b) >= 0;
    case 'in':
    case 'not in': {
      const found = typeof b === 'string' && typeof a === 'string' ? b.includes(a) : iterate(b).some((x) => pyEquals(x, a));
      return op === 'in' ? found : !found;
    }
    case 'is':
      return a === b;
    case 'is not':
      return a !== b;
  }
}
