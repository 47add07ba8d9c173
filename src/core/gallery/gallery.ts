/**
 * The presets gallery: runtime sections of real MMDetection configs (2.25.0 and 3.3.0) plus the
 * plain schedule bases. The UI `import()`s this module when the gallery opens, so the JSON
 * (about as large as the rest of the core) stays out of the first screen's bundle.
 *
 * galleryData.json holds data from MMDetection configs, Copyright (c) OpenMMLab, Apache License
 * 2.0 (the file's `license` field; full text in test-data/fixtures/mmdet/LICENSE). Regenerate it
 * with `npx tsx scripts/build-gallery.ts`.
 */
import rawData from './galleryData.json';
import { listScheduleBaseEntries } from './builtinEntries.ts';
import { decodeGalleryData } from './decode.ts';
import type { GalleryPreset } from './types.ts';

export type { GalleryDataFile, DialectId, GalleryPreset, MmdetVersion } from './types.ts';
export { searchGallery } from './search.ts';
export { readScheduleFacts, type ScheduleFacts } from './scheduleFacts.ts';
export { buildSparklinePath, type Sparkline } from './sparkline.ts';
export { fallbackItersPerEpoch, pickItersPerEpoch, simulateGalleryPreset } from './simulatePreset.ts';

let cached: readonly GalleryPreset[] | undefined;

/**
 * Every gallery preset: the six schedule bases (2.x then 3.x, from the model presets), then the
 * fixture configs in path order. Decoded and checked once; callers must not mutate the configs.
 */
export function galleryPresets(): GalleryPreset[] {
  cached ??= [...listScheduleBaseEntries(), ...decodeGalleryData(rawData)];
  return [...cached];
}
