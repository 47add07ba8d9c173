import type { PyDict, PyValue } from '../../../python/value.ts';
import { numberOf, pyFloat } from '../../../python/value.ts';
import type { SchedulerFamily } from './schedulerTypes.ts';
import { findSchedulerType, schedulerInf } from './schedulerTypes.ts';
import { schedulerCommonKeys } from './validate/schedulerRules.ts';

/**
 * Starting values for the arguments a family requires, so the switched entry builds:
 * milestones / periods span the entry's [begin, end) when end is finite.
 */
function requiredDefaults(family: SchedulerFamily, entry: PyDict): PyDict {
  const begin = numberOf(entry.begin) ?? 0;
  const end = numberOf(entry.end) ?? schedulerInf;
  const span = end < schedulerInf ? end - begin : undefined;
  switch (family) {
    case 'MultiStep':
      return { milestones: span !== undefined && span > 1 ? [Math.floor((span * 2) / 3)] : [] };
    case 'Step':
      return { step_size: span !== undefined && span > 1 ? Math.max(1, Math.floor(span / 3)) : 1 };
    case 'Exponential':
      return { gamma: pyFloat(0.9) };
    case 'CosineRestart':
      return { periods: [span ?? 1] };
    default:
      return {};
  }
}

/**
 * Switches one `param_scheduler` entry to `newType`, keeping `begin` / `end` / `by_epoch` /
 * `convert_to_iter_based` / `verbose` and every argument the new class also takes (gamma from
 * MultiStepLR to StepLR, eta_min from CosineAnnealingLR to PolyLR), dropping the ones its
 * `__init__` would reject as unexpected keywords, and adding its required arguments when
 * missing. A type the form does not model keeps every argument (they are unknown).
 */
export function changeSchedulerType(entry: PyDict, newType: string): PyDict {
  const spec = findSchedulerType(newType);
  if (spec === undefined) return { ...entry, type: newType };
  const allowed = new Set([...schedulerCommonKeys, ...spec.args.map((a) => a.path[0] ?? '')]);
  const next: PyDict = { type: newType };
  for (const [key, value] of Object.entries(entry)) {
    if (key !== 'type' && allowed.has(key)) next[key] = value as PyValue;
  }
  for (const [key, value] of Object.entries(requiredDefaults(spec.family, entry))) {
    if (next[key] === undefined) next[key] = value;
  }
  return next;
}
