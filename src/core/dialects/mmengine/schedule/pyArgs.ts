import { isFloatValue, isPyDict, isPyTuple, numberOf, type PyDict, type PyValue } from '../../../python/value.ts';
import type { ScheduleError } from '../../../schedule/types.ts';
import { reprPy } from '../../../python/repr.ts';

/** Python truthiness of a config value, as `if cfg.get(...)` sees it. */
export function isPyTruthy(v: PyValue | undefined): boolean {
  if (v === undefined || v === null) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string') return v.length > 0;
  if (Array.isArray(v)) return v.length > 0;
  if (isPyTuple(v)) return v.$tuple.length > 0;
  const n = numberOf(v);
  if (n !== undefined) return n !== 0;
  return isPyDict(v) ? Object.keys(v).length > 0 : true;
}

/** The items of a list or tuple, or undefined for anything else. */
export function itemsOf(v: PyValue | undefined): PyValue[] | undefined {
  if (Array.isArray(v)) return v;
  if (isPyTuple(v)) return v.$tuple;
  return undefined;
}

/** Makes the error for a value this simulator cannot use as a number. */
export function makeBadNumberError(value: PyValue, path: string[]): ScheduleError {
  return {
    message: `TypeError: expected a number for \`${path[path.length - 1] ?? ''}\`, but got ${reprPy(value)}`,
    path,
  };
}

/** A numeric argument (bool counts as int, as in Python arithmetic). */
export type NumberRead = { ok: true; value: number; isFloat: boolean } | { ok: false; error: ScheduleError };

/** Reads a number at `dict[key]`, falling back to `fallback` when the key is absent. */
export function readNumber(dict: PyDict, key: string, fallback: number | undefined, path: string[]): NumberRead | undefined {
  const raw = dict[key];
  if (raw === undefined) {
    return fallback === undefined ? undefined : { ok: true, value: fallback, isFloat: !Number.isInteger(fallback) };
  }
  if (typeof raw === 'boolean') return { ok: true, value: raw ? 1 : 0, isFloat: false };
  const n = numberOf(raw);
  if (n === undefined) return { ok: false, error: makeBadNumberError(raw, [...path, key]) };
  return { ok: true, value: n, isFloat: isFloatValue(raw) };
}

/** Strips a registry scope or module path (`mmdet.X`, `torch.optim.adamw.AdamW`) off a `type`. */
export function stripTypePrefix(typeName: string): string {
  const dot = typeName.lastIndexOf('.');
  return dot < 0 ? typeName : typeName.slice(dot + 1);
}
