import { z } from 'zod';
import { presets } from '../model/presets.ts';
import { pyDictSchema } from '../share/pyValueSchema.ts';
import { checkTopLevelKeys, dialectSchema, exportModeSchema, scheduleBaseSchema } from '../share/sharePayload.ts';

/**
 * The open config as one record: what the store holds, undo walks through, a saved library
 * entry and a share link carry. Everything else (Python text, curves, messages) is derived.
 */
export const sourceSchema = z.object({ entry: z.string(), files: z.record(z.string(), z.string()) });

const documentShape = {
  config: pyDictSchema,
  name: z.string(),
  scheduleBase: scheduleBaseSchema,
  exportMode: exportModeSchema,
  /** MMCV 1.x (MMDetection 2.x) or MMEngine (MMDetection 3.x); the dialect module is chosen from it. */
  dialect: dialectSchema,
  /** The user's own files when the config came from an import or the code pane, else null. */
  source: sourceSchema.nullable(),
};

export const documentSchema = z.object(documentShape).superRefine((d, ctx) => checkTopLevelKeys(d.config, d.dialect, ['config'], ctx));

export type StudioDocument = z.infer<typeof documentSchema>;
export type DocumentSource = z.infer<typeof sourceSchema>;
export type ExportMode = StudioDocument['exportMode'];

/** The fields of a document, in the order they are listed everywhere (undo, comparisons). */
export const documentFields = ['config', 'name', 'scheduleBase', 'exportMode', 'dialect', 'source'] as const satisfies readonly (keyof StudioDocument)[];

/**
 * A document as a saved library entry holds it (version 2 of the saved state): `dialect` may be
 * missing (saves from before the 3.x dialect mean 2.x), `source` is left out rather than null,
 * and an unparsed code-pane `draft` rides along.
 */
export const savedDocumentShape = {
  ...documentShape,
  dialect: dialectSchema.optional(),
  source: sourceSchema.optional(),
  draft: z.string().optional(),
};

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
  return { config: first.config, name: 'my_config', scheduleBase: first.scheduleBase, exportMode: 'inherit', dialect: 'mmcv1', source: null };
}

/** The document fields of a larger state (the store), by reference. */
export function pickDocument(s: StudioDocument): StudioDocument {
  return { config: s.config, name: s.name, scheduleBase: s.scheduleBase, exportMode: s.exportMode, dialect: s.dialect, source: s.source };
}

/** Same document: every field the same object or value (the store replaces what changes). */
export function sameDocument(a: StudioDocument, b: StudioDocument): boolean {
  return documentFields.every((k) => a[k] === b[k]);
}
