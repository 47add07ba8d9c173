import { isPyDict, isPyRef, isPyTuple, type PyDict, type PyValue } from '../python/value.ts';
import { simulateSchedule } from '../schedule/simulate.ts';
import type { ScheduleResult } from '../schedule/types.ts';
import type { GalleryPreset } from './types.ts';

/** Iterations per epoch used when a preset carries no hint (its dataset size is unknown). */
export const fallbackItersPerEpoch = 1000;

/** The iterations per epoch to chart a preset with: its own hint, else {@link fallbackItersPerEpoch}. */
export function pickItersPerEpoch(preset: GalleryPreset): number {
  return preset.itersPerEpoch ?? fallbackItersPerEpoch;
}

/**
 * A copy where every class reference (`type=MultiStepLR` in a lazy-import config) is the class
 * name instead. MMEngine builds a class given directly or found by that name in the registry
 * alike, and the simulator (v0.10.7 semantics) only reads names.
 */
export function replaceClassRefsByName(v: PyValue): PyValue {
  if (isPyRef(v)) return v.$ref;
  if (Array.isArray(v)) return v.map(replaceClassRefsByName);
  if (isPyTuple(v)) return { $tuple: v.$tuple.map(replaceClassRefsByName) };
  if (!isPyDict(v)) return v;
  const out: PyDict = {};
  for (const [k, x] of Object.entries(v)) out[k] = replaceClassRefsByName(x);
  return out;
}

/** Lr and momentum per iteration of a gallery preset at {@link pickItersPerEpoch} iterations per epoch. */
export function simulateGalleryPreset(preset: GalleryPreset): ScheduleResult {
  const raw = preset.config;
  const config = preset.lazy && isPyDict(raw) ? (replaceClassRefsByName(raw) as PyDict) : raw;
  return simulateSchedule(preset.dialect, config, { itersPerEpoch: pickItersPerEpoch(preset) });
}
