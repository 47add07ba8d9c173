import { z } from 'zod';
import { dialectSchema, exportModeSchema, scheduleBaseSchema } from '../../core/share/sharePayload.ts';
import type { ConfigDialect } from '../../core/share/sharePayload.ts';
import type { ScheduleBaseId } from '../../core/model/bases.ts';
import type { PyDict } from '../../core/python/value.ts';
import { pyDictSchema } from '../../core/share/pyValueSchema.ts';
import type { ExportMode } from '../configSlice.ts';
import type { Language } from '../uiSlice.ts';

/** The saved-state format written today. Bump it and add a step in migrate.ts to change it. */
export const savedStateVersion = 2;

/** One named config in the library. `updatedAt` is milliseconds since the epoch. */
export interface SavedConfig {
  id: string;
  name: string;
  config: PyDict;
  scheduleBase: ScheduleBaseId;
  exportMode: ExportMode;
  dialect?: ConfigDialect;
  updatedAt: number;
}

export interface SavedUi {
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
  updatedAt: z.number().finite(),
});

export const savedUiSchema = z.object({ language: languageSchema, logScale: z.boolean(), itersPerEpoch: itersPerEpochSchema });

export const savedStateV2Schema = z.object({
  version: z.literal(2),
  activeId: z.string(),
  configs: z.array(savedConfigSchema).min(1),
  ui: savedUiSchema,
});
