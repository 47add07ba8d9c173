import type { z } from 'zod';
import { defaultDialectId } from '../dialects/info.ts';
import { presets } from '../model/presets.ts';
import type { documentSchema, sourceSchema } from './documentSchema.ts';

/**
 * The open config as one record: what the store holds, undo walks through, a saved library
 * entry and a share link carry. The type is inferred from the zod schema in documentSchema.ts
 * (imported as a type only, so this module and the store's first screen stay free of zod);
 * its saved form, migration and defaults are below.
 */
export type StudioDocument = z.infer<typeof documentSchema>;
export type DocumentSource = z.infer<typeof sourceSchema>;
export type ExportMode = StudioDocument['exportMode'];

/** The fields of a document, in the order they are listed everywhere (undo, comparisons). */
export const documentFields = ['config', 'name', 'scheduleBase', 'exportMode', 'dialect', 'source'] as const satisfies readonly (keyof StudioDocument)[];

/** The migration of a saved entry to the open document: the defaults older saves lack. */
export function documentFromSaved(saved: { config: StudioDocument['config']; name: string; scheduleBase: StudioDocument['scheduleBase']; exportMode: ExportMode; dialect?: StudioDocument['dialect']; source?: DocumentSource }): StudioDocument {
  return { config: saved.config, name: saved.name, scheduleBase: saved.scheduleBase, exportMode: saved.exportMode, dialect: saved.dialect ?? 'mmcv1', source: saved.source ?? null };
}

/** The saved form of a document (the inverse of documentFromSaved for today's documents). */
export function documentToSaved(d: StudioDocument): { config: StudioDocument['config']; name: string; scheduleBase: StudioDocument['scheduleBase']; exportMode: ExportMode; dialect: StudioDocument['dialect']; source?: DocumentSource } {
  return { config: d.config, name: d.name, scheduleBase: d.scheduleBase, exportMode: d.exportMode, dialect: d.dialect, ...(d.source ? { source: d.source } : {}) };
}

/** The document a fresh studio opens: the first preset, under the default name. */
export function defaultDocument(): StudioDocument {
  const first = presets[0];
  if (!first) throw new Error('no presets');
  return { config: first.config, name: 'my_config', scheduleBase: first.scheduleBase, exportMode: 'inherit', dialect: defaultDialectId, source: null };
}

/** The document fields of a larger state (the store), by reference. */
export function pickDocument(s: StudioDocument): StudioDocument {
  return { config: s.config, name: s.name, scheduleBase: s.scheduleBase, exportMode: s.exportMode, dialect: s.dialect, source: s.source };
}

/** Same document: every field the same object or value (the store replaces what changes). */
export function sameDocument(a: StudioDocument, b: StudioDocument): boolean {
  return documentFields.every((k) => a[k] === b[k]);
}
