/**
 * The import lines a standalone MMEngine pure-Python ("lazy import") config needs for the class
 * references its values hold, and the name each reference is written as in the body.
 */
import { isPyDict, isPyMap, isPyRef, isPyTuple, refToString } from '../../python/value.ts';
import type { PyRef, PyValue } from '../../python/value.ts';
import { calledBuiltins, isPythonName } from '../../python/printValue.ts';

export interface LazyImports {
  /** `from m import A, B as B_m` / `import torch.nn as nn` lines, one per module, sorted by module. */
  lines: string[];
  /** The name bound to each reference, keyed by `refToString(ref)`. */
  names: ReadonlyMap<string, string>;
}

/** Every class reference in `value`, in the order they appear. */
export function collectRefs(value: PyValue, out: PyRef[] = []): PyRef[] {
  if (isPyRef(value)) out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => collectRefs(v, out));
  else if (isPyTuple(value)) value.$tuple.forEach((v) => collectRefs(v, out));
  else if (isPyMap(value)) value.$map.forEach(([k, v]) => { collectRefs(k, out); collectRefs(v, out); });
  else if (isPyDict(value)) Object.values(value).forEach((v) => collectRefs(v ?? null, out));
  return out;
}

/**
 * A module reference (`import torch.nn as nn` loads as `{ $ref: 'torch.nn', module: 'torch.nn' }`)
 * is written `import <module> as <name>`; any other reference `from <module> import <$ref>`.
 */
function isModuleRef(ref: PyRef): boolean {
  return ref.$ref === ref.module;
}

function shortName(ref: PyRef): string {
  const parts = ref.$ref.split('.');
  return parts[parts.length - 1] ?? ref.$ref;
}

/** `X_b`, then `X_a_b`, ... (module parts from the end), then numbered: deterministic, never taken. */
function aliasFor(ref: PyRef, taken: ReadonlySet<string>): string {
  const base = identifier(shortName(ref));
  const parts = ref.module.split('.').filter((p) => p !== '').map(identifier);
  for (let n = 1; n <= parts.length; n++) {
    const candidate = `${base}_${parts.slice(parts.length - n).join('_')}`;
    if (!taken.has(candidate) && isPythonName(candidate)) return candidate;
  }
  for (let i = 2; ; i++) if (!taken.has(`${base}_${i}`)) return `${base}_${i}`;
}

function identifier(text: string): string {
  const cleaned = text.replace(/[^A-Za-z0-9_]/g, '_');
  return /^[A-Za-z_]/.test(cleaned) ? cleaned : `_${cleaned}`;
}

/**
 * Plans the imports for `config`'s class references. A reference keeps its short name unless
 * another reference has the same short name, or the name is a top-level key of the config (the
 * loader drops imported names from the config, MMEngine's `to_dict(keep_imported=False)`), a
 * builtin the printed text calls, or `read_base`: then every reference of that short name gets
 * an alias from its module (`from a.b import X as X_b`). References are planned in sorted order
 * of their dotted path, so the names do not depend on where they appear.
 */
export function planLazyImports(config: Record<string, PyValue>): LazyImports {
  const refs = new Map<string, PyRef>();
  for (const ref of collectRefs(config as PyValue)) refs.set(refToString(ref), ref);
  const sorted = [...refs.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const reserved = new Set([...Object.keys(config), ...calledBuiltins, 'read_base']);
  const byShort = new Map<string, string[]>();
  for (const [key, ref] of sorted) byShort.set(shortName(ref), [...(byShort.get(shortName(ref)) ?? []), key]);
  const names = new Map<string, string>();
  const taken = new Set(reserved);
  for (const [short, keys] of byShort) {
    const [only] = keys;
    if (keys.length === 1 && only !== undefined && !reserved.has(short) && isPythonName(short)) {
      names.set(only, short);
      taken.add(short);
    }
  }
  for (const [key, ref] of sorted) {
    if (names.has(key)) continue;
    const alias = aliasFor(ref, taken);
    names.set(key, alias);
    taken.add(alias);
  }
  const fromLines = new Map<string, string[]>();
  const importLines: string[] = [];
  for (const [key, ref] of sorted) {
    const name = names.get(key) ?? shortName(ref);
    if (isModuleRef(ref)) {
      importLines.push(`import ${ref.module} as ${name}`);
      continue;
    }
    const item = name === ref.$ref ? name : `${ref.$ref} as ${name}`;
    fromLines.set(ref.module, [...(fromLines.get(ref.module) ?? []), item]);
  }
  const lines = [
    ...importLines.sort(),
    ...[...fromLines.keys()].sort().map((m) => fromImport(m, (fromLines.get(m) ?? []).sort())),
  ];
  return { lines, names };
}

/** `from m import a, b` within 79 columns, else parenthesised with names packed per line, as yapf does. */
function fromImport(module: string, items: string[]): string {
  const head = `from ${module} import `;
  const flat = head + items.join(', ');
  if (flat.length <= 79) return flat;
  const pad = ' '.repeat(head.length + 1);
  const lines: string[] = [];
  let line = '';
  items.forEach((item, i) => {
    const piece = i === items.length - 1 ? `${item})` : `${item},`;
    const start = lines.length === 0 ? head.length + 1 : pad.length;
    if (line !== '' && start + line.length + 1 + piece.length > 79) {
      lines.push(line);
      line = piece;
    } else {
      line = line === '' ? piece : `${line} ${piece}`;
    }
  });
  lines.push(line);
  return `${head}(${lines.join(`\n${pad}`)}`;
}
