import './zodJitless.ts';
import { z } from 'zod';
import type { PyDict } from '../python/value.ts';
import type { ScheduleBaseId } from '../model/bases.ts';
import { scheduleBaseIds } from '../model/bases.ts';
import { pyDictSchema } from './pyValueSchema.ts';
import type { StudioDocument } from '../document/document.ts';
import { unwritableTopLevelKeys } from '../config/write/topLevelNames.ts';

import type { DialectId } from '../dialects/types.ts';
import { dialectIds } from '../dialects/info.ts';

export type { DialectId } from '../dialects/types.ts';

/**
 * What a share link carries: the open document, and the user's own files when the config came
 * from an import or the code pane (so the recipient gets the sender's text with its comments).
 */
export type SharePayload = Omit<StudioDocument, 'source'> & { source?: StudioDocument['source'] };

/** The share link format written today; readers accept versions 1 (no files) and 2. */
export const shareLinkVersion = 2;

export const scheduleBaseSchema = z.enum(scheduleBaseIds as [ScheduleBaseId, ...ScheduleBaseId[]]);
export const exportModeSchema = z.enum(['inherit', 'standalone']);
export const dialectSchema = z.enum(dialectIds as [DialectId, ...DialectId[]]);

/** Version 1 on the wire: short keys keep the link short. */
export const linkV1Schema = z
  .strictObject({
    v: z.literal(1),
    n: z.string().max(500),
    c: pyDictSchema,
    b: scheduleBaseSchema,
    e: exportModeSchema,
    d: dialectSchema,
  })
  .superRefine((w, ctx) => checkTopLevelKeys(w.c, w.d, ['c'], ctx));

/**
 * Refuses a config whose top-level keys no config file can hold (`"a b"`, `text`, `__x`): the
 * writers cannot export it, so accepting it would open (and save) a config that cannot be shown.
 */
export function checkTopLevelKeys(config: PyDict, dialect: DialectId, path: (string | number)[], ctx: z.RefinementCtx): void {
  const bad = unwritableTopLevelKeys(config, dialect);
  if (bad.length === 0) return;
  ctx.addIssue({
    code: 'custom',
    path,
    message: `top-level keys that cannot be Python names in a config file: ${bad.slice(0, 5).map((k) => JSON.stringify(k)).join(', ')}${bad.length > 5 ? ', …' : ''}`,
  });
}

/**
 * Version 2: version 1 plus the user's files (`s.e` the entry path, `s.f` path -> text). The
 * texts are loaded by the same reader as an import, never trusted as a config.
 */
export const linkV2Schema = z
  .strictObject({
    v: z.literal(2),
    n: z.string().max(500),
    c: pyDictSchema,
    b: scheduleBaseSchema,
    e: exportModeSchema,
    d: dialectSchema,
    s: z.strictObject({ e: z.string().max(1000), f: z.record(z.string().max(1000), z.string()) }).optional(),
  })
  .superRefine((w, ctx) => {
    checkTopLevelKeys(w.c, w.d, ['c'], ctx);
    if (w.s && !Object.hasOwn(w.s.f, w.s.e)) ctx.addIssue({ code: 'custom', path: ['s', 'e'], message: 'the entry file is not among the files' });
  });
