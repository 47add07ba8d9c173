import { z } from 'zod';
import { dialectSchema, exportModeSchema, pyDictSchema, scheduleBaseSchema, type DialectId, type PyDict, type ScheduleBaseId } from '../../core/index.ts';
import type { ExportMode } from '../configSlice.ts';
import type { Language } from '../uiSlice.ts';

export { savedStateVersion } from './version.ts';

/** One named config in the library. `updatedAt` is milliseconds since the epoch. */
export interface SavedConfig {
  id: string;
  name: string;
  config: PyDict;
  scheduleBase: ScheduleBaseId;
  exportMode: ExportMode;
  dialect?: DialectId;
  /** The user's own files when the config came from an import or the code pane. */
  source?: { entry: string; files: Record<string, string> };
  updatedAt: number;
}

/** How iterations per epoch are found (optional: older saves lack them and get defaults). */
export interface SavedDataShape {
  itersSource?: 'direct' | 'dataset';
  datasetSize?: number;
  repeatTimes?: number;
  numGpus?: number;
  samplesPerGpu?: number;
}

export interface SavedUi extends SavedDataShape {
  language: Language;
  logScale: boolean;
  itersPerEpoch: number;
}

/** What localStorage holds (version 2): several named configs, the open one, UI choices. */
export interface SavedState {
  version: number;
  activeId: string;
  configs: SavedConfig[];
  ui: SavedUi;
}

export const languageSchema = z.enum(['en', 'zh']);
export const itersPerEpochSchema = z.number().int().min(1).max(1e9);

/** Version 1: the single config the store held before the library existed. */
export const savedStateV1Schema = z.object({
  config: pyDictSchema,
  name: z.string(),
  scheduleBase: scheduleBaseSchema,
  exportMode: exportModeSchema,
  language: languageSchema,
  logScale: z.boolean(),
  itersPerEpoch: itersPerEpochSchema,
});

export const savedConfigSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  config: pyDictSchema,
  scheduleBase: scheduleBaseSchema,
  exportMode: exportModeSchema,
  dialect: dialectSchema.optional(),
  source: z.object({ entry: z.string(), files: z.record(z.string(), z.string()) }).optional(),
  updatedAt: z.number().finite(),
});

const positiveInt = z.number().int().min(1).max(1e9);

export const savedUiSchema = z.object({
  language: languageSchema,
  logScale: z.boolean(),
  itersPerEpoch: itersPerEpochSchema,
  itersSource: z.enum(['direct', 'dataset']).optional(),
  datasetSize: positiveInt.optional(),
  repeatTimes: positiveInt.optional(),
  numGpus: positiveInt.optional(),
  samplesPerGpu: positiveInt.optional(),
});

export const savedStateV2Schema = z.object({
  version: z.literal(2),
  activeId: z.string(),
  configs: z.array(savedConfigSchema).min(1),
  ui: savedUiSchema,
});
