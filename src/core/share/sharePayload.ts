import { z } from 'zod';
import type { PyDict } from '../python/value.ts';
import type { ScheduleBaseId } from '../model/bases.ts';
import { scheduleBaseIds } from '../model/bases.ts';
import { pyDictSchema } from './pyValueSchema.ts';

import type { DialectId } from '../dialects/types.ts';
import { dialectIds } from '../dialects/info.ts';

export type { DialectId } from '../dialects/types.ts';

/** What a share link carries: one config and the choices that shape its export. */
export interface SharePayload {
  name: string;
  config: PyDict;
  scheduleBase: ScheduleBaseId;
  exportMode: 'inherit' | 'standalone';
  dialect: DialectId;
}

/** The share link format written today; readers accept exactly the versions in `linkSchemas`. */
export const shareLinkVersion = 1;

export const scheduleBaseSchema = z.enum(scheduleBaseIds as [ScheduleBaseId, ...ScheduleBaseId[]]);
export const exportModeSchema = z.enum(['inherit', 'standalone']);
export const dialectSchema = z.enum(dialectIds as [DialectId, ...DialectId[]]);

/** Version 1 on the wire: short keys keep the link short. */
export const linkV1Schema = z.strictObject({
  v: z.literal(1),
  n: z.string().max(500),
  c: pyDictSchema,
  b: scheduleBaseSchema,
  e: exportModeSchema,
  d: dialectSchema,
});
