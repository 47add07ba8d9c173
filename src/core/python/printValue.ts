import type { PyRef, PyValue } from './value.ts';
import { isPyDict, isPyMap, isPyRef, isPyTuple } from './value.ts';
import { reprSource, reprStringSource } from './repr.ts';

/**
 * Writes a PyValue as Python source in the style of MMCV/MMDetection configs (yapf, pep8,
 * 79 columns): `dict(k=v)` when every key can be a keyword argument, `{'k': v}` otherwise
 * (always for a dict with non-string keys: `{0: dict(...)}`, since `dict()` cannot spell them),
 * tuples as tuples (`('x', )` for one item, as yapf writes it), floats as Python's `repr`.
 *
 * Lines are broken after `dict(` / `[` / `(` / `{` with a 4-space hanging indent; items go
 * on one continuation line when they fit, else one per line (scalars are packed), and closing
 * brackets stay on the last item's line as yapf leaves them.
 *
 * @param indent indentation of the line the value starts on; continuation lines add 4.
 * @param width the column limit.
 * @param column where on its first line the value starts (e.g. after `optimizer = `).
 * @param refName how a class reference is spelled (the name a lazy-import file bound it to);
 *   without it, `module.Name` as `Config.to_dict()` gives it.
 */
export function printValue(value: PyValue, indent = 0, width = 79, column = indent, refName?: RefName): string {
  const text = layoutValue(value, { indent, column, trailing: 0, width, refName });
  // yapf leaves the closing bracket of a split statement-level list on a line of its own
  // (`_base_ = [\n    ...\n]`, `train_pipeline = [...]` in the mmdet files).
  return Array.isArray(value) && text.includes('\n') ? `${text.slice(0, -1)}\n${' '.repeat(indent)}]` : text;
}

const pythonKeywords = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue',
  'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import',
  'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while',
  'with', 'yield',
]);

/**
 * True when `name` can be written as `name=` in `dict(...)` or as a module-level name.
 * Only ASCII identifiers count: Python NFKC-normalises non-ASCII identifiers (`ﬁ` becomes
 * `fi`), so such keys go through the `{'key': v}` form, which keeps them byte for byte.
 */
export function isPythonName(name: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !pythonKeywords.has(name);
}

/**
 * Builtins the printed text calls (`dict(...)`, `float('inf')`): a config key with such a name
 * must be assigned after every value that uses them, or it would shadow them.
 */
export const calledBuiltins: ReadonlySet<string> = new Set(['dict', 'float']);

/** The name a class reference is written as (see {@link printValue}). */
export type RefName = (ref: PyRef) => string;

interface Place {
  refName: RefName | undefined;
  indent: number;
  column: number;
  /** Characters that will follow the value on its last line (closing brackets, a comma). */
  trailing: number;
  width: number;
}

interface Container {
  open: string;
  close: string;
  items: { prefix: string; value: PyValue; forceMapping?: boolean }[];
  oneTuple: boolean;
}

/**
 * Keys whose dict value is written `{'k': v}` even when its keys are identifiers, as MMDetection
 * writes `custom_keys={'backbone': dict(lr_mult=0.1)}` (its keys are parameter-name prefixes).
 */
const mappingValuedKeys = new Set(['custom_keys']);

function toContainer(v: PyValue, forceMapping = false): Container | undefined {
  if (Array.isArray(v)) return { open: '[', close: ']', items: v.map((value) => ({ prefix: '', value })), oneTuple: false };
  if (isPyTuple(v)) {
    return { open: '(', close: ')', items: v.$tuple.map((value) => ({ prefix: '', value })), oneTuple: v.$tuple.length === 1 };
  }
  if (isPyDict(v)) {
    const keys = Object.keys(v);
    const asCall = !forceMapping && keys.every(isPythonName);
    return {
      open: asCall ? 'dict(' : '{',
      close: asCall ? ')' : '}',
      items: keys.map((k) => ({
        prefix: asCall ? `${k}=` : `${reprStringSource(k)}: `,
        value: v[k] ?? null,
        forceMapping: mappingValuedKeys.has(k),
      })),
      oneTuple: false,
    };
  }
  if (isPyMap(v)) {
    return { open: '{', close: '}', items: v.$map.map(([k, value]) => ({ prefix: `${printFlat(k, undefined)}: `, value })), oneTuple: false };
  }
  return undefined;
}

/** A scalar as Python source: repr, with `{{` guarded in strings and `float('inf')` for non-finite floats. */
function printScalar(v: PyValue, refName: RefName | undefined): string {
  if (refName && isPyRef(v)) return refName(v);
  if (typeof v === 'string') return reprStringSource(v);
  return reprSource(v);
}

function printFlat(v: PyValue, refName: RefName | undefined, forceMapping = false): string {
  const c = toContainer(v, forceMapping);
  if (c === undefined) return printScalar(v, refName);
  const body = c.items.map((it) => it.prefix + printFlat(it.value, refName, it.forceMapping)).join(', ');
  return c.open + body + (c.oneTuple ? ', ' : '') + c.close;
}

/**
 * `printFlat(v)` when it has at most `max` characters, else undefined. Stops as soon as the text
 * is too long, so deciding whether a huge value fits on a line costs O(max), not O(size): the
 * layout asks that at every nesting level.
 */
function printFlatWithin(v: PyValue, max: number, refName: RefName | undefined, forceMapping = false): string | undefined {
  const c = toContainer(v, forceMapping);
  if (c === undefined) {
    const text = printScalar(v, refName);
    return text.length <= max ? text : undefined;
  }
  const parts: string[] = [c.open];
  let length = c.open.length + c.close.length + (c.oneTuple ? 2 : 0);
  for (let i = 0; i < c.items.length; i++) {
    const it = c.items[i];
    if (it === undefined) break;
    const sep = i > 0 ? ', ' : '';
    const item = printFlatWithin(it.value, max - length - sep.length - it.prefix.length, refName, it.forceMapping);
    if (item === undefined) return undefined;
    length += sep.length + it.prefix.length + item.length;
    if (length > max) return undefined;
    parts.push(sep, it.prefix, item);
  }
  parts.push(c.oneTuple ? ', ' : '', c.close);
  return parts.join('');
}

function layoutValue(v: PyValue, at: Place, forceMapping = false): string {
  const c = toContainer(v, forceMapping);
  if (c === undefined) return printScalar(v, at.refName);
  const flat = c.items.length === 0 ? printFlat(v, at.refName, forceMapping) : printFlatWithin(v, at.width - at.column - at.trailing, at.refName, forceMapping);
  if (flat !== undefined) return flat;
  const inner = at.indent + 4;
  const pad = ' '.repeat(inner);
  const tail = (c.oneTuple ? ',' : '') + c.close;
  const oneLine = printItemsWithin(c, at.width - inner - tail.length - at.trailing, at.refName);
  if (oneLine !== undefined) return `${c.open}\n${pad}${oneLine}${tail}`;
  if (c.items.every((it) => toContainer(it.value) === undefined)) {
    const flatItems = c.items.map((it) => it.prefix + printFlat(it.value, at.refName, it.forceMapping));
    return `${c.open}\n${pad}${packItems(flatItems, inner, at.width, at.width - tail.length - at.trailing).join(`\n${pad}`)}${tail}`;
  }
  const lines = c.items.map((it, i) => {
    const last = i === c.items.length - 1;
    const trailing = last ? tail.length + at.trailing : 1;
    const place = { indent: inner, column: inner + it.prefix.length, trailing, width: at.width, refName: at.refName };
    return it.prefix + layoutValue(it.value, place, it.forceMapping);
  });
  return `${c.open}\n${pad}${lines.join(`,\n${pad}`)}${tail}`;
}

/** The container's items joined by `, ` when that has at most `max` characters. */
function printItemsWithin(c: Container, max: number, refName: RefName | undefined): string | undefined {
  const parts: string[] = [];
  let length = 0;
  for (const [i, it] of c.items.entries()) {
    const sep = i > 0 ? ', ' : '';
    const item = printFlatWithin(it.value, max - length - sep.length - it.prefix.length, refName, it.forceMapping);
    if (item === undefined) return undefined;
    length += sep.length + it.prefix.length + item.length;
    parts.push(sep, it.prefix, item);
  }
  return length <= max ? parts.join('') : undefined;
}

/**
 * Fills lines with scalar items as yapf does for long number lists: every line fits `width`,
 * the last one also leaves room for what closes the container (`lastWidth`).
 */
function packItems(items: string[], indent: number, width: number, lastWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  items.forEach((item, i) => {
    const last = i === items.length - 1;
    const piece = last ? item : `${item},`;
    const candidate = line === '' ? piece : `${line} ${piece}`;
    if (line !== '' && indent + candidate.length > (last ? lastWidth : width)) {
      lines.push(line);
      line = piece;
    } else {
      line = candidate;
    }
  });
  lines.push(line);
  return lines;
}
