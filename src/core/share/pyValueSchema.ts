import { z } from 'zod';
import type { PyValue } from '../python/value.ts';
import { isPyFloat, isPyRef, isPyTuple } from '../python/value.ts';

/**
 * A PyValue as JSON can carry it. JSON has no Infinity, NaN or negative zero, so a float
 * holding one of them travels as a string (`{ $float: 'inf' }`); everything else is the
 * PyValue convention of `core/python/value.ts` unchanged.
 */
export type WirePyValue =
  | null
  | boolean
  | number
  | string
  | { $float: number | WireSpecialFloat }
  | { $tuple: WirePyValue[] }
  | { $ref: string; module: string }
  | WirePyValue[]
  | { [key: string]: WirePyValue };

export type WireSpecialFloat = 'inf' | '-inf' | 'nan' | '-0';

const specialFloats: Record<WireSpecialFloat, number> = { inf: Infinity, '-inf': -Infinity, nan: NaN, '-0': -0 };

function encodeSpecialFloat(x: number): number | WireSpecialFloat {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (Object.is(x, -0)) return '-0';
  return x;
}

/** Converts a PyValue to what survives `JSON.stringify` exactly (see {@link WirePyValue}). */
export function encodeWirePyValue(v: PyValue): WirePyValue {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(encodeWirePyValue);
  if (isPyFloat(v)) return { $float: encodeSpecialFloat(v.$float) };
  if (isPyTuple(v)) return { $tuple: v.$tuple.map(encodeWirePyValue) };
  if (isPyRef(v)) return { $ref: v.$ref, module: v.module };
  const out: { [key: string]: WirePyValue } = {};
  for (const [k, x] of Object.entries(v)) out[k] = encodeWirePyValue(x);
  return out;
}

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
