import '../share/zodJitless.ts';
import { z } from 'zod';
import { pyDictSchema } from '../share/pyValueSchema.ts';
import { checkTopLevelKeys, dialectSchema, exportModeSchema, scheduleBaseSchema } from '../share/sharePayload.ts';

// The zod half of document.ts, in its own module so the first screen does not carry zod: the
// store imports document.ts (types and plain functions), readers of outside data import this.

/** The user's own files: the leaf config and the bases they brought with it. */
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

/**
 * The open config as one record (see StudioDocument in document.ts, inferred from this): what
 * the store holds, undo walks through, a saved library entry and a share link carry. Everything
 * else (Python text, curves, messages) is derived.
 */
export const documentSchema = z.object(documentShape).superRefine((d, ctx) => checkTopLevelKeys(d.config, d.dialect, ['config'], ctx));


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

