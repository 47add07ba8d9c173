import type { PyValue } from '../python/value.ts';
import { isPyFloat, isPyMap, isPyRef, isPyTuple } from '../python/value.ts';

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
  | { $map: [WirePyValue, WirePyValue][] }
  | WirePyValue[]
  | { [key: string]: WirePyValue };

export type WireSpecialFloat = 'inf' | '-inf' | 'nan' | '-0';

export function encodeSpecialFloat(x: number): number | WireSpecialFloat {
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
  if (isPyMap(v)) return { $map: v.$map.map(([k, x]): [WirePyValue, WirePyValue] => [encodeWirePyValue(k), encodeWirePyValue(x)]) };
  const out: { [key: string]: WirePyValue } = {};
  for (const [k, x] of Object.entries(v)) out[k] = encodeWirePyValue(x);
  return out;
}

