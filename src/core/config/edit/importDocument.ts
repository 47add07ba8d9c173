/**
 * An imported config file kept with everything a source-preserving export needs: its own text
 * and syntax tree, the merged config, what its `_base_` chain alone gives, and what the file
 * itself wrote before merging.
 */
import type { Module } from '../../python/ast.ts';
import type { Diagnostic } from '../../python/diagnostics.ts';
import { evaluateModule, OpaqueValue } from '../../python/evaluate.ts';
import type { Val } from '../../python/evaluate.ts';
import { parsePython } from '../../python/parse.ts';
import { isPyDict } from '../../python/value.ts';
import type { PyDict, PyValue } from '../../python/value.ts';
import { makeBaseVarPlaceholder, substituteBaseVars } from '../load/baseVars.ts';
import { substitutePredefinedVars } from '../load/context.ts';
import { loadConfig } from '../load/loadConfig.ts';
import type { ConfigFs, DialectId, LoadResult } from '../load/loadConfig.ts';
import { normalizePath } from '../load/fileSystem.ts';
import { toConfigDict } from '../load/loadMmengine.ts';
import { isBaseAssignment } from './topLevelNames.ts';import { dialectInfo } from '../../dialects/info.ts';


export interface ImportedDoc {
  /** The leaf file's path, normalized. */
  path: string;
  /** The leaf file's text exactly as read. */
  text: string;
  /** The syntax tree of `text` (spans index into it). */
  tree: Module;
  dialect: DialectId;
  /** MMEngine pure-Python config: names replace, nothing merges. */
  lazy: boolean;
  /** The merged config at import time (`Config.fromfile(path).to_dict()`). */
  config: PyDict;
  /**
   * What the leaf inherits: the merged bases (for MMEngine after the leaf's own
   * `_base_.x = ...` edits); `{}` for a lazy config, where a leaf name replaces a base one.
   */
  inherited: PyDict;
  /** The leaf's own top-level values before the merge (with `_delete_` hints still in). */
  own: PyDict;
  /** The text of every other file the load read, so an export can be re-loaded and checked. */
  otherFiles: ReadonlyMap<string, string>;
  /** The loader's diagnostics at import. */
  diagnostics: Diagnostic[];
  /** The full load result at import (source map, bases). */
  loaded: LoadResult;
}

/**
 * Loads `path` with its bases as `Config.fromfile` does (MMCV 1.7.2 or MMEngine 0.10.7, detected)
 * and keeps what {@link exportImported} needs to write it back with only the edited lines changed.
 * Never throws: problems are in `diagnostics`.
 */
export function importDocument(path: string, fs: ConfigFs): ImportedDoc {
  const leafPath = normalizePath(path);
  const loaded = loadConfig(leafPath, fs);
  const text = fs.readFile(leafPath) ?? '';
  const tree = parsePython(text).tree;
  const otherFiles = new Map<string, string>();
  for (const [p, f] of loaded.files) if (p !== leafPath) otherFiles.set(p, f.text);
  const base = { path: leafPath, text, tree, dialect: loaded.dialect, lazy: loaded.lazy, config: loaded.config, otherFiles, diagnostics: loaded.diagnostics, loaded };
  if (loaded.lazy) return { ...base, inherited: {}, own: lazyOwnValues(loaded, leafPath) };
  const bases = loadBasesOnly(leafPath, text, tree, otherFiles, loaded.dialect);
  const evalTree = parsePython(substitutePredefinedVars(text, leafPath)).tree;
  return { ...base, ...evaluateOwn(evalTree, bases, loaded.dialect) };
}

/** A file system where `path` holds `text` and every other file is as read at import. */
export function overlayFs(path: string, text: string, otherFiles: ReadonlyMap<string, string>): ConfigFs {
  return { readFile: (p) => (normalizePath(p) === path ? text : otherFiles.get(normalizePath(p))) };
}

/** The config the leaf's `_base_ = ...` statement alone loads to. */
function loadBasesOnly(path: string, text: string, tree: Module, otherFiles: ReadonlyMap<string, string>, dialect: DialectId): PyDict {
  const stmt = tree.body.find(isBaseAssignment);
  if (!stmt) return {};
  const only = text.slice(stmt.span.start, stmt.span.end);
  return loadConfig(path, overlayFs(path, `${only}\n`, otherFiles), { dialect }).config;
}

/** Runs the leaf on its own, as the loader does before merging, to get what it wrote. */
function evaluateOwn(tree: Module, bases: PyDict, dialect: DialectId): { own: PyDict; inherited: PyDict } {
  const own: PyDict = {};
  if (!dialectInfo(dialect).load.baseIsObject) {
    const evaluated = evaluateModule(tree, { resolveBaseVar: makeBaseVarPlaceholder });
    for (const [name, value] of evaluated.globals) {
      if (isKeptName(name, value)) own[name] = substituteBaseVars(value as PyValue, bases, () => undefined);
    }
    return { own, inherited: bases };
  }
  const configDicts = new WeakSet<object>();
  const baseCfg = toConfigDict(bases, configDicts);
  const body = tree.body.filter((s) => !isBaseAssignment(s));
  const evaluated = evaluateModule(
    { ...tree, body },
    { globals: new Map<string, Val>([['_base_', baseCfg]]), configDicts, resolveBaseVar: makeBaseVarPlaceholder },
  );
  for (const [name, value] of evaluated.globals) {
    if (name !== '_base_' && isKeptName(name, value)) own[name] = substituteBaseVars(value as PyValue, bases, () => undefined);
  }
  const mutated = evaluated.globals.get('_base_');
  return { own, inherited: mutated !== undefined && !(mutated instanceof OpaqueValue) && isPyDict(mutated) ? mutated : bases };
}

function isKeptName(name: string, value: Val): boolean {
  return !name.startsWith('__') && name !== '_base_' && name !== '_deprecation_' && !(value instanceof OpaqueValue);
}

function lazyOwnValues(loaded: LoadResult, leafPath: string): PyDict {
  const own: PyDict = {};
  for (const [k, v] of Object.entries(loaded.config)) if (loaded.sourceMap[k]?.file === leafPath) own[k] = v;
  return own;
}
