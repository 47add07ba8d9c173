import './zodJitless.ts';
import { z } from 'zod';
import type { PyValue } from '../python/value.ts';
import type { WirePyValue, WireSpecialFloat } from './wirePyValue.ts';

export type { WirePyValue } from './wirePyValue.ts';
export { encodeWirePyValue } from './wirePyValue.ts';

const specialFloats: Record<WireSpecialFloat, number> = { inf: Infinity, '-inf': -Infinity, nan: NaN, '-0': -0 };

// A lone `$float` or `$tuple` key always reads as the special form (see isPyFloat / isPyTuple),
// so a dict of that shape that failed the special form's schema is malformed, not a dict.
function isReservedShape(d: Record<string, unknown>): boolean {
  const keys = Object.keys(d);
  return keys.length === 1 && (keys[0] === '$float' || keys[0] === '$tuple');
}

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
    z.array(pyValueSchema),
    z.record(dictKey, pyValueSchema).refine((d) => !isReservedShape(d), { message: 'malformed $float or $tuple' }),
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
