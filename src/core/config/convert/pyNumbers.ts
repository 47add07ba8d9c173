import { pyFloat, type PyValue } from '../../python/value.ts';

/** A computed value written as a Python float (`1.0`, not `1`), as MMEngine's float-only arguments need. */
export function toFloat(x: number): PyValue {
  return pyFloat(x);
}
