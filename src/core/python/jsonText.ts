/** JSON text of a config value, byte-for-byte as Python's `json.dumps` writes it. */
import { formatFloat, reprPy } from './repr.ts';
import { isPyBigInt, isPyDict, isPyFloat, isPyMap, isPyRef, isPyTuple, refToString } from './value.ts';
import type { PyValue } from './value.ts';

const jsonEscapes: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };

/** `json.dumps` with default `ensure_ascii=True`: non-ASCII becomes `\uXXXX`. One regex pass, no per-character concatenation. */
function quoteJson(s: string): string {
  const body = s.replace(/[^ !#-[\]-~]/g, (ch) => jsonEscapes[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `"${body}"`;
}

function floatJson(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? 'Infinity' : '-Infinity';
  return formatFloat(x);
}

/**
 * Serializes like `json.dumps(cfg.to_dict())`: tuples become arrays, floats keep Python's repr
 * (`2.0`, `1e-05`), key order is kept, separators are `', '` and `': '`; class references
 * ({@link PyRef}) become `'module.Name'` strings as MMEngine's `to_dict()` writes them.
 * With `indent`, the layout of `json.dumps(..., indent=n)`.
 */
export function printJson(v: PyValue, indent?: number): string {
  return printAt(v, indent, 0);
}

function printAt(v: PyValue, indent: number | undefined, level: number): string {
  if (v === null) return 'null';
  if (v === true) return 'true';
  if (v === false) return 'false';
  if (typeof v === 'number') {
    if (Number.isInteger(v)) return Number.isSafeInteger(v) ? String(v) : BigInt(v).toString();
    return floatJson(v);
  }
  if (typeof v === 'string') return quoteJson(v);
  if (isPyFloat(v)) return floatJson(v.$float);
  if (isPyBigInt(v)) return v.$int;
  if (isPyRef(v)) return quoteJson(refToString(v));
  const items = Array.isArray(v) ? v : isPyTuple(v) ? v.$tuple : undefined;
  if (items) return wrap('[', ']', items.map((x) => printAt(x, indent, level + 1)), indent, level);
  if (isPyDict(v) || isPyMap(v)) {
    const pairs: [PyValue, PyValue][] = isPyMap(v) ? v.$map : Object.entries(v);
    const entries = pairs.map(([k, x]) => `${quoteJson(jsonKey(k))}: ${printAt(x, indent, level + 1)}`);
    return wrap('{', '}', entries, indent, level);
  }
  return 'null';
}

/**
 * The string `json.dumps` makes of a dict key: ints in decimal, floats as repr (`Infinity`, `NaN`
 * for the non-finite), `true`/`false`/`null`. A tuple key makes `json.dumps` raise; like the loader
 * oracle's JSON, it is written as its repr (`"(1, 2)"`) so the rest of the config can be seen.
 */
export function jsonKey(k: PyValue): string {
  if (typeof k === 'string') return k;
  if (k === null || k === true || k === false) return String(k);
  if (typeof k === 'number' || isPyFloat(k) || isPyBigInt(k)) return printAt(k, undefined, 0);
  return reprPy(k);
}

/**
 * Converts to what `json.dumps` of the loaded Python object gives once parsed in JS:
 * tuples become arrays, floats plain numbers, dict keys strings ({@link jsonKey}; of keys that
 * become the same string, the last value wins as in `JSON.parse`). The shape of `to_dict()` as JSON.
 */
export function toPlain(v: PyValue): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(toPlain);
  if (isPyFloat(v)) return v.$float;
  if (isPyBigInt(v)) return Number(v.$int);
  if (isPyTuple(v)) return v.$tuple.map(toPlain);
  if (isPyRef(v)) return refToString(v);
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  const pairs: [PyValue, PyValue][] = isPyMap(v) ? v.$map : Object.entries(v);
  for (const [k, x] of pairs) out[jsonKey(k)] = toPlain(x);
  return out;
}

function wrap(open: string, close: string, parts: string[], indent: number | undefined, level: number): string {
  if (parts.length === 0) return open + close;
  if (indent === undefined) return open + parts.join(', ') + close;
  const inner = '\n' + ' '.repeat(indent * (level + 1));
  return open + inner + parts.join(',' + inner) + '\n' + ' '.repeat(indent * level) + close;
}
