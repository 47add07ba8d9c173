/**
 * The few Python builtins config files call (dict, list, range, len...). Anything else is
 * reported, never run.
 */
import { applyCompare } from './arith.ts';
import { formatFloat } from './repr.ts';
import { strPy } from './repr.ts';
import { dictEntries, dictFromEntries, isAnyDict, unhashableReason } from './pyMap.ts';
import type { AnyDict } from './pyMap.ts';
import { EvalError, OpaqueValue, iterate, makeNumber, maxItems, numeric, truthy, typeName } from './runtime.ts';
import type { Val } from './runtime.ts';
import { pyFloat, pyTuple } from './value.ts';
import type { PyValue } from './value.ts';

export type Keywords = [string, Val][];

export const builtinNames = new Set([
  'dict', 'list', 'tuple', 'range', 'len', 'enumerate', 'min', 'max', 'int', 'float', 'str', 'sum',
  'zip', 'abs', 'round', 'bool', 'sorted', 'reversed',
]);

/** Converts an evaluator value to a storable PyValue, refusing opaque (imported) values. */
export function storable(v: Val): PyValue {
  if (v instanceof OpaqueValue) throw new EvalError(`a ${v.description} cannot be stored in a config value`);
  return v;
}

function noKeywords(name: string, kw: Keywords): void {
  if (kw.length > 0) throw new EvalError(`${name}() takes no keyword arguments`);
}

function arity(name: string, pos: Val[], min: number, max: number): void {
  if (pos.length < min || pos.length > max) {
    throw new EvalError(
      min === max
        ? `${name}() takes exactly ${min} argument${min === 1 ? '' : 's'} (${pos.length} given)`
        : `${name}() takes from ${min} to ${max} arguments (${pos.length} given)`,
    );
  }
}

function intArg(name: string, v: Val | undefined): number {
  const n = v === undefined ? undefined : numeric(v);
  if (!n || n.isFloat) throw new EvalError(`'${typeName(v ?? null)}' object cannot be interpreted as an integer (in ${name}())`);
  return n.value;
}

/** `dict(mapping_or_pairs, **kw)` with Python's key order; any hashable keys (see python/pyMap.ts). */
export function makeDict(pos: Val[], kw: Keywords): AnyDict {
  arity('dict', pos, 0, 1);
  const entries: [PyValue, PyValue][] = [];
  const first = pos[0];
  if (first !== undefined) {
    if (isAnyDict(first)) for (const entry of dictEntries(first)) entries.push(entry);
    else {
      for (const pair of iterate(first)) {
        const items = iterate(pair);
        if (items.length !== 2) throw new EvalError('dictionary update sequence element has wrong length; 2 is required');
        const [k, v] = items as [PyValue, PyValue];
        const why = unhashableReason(k);
        if (why !== undefined) throw new EvalError(why);
        entries.push([k, v]);
      }
    }
  }
  for (const [k, v] of kw) entries.push([k, storable(v)]);
  return dictFromEntries(entries);
}

function minMax(name: 'min' | 'max', pos: Val[], kw: Keywords): PyValue {
  noKeywords(name, kw);
  const items = pos.length === 1 ? iterate(pos[0] ?? null) : pos.map(storable);
  if (items.length === 0) throw new EvalError(`${name}() arg is an empty sequence`);
  let best = items[0] ?? null;
  for (const x of items.slice(1)) {
    if (name === 'min' ? applyCompare('<', x, best) : applyCompare('>', x, best)) best = x;
  }
  return best;
}

function toInt(v: Val): number {
  if (typeof v === 'string') {
    const t = v.trim().replace(/_/g, '');
    if (!/^[+-]?\d+$/.test(t)) throw new EvalError(`invalid literal for int() with base 10: ${JSON.stringify(v)}`);
    return Number(t);
  }
  const n = numeric(v);
  if (!n) throw new EvalError(`int() argument must be a string or a number, not '${typeName(v)}'`);
  if (!Number.isFinite(n.value)) throw new EvalError('cannot convert float infinity or NaN to integer');
  return Math.trunc(n.value);
}

function toFloat(v: Val): PyValue {
  if (typeof v === 'string') {
    const t = v.trim().toLowerCase().replace(/_/g, '');
    const special: Record<string, number> = { inf: Infinity, '+inf': Infinity, '-inf': -Infinity, infinity: Infinity, nan: NaN };
    const s = special[t];
    if (s !== undefined) return pyFloat(s);
    if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/.test(t)) throw new EvalError(`could not convert string to float: ${JSON.stringify(v)}`);
    return pyFloat(Number(t));
  }
  const n = numeric(v);
  if (!n) throw new EvalError(`float() argument must be a string or a number, not '${typeName(v)}'`);
  return pyFloat(n.value);
}

/** Python's round(): banker's rounding, int result without ndigits. */
function pyRound(pos: Val[]): PyValue {
  arity('round', pos, 1, 2);
  const n = numeric(pos[0] ?? null);
  if (!n) throw new EvalError(`type ${typeName(pos[0] ?? null)} doesn't define __round__ method`);
  const digits = pos[1] === undefined || pos[1] === null ? undefined : intArg('round', pos[1]);
  const half = (x: number): number => {
    const r = Math.round(x);
    return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
  };
  if (digits === undefined) return half(n.value);
  if (!n.isFloat) return n.value;
  // Rounds the decimal repr, which matches CPython for the values configs hold.
  const scaled = Number(`${formatFloat(n.value).replace(/e.*$/, '')}e${digits}`);
  return pyFloat(Number(`${half(scaled)}e${-digits}`));
}

/** Calls a builtin by name with evaluated arguments. */
export function callBuiltin(name: string, pos: Val[], kw: Keywords): PyValue {
  switch (name) {
    case 'dict':
      return makeDict(pos, kw);
    case 'list':
      noKeywords(name, kw);
      arity(name, pos, 0, 1);
      return pos[0] === undefined ? [] : [...iterate(pos[0])];
    case 'tuple':
      noKeywords(name, kw);
      arity(name, pos, 0, 1);
      return pyTuple(pos[0] === undefined ? [] : [...iterate(pos[0])]);
    case 'range': {
      noKeywords(name, kw);
      arity(name, pos, 1, 3);
      const [a, b, c] = pos.map((p) => intArg(name, p));
      const start = b === undefined ? 0 : (a ?? 0);
      const stop = b === undefined ? (a ?? 0) : b;
      const step = c ?? 1;
      if (step === 0) throw new EvalError('range() arg 3 must not be zero');
      const count = Math.max(0, Math.ceil((stop - start) / step));
      if (count > maxItems) throw new EvalError(`range() of more than ${maxItems} items is not supported`);
      return Array.from({ length: count }, (_, i) => start + i * step);
    }
    case 'len': {
      noKeywords(name, kw);
      arity(name, pos, 1, 1);
      const v = pos[0] ?? null;
      if (typeof v === 'string') return Array.from(v).length;
      return iterate(v).length;
    }
    case 'enumerate': {
      arity(name, pos, 1, 2);
      const startKw = kw.find(([k]) => k === 'start');
      const start = intArg(name, pos[1] ?? startKw?.[1] ?? 0);
      return iterate(pos[0] ?? null).map((x, i) => pyTuple([start + i, x]));
    }
    case 'zip': {
      noKeywords(name, kw);
      const lists = pos.map((p) => iterate(p));
      const n = lists.length === 0 ? 0 : lists.reduce((m, l) => Math.min(m, l.length), Infinity);
      return Array.from({ length: n }, (_, i) => pyTuple(lists.map((l) => l[i] ?? null)));
    }
    case 'min':
    case 'max':
      return minMax(name, pos, kw);
    case 'int':
      noKeywords(name, kw);
      arity(name, pos, 0, 1);
      return pos[0] === undefined ? 0 : toInt(pos[0]);
    case 'float':
      noKeywords(name, kw);
      arity(name, pos, 0, 1);
      return pos[0] === undefined ? pyFloat(0) : toFloat(pos[0]);
    case 'str':
      noKeywords(name, kw);
      arity(name, pos, 0, 1);
      return pos[0] === undefined ? '' : strPy(storable(pos[0]));
    case 'bool':
      noKeywords(name, kw);
      arity(name, pos, 0, 1);
      return pos[0] === undefined ? false : truthy(pos[0]);
    case 'sum': {
      arity(name, pos, 1, 2);
      const startKw = kw.find(([k]) => k === 'start');
      let total: Val = pos[1] ?? startKw?.[1] ?? 0;
      for (const x of iterate(pos[0] ?? null)) {
        const a = numeric(total);
        const b = numeric(x);
        if (!a || !b) throw new EvalError(`unsupported operand type(s) for +: '${typeName(total)}' and '${typeName(x)}'`);
        total = makeNumber(a.value + b.value, a.isFloat || b.isFloat);
      }
      return storable(total);
    }
    case 'abs': {
      noKeywords(name, kw);
      arity(name, pos, 1, 1);
      const n = numeric(pos[0] ?? null);
      if (!n) throw new EvalError(`bad operand type for abs(): '${typeName(pos[0] ?? null)}'`);
      return makeNumber(Math.abs(n.value), n.isFloat);
    }
    case 'round':
      noKeywords(name, kw);
      return pyRound(pos);
    case 'sorted': {
      arity(name, pos, 1, 1);
      if (kw.length > 0) throw new EvalError('sorted() with key or reverse is not supported');
      return [...iterate(pos[0] ?? null)].sort((x, y) => (applyCompare('<', x, y) ? -1 : applyCompare('>', x, y) ? 1 : 0));
    }
    case 'reversed':
      noKeywords(name, kw);
      arity(name, pos, 1, 1);
      return [...iterate(pos[0] ?? null)].reverse();
    default:
      throw new EvalError(`calling '${name}' is not supported in a config`);
  }
}
