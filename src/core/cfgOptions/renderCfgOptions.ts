/**
 * The `--cfg-options k=v ...` that turn a config's bases into the config itself, for
 * `tools/train.py BASES --cfg-options ...` (MMCV 1.x and MMEngine read them the same way, see
 * dictAction.ts and mergeFromDict.ts). What the command line cannot say is reported, never dropped.
 */
import { formatNumber } from '../python/repr.ts';
import { isFloatValue, isPyDict, isPyFloat, isPyRef, isPyTuple, pyEqual } from '../python/value.ts';
import type { PyDict, PyValue } from '../python/value.ts';
import { DictActionError, parseOptionValue } from './dictAction.ts';

export interface Impossible {
  /** Dotted key path of the value that cannot be written. */
  path: string;
  reason: ImpossibleReason;
}

export type ImpossibleReason =
  /** A top-level key of the bases that the config removed: nothing on the command line deletes a key. */
  | 'removed-top-level-key'
  /** A value holding dicts inside a list or tuple: DictAction never builds a dict. */
  | 'dict-in-sequence'
  /** A list element that needs `_delete_`: merge_from_dict only pops `_delete_` from a dict under a dict key. */
  | 'list-element-delete'
  /** A new empty dict: a dotted key can only create a dict by putting a key in it. */
  | 'empty-new-dict'
  /** DictAction reads the text back as another value (spaces removed, commas split, `1` for '1'...). */
  | 'not-representable'
  /** A key containing `.` or `=` or starting with `-`, which the command line splits or reads as an option. */
  | 'key-not-representable'
  /** An imported class (pure-Python MMEngine config): the command line only gives strings. */
  | 'class-reference';

export interface RenderedCfgOptions {
  /** `k=v` arguments in config order, each as DictAction must receive it (before shell quoting). */
  args: string[];
  impossible: Impossible[];
}

/** The options that make `bases` into `config` under merge_from_dict, and what they cannot express. */
export function renderCfgOptions(config: PyDict, bases: PyDict): RenderedCfgOptions {
  const out: RenderedCfgOptions = { args: [], impossible: [] };
  for (const key of Object.keys(config)) {
    walk(out, [key], config[key] ?? null, bases[key] ?? null, Object.hasOwn(bases, key));
  }
  for (const key of Object.keys(bases)) if (!Object.hasOwn(config, key)) out.impossible.push({ path: key, reason: 'removed-top-level-key' });
  return out;
}

/** `--cfg-options` and the arguments, each quoted for a POSIX shell where needed. */
export function formatCfgOptionsLine(args: readonly string[]): string {
  return ['--cfg-options', ...args.map(shellQuote)].join(' ');
}

/** Single-quotes a word unless it only holds characters no shell treats specially. */
export function shellQuote(word: string): string {
  if (word !== '' && /^[\w.,=:/@%+-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

function walk(out: RenderedCfgOptions, path: string[], value: PyValue, base: PyValue, baseHas: boolean): void {
  if (!baseHas) return emitNew(out, path, value);
  if (pyEqual(value, base)) return;
  if (isDict(value)) {
    const stale = isDict(base) && Object.keys(base).some((k) => !Object.hasOwn(value, k));
    if (!isDict(base) || stale) {
      // A truthy `_delete_` under a key the base has makes merge_from_dict replace the whole dict.
      emit(out, [...path, '_delete_'], true);
      for (const k of Object.keys(value)) emitNew(out, [...path, k], value[k] ?? null);
      return;
    }
    for (const k of Object.keys(value)) walk(out, [...path, k], value[k] ?? null, base[k] ?? null, Object.hasOwn(base, k));
    return;
  }
  if (Array.isArray(value) && holdsDict(value)) {
    if (!Array.isArray(base) || base.length !== value.length) return impossible(out, path, 'dict-in-sequence');
    value.forEach((element, i) => walkListElement(out, [...path, String(i)], element, base[i] ?? null));
    return;
  }
  emit(out, path, value);
}

/** A list element merges as `_merge_a_into_b(v, b[i])`: only dict into dict, and nothing pops its `_delete_`. */
function walkListElement(out: RenderedCfgOptions, path: string[], value: PyValue, base: PyValue): void {
  if (pyEqual(value, base)) return;
  if (!isDict(value) || !isDict(base)) return impossible(out, path, holdsDict(value) || isDict(value) ? 'dict-in-sequence' : 'list-element-delete');
  if (Object.keys(base).some((k) => !Object.hasOwn(value, k))) return impossible(out, path, 'list-element-delete');
  for (const k of Object.keys(value)) walk(out, [...path, k], value[k] ?? null, base[k] ?? null, Object.hasOwn(base, k));
}

function emitNew(out: RenderedCfgOptions, path: string[], value: PyValue): void {
  if (isDict(value)) {
    const keys = Object.keys(value);
    if (keys.length === 0) return impossible(out, path, 'empty-new-dict');
    for (const k of keys) emitNew(out, [...path, k], value[k] ?? null);
    return;
  }
  emit(out, path, value);
}

function emit(out: RenderedCfgOptions, path: string[], value: PyValue): void {
  if (path.some((p) => p === '' || p.includes('.') || p.includes('=')) || (path[0] ?? '').startsWith('-')) {
    return impossible(out, path, 'key-not-representable');
  }
  if (holdsRef(value)) return impossible(out, path, 'class-reference');
  if (holdsDict(value)) return impossible(out, path, 'dict-in-sequence');
  const text = renderValue(value);
  let back: PyValue | undefined;
  try {
    back = parseOptionValue(text);
  } catch (e) {
    if (!(e instanceof DictActionError)) throw e;
  }
  if (back === undefined || !pyEqual(back, value)) return impossible(out, path, 'not-representable');
  out.args.push(`${path.join('.')}=${text}`);
}

/** The text DictAction reads back as `value` when it can: Python literals without spaces, strings bare. */
export function renderValue(value: PyValue): string {
  if (value === null) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || isPyFloat(value)) {
    const n = typeof value === 'number' ? value : value.$float;
    return formatNumber(n, isFloatValue(value));
  }
  if (Array.isArray(value)) return `[${value.map(renderValue).join(',')}]`;
  if (isPyTuple(value)) {
    const items = value.$tuple.map(renderValue);
    return items.length === 1 ? `(${items[0] ?? ''},)` : `(${items.join(',')})`;
  }
  return '';
}

function impossible(out: RenderedCfgOptions, path: string[], reason: ImpossibleReason): void {
  out.impossible.push({ path: path.join('.'), reason });
}

function isDict(v: PyValue): v is PyDict {
  return isPyDict(v) && !isPyRef(v);
}

function holdsDict(v: PyValue): boolean {
  if (Array.isArray(v)) return v.some((x) => isDict(x) || holdsDict(x));
  if (isPyTuple(v)) return v.$tuple.some((x) => isDict(x) || holdsDict(x));
  return false;
}

function holdsRef(v: PyValue): boolean {
  if (isPyRef(v)) return true;
  if (Array.isArray(v)) return v.some(holdsRef);
  if (isPyTuple(v)) return v.$tuple.some(holdsRef);
  if (isDict(v)) return Object.values(v).some(holdsRef);
  return false;
}
