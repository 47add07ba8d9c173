import './zodJitless.ts';
import { z } from 'zod';
import type { PyValue } from '../python/value.ts';
import { isIndexLikeKey } from '../python/value.ts';
import { dictFromEntries, unhashableReason } from '../python/pyMap.ts';
import type { WirePyValue, WireSpecialFloat } from './wirePyValue.ts';

export type { WirePyValue } from './wirePyValue.ts';
export { encodeWirePyValue } from './wirePyValue.ts';

const specialFloats: Record<WireSpecialFloat, number> = { inf: Infinity, '-inf': -Infinity, nan: NaN, '-0': -0 };

// A lone `$float`, `$tuple` or `$map` key always reads as the special form (see isPyFloat,
// isPyTuple, isPyMap), so a dict of that shape that failed the special form's schema is malformed.
function isReservedShape(d: Record<string, unknown>): boolean {
  const keys = Object.keys(d);
  return keys.length === 1 && (keys[0] === '$float' || keys[0] === '$tuple' || keys[0] === '$map');
}

/**
 * A dict with non-string keys (`{0: dict(...)}`) as `{ $map: [[key, value], ...] }`. Keys must be
 * hashable, as in Python; the entries are rebuilt through dictFromEntries, so repeated keys collapse
 * as Python's would and an all-string map comes back as a plain dict.
 */
const pyMapSchema = z
  .strictObject({ $map: z.array(z.tuple([z.lazy(() => pyValueSchema), z.lazy(() => pyValueSchema)])) })
  .superRefine((m, ctx) => {
    for (const [k] of m.$map) {
      const why = unhashableReason(k);
      if (why !== undefined) ctx.addIssue({ code: 'custom', message: `dict key: ${why}` });
    }
  })
  .transform((m): PyValue => dictFromEntries(m.$map));

// `z.record` copies keys with plain assignment; `__proto__` would then set the prototype.
// Readers reject such keys before parsing (see guardedJson.ts); this is the second line.
const dictKey = z.string().refine((k) => k !== '__proto__', { message: 'forbidden key __proto__' });

/**
 * Zod schema of a PyValue in its wire form; parsing gives a PyValue (special floats restored).
 * Plain numbers must be finite. Dict key order is kept.
 */
export const pyValueSchema: z.ZodType<PyValue, WirePyValue> = z.lazy(() =>
  z.union([
    z.null(),
    z.boolean(),
    z.number(),
    z.string(),
    z.strictObject({
      $float: z.union([z.number(), z.enum(['inf', '-inf', 'nan', '-0']).transform((s) => specialFloats[s])]),
    }),
    z.strictObject({ $tuple: z.array(pyValueSchema) }),
    z.strictObject({ $ref: z.string(), module: z.string() }),
    pyMapSchema,
    z.array(pyValueSchema),
    z
      .record(dictKey, pyValueSchema)
      .refine((d) => !isReservedShape(d), { message: 'malformed $float, $tuple or $map' })
      // A key like '1' was already moved first by JSON.parse; the map form keeps the order it has from here on.
      .transform((d): PyValue => (Object.keys(d).some(isIndexLikeKey) ? dictFromEntries(Object.entries(d)) : d)),
  ]),
);

/** Zod schema of a config: a PyValue dict at the top. */
export const pyDictSchema = z
  .record(dictKey, pyValueSchema)
  .refine((d) => !isReservedShape(d) && !isRefShape(d), { message: 'a config must be a dict' });

function isRefShape(d: Record<string, unknown>): boolean {
  const keys = Object.keys(d);
  return keys.length === 2 && typeof d.$ref === 'string' && typeof d.module === 'string';
}
