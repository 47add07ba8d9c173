import '../../core/share/zodJitless.ts';
import { z } from 'zod';
import { checkTopLevelKeys, exportModeSchema, scheduleBaseSchema } from '../../core/index.ts';
import { savedDocumentShape } from '../../core/index.ts';
import { pyDictSchema } from '../../core/index.ts';
import type { Language } from '../uiSlice.ts';

export { savedStateVersion } from './version.ts';


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

/**
 * One named config in the library: the open document in its saved form (see document.ts), with
 * an id and `updatedAt` (milliseconds since the epoch).
 */
export const savedConfigSchema = z
  .object({ id: z.string().min(1), ...savedDocumentShape, updatedAt: z.number().finite() })
  .superRefine((c, ctx) => checkTopLevelKeys(c.config, c.dialect ?? 'mmcv1', ['config'], ctx));

export type SavedConfig = z.infer<typeof savedConfigSchema>;

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
