/**
 * Inherited vs set for an imported file: a field is inherited when the file (as it would be
 * exported now, with the edits in it) does not write it and its own `_base_` chain gives it; the
 * base named is the one that set it last in merge order, as mmcv/MMEngine's `fromfile` merges.
 */
import { getAtPath } from '../../model/paths.ts';
import type { PyDict, PyValue } from '../../python/value.ts';
import { isPyDict, pyEqual } from '../../python/value.ts';
import { exportImported } from '../edit/exportImported.ts';
import type { ImportedDoc } from '../edit/importDocument.ts';
import { importDocument, overlayFs } from '../edit/importDocument.ts';
import { basenamePath } from '../load/fileSystem.ts';
import { createMemoryFs } from '../load/loadConfig.ts';
import { deleteKey } from '../write/diffAgainstBase.ts';
import type { FieldOrigin } from './fieldOrigin.ts';
import { unknownBaseName } from './fieldOrigin.ts';

/** One base file of the chain and what it writes itself (before merging its own bases). */
export interface OwnLayer {
  /** Its path as loaded. */
  path: string;
  own: PyDict;
}

/** What an imported file inherits, layer by layer; made once per imported source. */
export interface ImportedInheritance {
  /** The leaf file as imported. */
  doc: ImportedDoc;
  /** Every base file of the chain in merge order (a file after its own bases); empty for a lazy-import config. */
  layers: OwnLayer[];
  /** What the leaf writes, per config it is exported with (the store replaces configs, never mutates them). */
  ownByConfig: WeakMap<PyDict, PyDict>;
}

/**
 * Loads the leaf and each base of its chain on its own, to know which file wrote which key.
 * A lazy-import (pure Python) config replaces names instead of merging: nothing is inherited.
 */
export function importedInheritance(source: { entry: string; files: Record<string, string> }): ImportedInheritance {
  const doc = importDocument(source.entry, createMemoryFs(source.files));
  const empty = { doc, layers: [], ownByConfig: new WeakMap<PyDict, PyDict>() };
  if (doc.lazy) return empty;
  // Every file the load read (the user's and built-in copies), so each base loads as it did.
  const fs = overlayFs(doc.path, doc.text, doc.otherFiles);
  const children = new Map<string, string[]>();
  for (const b of doc.loaded.bases) {
    if (b.source === 'missing') continue;
    children.set(b.from, [...(children.get(b.from) ?? []), b.path]);
  }
  const layers: OwnLayer[] = [];
  const visit = (path: string, depth: number) => {
    // A cycle is reported by the loader; the walk only needs to stop.
    if (depth > 32) return;
    for (const child of children.get(path) ?? []) visit(child, depth + 1);
    if (path !== doc.path) layers.push({ path, own: importDocument(path, fs).own });
  };
  visit(doc.path, 0);
  return { ...empty, layers };
}

/** What the leaf writes when exported with `config`: its own text's values, or the patched text's. */
export function ownValuesFor(inh: ImportedInheritance, config: PyDict): PyDict {
  const { doc } = inh;
  if (pyEqual(config, doc.config)) return doc.own;
  let own = inh.ownByConfig.get(config);
  if (!own) {
    const text = exportImported(doc, config, { mode: 'inherit' }).text;
    own = text === doc.text ? doc.own : importDocument(doc.path, overlayFs(doc.path, text, doc.otherFiles)).own;
    inh.ownByConfig.set(config, own);
  }
  return own;
}

function isTruthyDelete(v: PyValue | undefined): boolean {
  return v !== undefined && v !== null && v !== false && v !== 0 && v !== '';
}

/**
 * How the leaf's own values reach `path`: `replaced` when a dict on the way has `_delete_=True`
 * or a non-dict value stands on the way (the base's value there does not apply at all),
 * `written` when the leaf writes `path` itself, else `absent`.
 */
export function ownReach(own: PyDict, path: readonly string[]): 'replaced' | 'written' | 'absent' {
  let current: PyValue | undefined = own;
  for (let i = 0; i < path.length; i++) {
    if (!isPyDict(current)) return 'replaced';
    if (i > 0 && isTruthyDelete(current[deleteKey])) return 'replaced';
    const key = path[i] as string;
    if (!Object.hasOwn(current, key)) return 'absent';
    current = current[key];
  }
  return 'written';
}

/** The base file that set `path` last in merge order (its file name), as the user sees it in `_base_`. */
export function lastSetter(layers: readonly OwnLayer[], path: readonly string[]): string {
  for (let i = layers.length - 1; i >= 0; i--) {
    const layer = layers[i] as OwnLayer;
    if (getAtPath(layer.own, path) !== undefined) return basenamePath(layer.path);
  }
  // Set through a `_delete_` dict or a mutation further up: name the file that wrote the top key.
  for (let i = layers.length - 1; i >= 0; i--) {
    const layer = layers[i] as OwnLayer;
    if (path[0] !== undefined && Object.hasOwn(layer.own, path[0])) return basenamePath(layer.path);
  }
  return unknownBaseName;
}

/**
 * The origin of the value at `path` of an imported file edited to `config`: `inherited` from the
 * base that set it last when the file does not write it, `set` when the file writes it over a
 * base's value (so "reset to inherited" can remove it), `own` when no base gives a value there
 * or the file replaces the whole dict around it (`_delete_=True`).
 */
export function importedFieldOrigin(inh: ImportedInheritance, config: PyDict, path: readonly string[]): FieldOrigin {
  if (path.length === 0 || inh.layers.length === 0) return { kind: 'own' };
  const baseValue = getAtPath(inh.doc.inherited, path);
  if (baseValue === undefined) return { kind: 'own' };
  const reach = ownReach(ownValuesFor(inh, config), path);
  if (reach === 'replaced') return { kind: 'own' };
  const from = lastSetter(inh.layers, path);
  return reach === 'written' ? { kind: 'set', from, baseValue } : { kind: 'inherited', from };
}
