/** Shared pieces of the evaluator: errors, the value kinds it handles, Python truthiness. */
import type { Span } from './diagnostics.ts';
import { limits } from '../limits.ts';
import { bigIntOf, isPyBigInt, isPyDict, isPyFloat, isPyMap, isPyRef, isPyTuple, pyFloat } from './value.ts';
import { dictEntries, dictGet, dictHas, dictSize, isAnyDict } from './pyMap.ts';
import type { PyDict, PyValue } from './value.ts';

/** Raised inside the evaluator only; the statement is skipped and a diagnostic recorded. */
export class EvalError extends Error {
  constructor(
    message: string,
    public span?: Span,
  ) {
    super(message);
  }
}

/**
 * A name whose value the reader cannot know without running code: an imported module or
 * function. Dropped from the config, as MMCV drops modules and functions; using it is an error.
 */
export class OpaqueValue {
  constructor(readonly description: string) {}
}

export type Val = PyValue | OpaqueValue;

/** Larger lists or ranges than this are refused, to keep reading fast on any input. */
export const maxItems = limits.listLength.value;

/**
 * Appends `items` to `list` in place, refusing a result over the list limit. A loop, not
 * `push(...items)`: spreading 150,000 arguments overflows the stack.
 */
export function appendItems<T>(list: T[], items: readonly T[]): T[] {
  if (list.length + items.length > maxItems) throw new EvalError(limits.listLength.message);
  const n = items.length;
  for (let i = 0; i < n; i++) list.push(items[i] as T);
  return list;
}

/** Dicts that behave like `ConfigDict` (attribute access, MMEngine's recursive `update`). */
export type ConfigDictSet = WeakSet<object>;

export function isDictValue(v: Val): v is PyDict {
  return !(v instanceof OpaqueValue) && isPyDict(v) && !isPyRef(v);
}

/** Python's type name, as messages and mmcv's merge error print it. */
export function typeName(v: Val, configDicts?: ConfigDictSet): string {
  if (v instanceof OpaqueValue) return v.description;
  if (v === null) return 'NoneType';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'float';
  if (typeof v === 'string') return 'str';
  if (Array.isArray(v)) return 'list';
  if (isPyFloat(v)) return 'float';
  if (isPyBigInt(v)) return 'int';
  if (isPyTuple(v)) return 'tuple';
  if (isPyRef(v)) return 'LazyObject';
  if (isPyMap(v)) return 'dict';
  return configDicts?.has(v) ? 'ConfigDict' : 'dict';
}

/** Python truthiness. */
export function truthy(v: Val): boolean {
  if (v instanceof OpaqueValue) return true;
  if (v === null || v === false || v === 0 || v === '') return false;
  if (Array.isArray(v)) return v.length > 0;
  if (isPyFloat(v)) return v.$float !== 0;
  if (isPyTuple(v)) return v.$tuple.length > 0;
  if (isPyMap(v)) return v.$map.length > 0;
  if (typeof v === 'object') return isPyRef(v) || Object.keys(v).length > 0;
  return true;
}

/**
 * A number as Python sees it: bools are ints; undefined for non-numbers. `big` is the exact value
 * of an int outside the safe range ({@link PyBigInt}); `value` is then its nearest double.
 */
export function numeric(v: Val): { value: number; isFloat: boolean; big?: bigint } | undefined {
  if (typeof v === 'boolean') return { value: v ? 1 : 0, isFloat: false };
  if (typeof v === 'number') return { value: v, isFloat: !Number.isInteger(v) };
  if (isPyFloat(v)) return { value: v.$float, isFloat: true };
  if (isPyBigInt(v)) return { value: Number(v.$int), isFloat: false, big: BigInt(v.$int) };
  return undefined;
}

/** The exact value of an int-like number (bools included); undefined for floats and non-numbers. */
export function exactInt(v: Val): bigint | undefined {
  if (typeof v === 'boolean') return v ? 1n : 0n;
  return bigIntOf(v);
}

/** Makes the PyValue of a number result, keeping int vs float. */
export function makeNumber(value: number, isFloat: boolean): PyValue {
  // An int has no negative zero (`0 * -5`, `-45 % 3` are 0), though the JS arithmetic gives -0.
  return isFloat ? pyFloat(value) : value === 0 ? 0 : value;
}

/** Items of an iterable value: list, tuple, str, dict keys. */
export function iterate(v: Val, span?: Span): PyValue[] {
  if (Array.isArray(v)) return v;
  if (isPyTuple(v)) return v.$tuple;
  if (typeof v === 'string') return Array.from(v);
  if (isDictValue(v)) return Object.keys(v);
  if (isPyMap(v)) return v.$map.map(([k]) => k);
  throw new EvalError(`'${typeName(v)}' object is not iterable`, span);
}

/** Python `==` (1 == 1.0 is True; tuple never equals list). */
export function pyEquals(a: Val, b: Val): boolean {
  const na = numeric(a);
  const nb = numeric(b);
  if (na?.big !== undefined || nb?.big !== undefined) {
    const ea = exactInt(a);
    const eb = exactInt(b);
    return ea !== undefined && eb !== undefined ? ea === eb : na !== undefined && nb !== undefined && na.value === nb.value;
  }
  if (na || nb) return na !== undefined && nb !== undefined && na.value === nb.value;
  if (a === b) return true;
  if (a instanceof OpaqueValue || b instanceof OpaqueValue) return false;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => pyEquals(x, b[i] ?? null));
  }
  if (isPyTuple(a) || isPyTuple(b)) {
    return isPyTuple(a) && isPyTuple(b) && pyEquals(a.$tuple, b.$tuple);
  }
  if (isPyRef(a) || isPyRef(b)) return false;
  if (isPyMap(a) || isPyMap(b)) {
    if (!isAnyDict(a) || !isAnyDict(b) || dictSize(a) !== dictSize(b)) return false;
    return dictEntries(a).every(([k, v]) => dictHas(b, k) && pyEquals(v, dictGet(b, k) ?? null));
  }
  const da = a as PyDict;
  const db = b as PyDict;
  const ka = Object.keys(da);
  return ka.length === Object.keys(db).length && ka.every((k) => Object.hasOwn(db, k) && pyEquals(da[k] ?? null, db[k] ?? null));
}
