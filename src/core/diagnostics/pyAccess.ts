/** Small readers over merged config values, shared by the rules. */
import { isPyDict, isPyRef, isPyTuple, numberOf } from '../python/value.ts';
import type { PyDict, PyValue } from '../python/value.ts';

/** The value at a key path (numeric segments index lists), or undefined. */
export function getPath(config: PyDict, path: readonly string[]): PyValue | undefined {
  let cur: PyValue | undefined = config;
  for (const key of path) {
    if (Array.isArray(cur)) cur = cur[Number(key)];
    else if (isPyTuple(cur)) cur = cur.$tuple[Number(key)];
    else if (isPyDict(cur) && Object.hasOwn(cur, key)) cur = cur[key];
    else return undefined;
  }
  return cur;
}

export function dictAt(config: PyDict, path: readonly string[]): PyDict | undefined {
  const v = getPath(config, path);
  return isPyDict(v) ? v : undefined;
}

export function numberAt(d: PyDict | undefined, key: string): number | undefined {
  return d === undefined ? undefined : numberOf(d[key]);
}

/** Items of a list or tuple value. */
export function itemsOf(v: PyValue | undefined): PyValue[] | undefined {
  if (Array.isArray(v)) return v;
  if (isPyTuple(v)) return v.$tuple;
  return undefined;
}

/** Numbers of a number or a list of numbers (`step=8` or `step=[8, 11]`). */
export function numbersOf(v: PyValue | undefined): number[] | undefined {
  const n = numberOf(v);
  if (n !== undefined) return [n];
  const items = itemsOf(v);
  if (!items) return undefined;
  const out = items.map(numberOf);
  return out.every((x) => x !== undefined) ? (out as number[]) : undefined;
}

/**
 * The class name a `type` value names: `'SGD'`, `'torch.optim.SGD'`, `'mmdet.MultiStepLR'` and a lazy
 * config's imported class all give the last dotted part. undefined when there is no usable type.
 */
export function className(type: PyValue | undefined): string | undefined {
  if (typeof type === 'string') return type.slice(type.lastIndexOf('.') + 1);
  if (isPyRef(type)) return type.$ref.slice(type.$ref.lastIndexOf('.') + 1);
  return undefined;
}

/** Python truthiness of a config value, with a default for an absent key. */
export function truthyOr(v: PyValue | undefined, fallback: boolean): boolean {
  if (v === undefined) return fallback;
  if (v === null || v === false || v === 0 || v === '') return false;
  const n = numberOf(v);
  if (n !== undefined) return n !== 0;
  const items = itemsOf(v);
  if (items) return items.length > 0;
  if (isPyDict(v)) return Object.keys(v).length > 0;
  return true;
}
