/** JSON text of a config value, byte-for-byte as Python's `json.dumps` writes it. */
import { formatFloat } from './repr.ts';
import { isPyBigInt, isPyDict, isPyFloat, isPyRef, isPyTuple, refToString } from './value.ts';
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
  if (isPyDict(v)) {
    const entries = Object.entries(v).map(([k, x]) => `${quoteJson(k)}: ${printAt(x, indent, level + 1)}`);
    return wrap('{', '}', entries, indent, level);
  }
  return 'null';
}

function wrap(open: string, close: string, parts: string[], indent: number | undefined, level: number): string {
  if (parts.length === 0) return open + close;
  if (indent === undefined) return open + parts.join(', ') + close;
  const inner = '\n' + ' '.repeat(indent * (level + 1));
  return open + inner + parts.join(',' + inner) + '\n' + ' '.repeat(indent * level) + close;
}
