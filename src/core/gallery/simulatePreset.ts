import { simulateSchedule } from '../schedule/simulate.ts';
import type { ScheduleResult } from '../schedule/types.ts';
import type { GalleryPreset } from './types.ts';

/** Iterations per epoch used when a preset carries no hint (its dataset size is unknown). */
export const fallbackItersPerEpoch = 1000;

/** The iterations per epoch to chart a preset with: its own hint, else {@link fallbackItersPerEpoch}. */
export function pickItersPerEpoch(preset: GalleryPreset): number {
  return preset.itersPerEpoch ?? fallbackItersPerEpoch;
}

/** Lr and momentum per iteration of a gallery preset at {@link pickItersPerEpoch} iterations per epoch. */
export function simulateGalleryPreset(preset: GalleryPreset): ScheduleResult {
  return simulateSchedule(preset.dialect, preset.config, { itersPerEpoch: pickItersPerEpoch(preset) });
}
