import { isPyDict, isPyTuple, numberOf, type PyDict, type PyValue } from '../../python/value.ts';

/** A numeric argument, or the fallback when it is absent or None. */
export function readNum(d: PyDict, key: string, fallback: number): number {
  return numberOf(d[key] ?? undefined) ?? fallback;
}

/** A numeric argument that may be absent (None counts as absent). */
export function readOptionalNum(d: PyDict, key: string): number | null {
  return numberOf(d[key] ?? undefined) ?? null;
}

/** Python truthiness of an optional flag, with its default. */
export function readFlag(d: PyDict, key: string, fallback: boolean): boolean {
  const v = d[key];
  if (v === undefined || v === null) return v === null ? false : fallback;
  if (typeof v === 'boolean') return v;
  return (numberOf(v) ?? 1) !== 0;
}

/** The numbers of a list or tuple argument; null when it is anything else. */
export function readNumList(v: PyValue | undefined): number[] | null {
  const items = Array.isArray(v) ? v : isPyTuple(v) ? v.$tuple : null;
  if (items === null) return null;
  const out: number[] = [];
  for (const item of items) {
    const n = numberOf(item);
    if (n === undefined) return null;
    out.push(n);
  }
  return out;
}

/** The class name of a `type`, without a `mmdet.` style scope prefix. */
export function typeNameOf(d: PyValue | undefined): string {
  if (!isPyDict(d) || typeof d.type !== 'string') return '';
  const name = d.type;
  const dot = Math.max(name.lastIndexOf('.'), name.lastIndexOf(':'));
  return dot < 0 ? name : name.slice(dot + 1);
}
