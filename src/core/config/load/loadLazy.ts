/**
 * MMEngine 0.10.7 pure-Python ("lazy import") configs, `Config._parse_lazy_import`:
 * `with read_base(): from .._base_.x import *` pulls a base config's names into this module
 * before it runs; `from pkg.mod import Name` binds a class reference ({@link PyRef}) that is
 * never imported. Imported names are dropped from the result (`to_dict(keep_imported=False)`).
 */
import type { ImportFromStmt, ImportStmt, Stmt } from '../../python/ast.ts';
import { evaluateModule, EvalError, OpaqueValue } from '../../python/evaluate.ts';
import type { ConfigDictSet, Val } from '../../python/evaluate.ts';
import { newDict, pyRef } from '../../python/value.ts';
import type { PyDict } from '../../python/value.ts';
import type { KeyOrigin, LoadContext, SourceFile } from './context.ts';
import { dirnamePath, joinPath } from './fileSystem.ts';
import { toConfigDict } from './loadMmengine.ts';

export interface LazyFileResult {
  globals: Map<string, Val>;
  imported: Set<string>;
  origins: Map<string, KeyOrigin>;
}

/**
 * Modules `_is_builtin_module` treats as builtin (imported for real, not lazily): `mmengine.config`
 * and the standard library. Everything else (mmdet, mmcv, mmengine, torch) is lazy, as in a normal
 * installation where those live in site-packages.
 */
const stdlib = new Set([
  'abc', 'collections', 'copy', 'datetime', 'enum', 'functools', 'itertools', 'json', 'math', 'numbers',
  'operator', 'os', 'pathlib', 'platform', 'random', 're', 'string', 'sys', 'time', 'typing', 'warnings',
]);

/** Mirrors mmengine's `_is_builtin_module` for the modules configs import. */
export function isBuiltinModule(module: string): boolean {
  if (module.startsWith('.')) return false;
  if (module.startsWith('mmengine.config')) return true;
  return stdlib.has(module.split('.')[0] ?? module);
}

function isReadBase(stmt: Stmt): boolean {
  if (stmt.kind !== 'With' || stmt.items.length !== 1) return false;
  const ctxExpr = stmt.items[0]?.context;
  return ctxExpr?.kind === 'Call' && ctxExpr.func.kind === 'Name' && ctxExpr.func.id === 'read_base';
}

/** `from mmengine import Config`: the Python package MMEngine itself, which classic configs may import too. */
const configImport = { module: 'mmengine', name: 'Config' };

function isConfigImport(module: string, names: readonly { name: string }[]): boolean {
  return module === configImport.module && names.length === 1 && names[0]?.name === configImport.name;
}

/**
 * MMEngine's `_is_lazy_import` on the top-level statements: a `with` or an import of a relative or
 * non-builtin module makes a config lazy; a `_base_ = ...` before them makes it a classic one.
 */
export function isLazyImportConfig(body: Stmt[]): boolean {
  for (const stmt of body) {
    if (stmt.kind === 'Assign' && stmt.targets[0]?.kind === 'Name' && stmt.targets[0].id === '_base_') return false;
    if (stmt.kind === 'With') return true;
    if (stmt.kind === 'ImportFrom') {
      if (stmt.level > 0) return true;
      if (isConfigImport(stmt.module, stmt.names)) continue;
      if (!isBuiltinModule(stmt.module)) return true;
    }
    if (stmt.kind === 'Import' && stmt.names.some((a) => !isBuiltinModule(a.name))) return true;
  }
  return false;
}

function moduleKey(stmt: ImportFromStmt): string {
  return '.'.repeat(stmt.level) + stmt.module;
}

/** Loads the bases listed in the first `with read_base():` block, keyed by module as written. */
function loadReadBaseModules(file: SourceFile, ctx: LoadContext, imported: Set<string>): Map<string, LazyFileResult> {
  const bases = new Map<string, LazyFileResult>();
  const block = file.tree.body.find((s) => s.kind === 'With');
  if (!block || block.kind !== 'With') return bases;
  if (!isReadBase(block)) {
    ctx.report(file, block.span, 'error', 'Only `read_base` context manager can be used in the config');
    return bases;
  }
  for (const stmt of block.body) {
    if (stmt.kind !== 'ImportFrom' || stmt.module === '') {
      ctx.report(file, stmt.span, 'error', 'Only `from ... import ...` of a config module can be written in `with read_base():`');
      continue;
    }
    const key = moduleKey(stmt);
    if (stmt.level === 0) {
      ctx.bases.push({ written: key, path: key, from: file.path, source: 'missing' });
      ctx.report(file, stmt.span, 'warning', `base config '${key}' is a module of an installed package; its keys are left out`);
      bases.set(key, { globals: new Map(), imported: new Set(), origins: new Map() });
      continue;
    }
    const rel = [...Array<string>(stmt.level - 1).fill('..'), `${stmt.module.replace(/\./g, '/')}.py`].join('/');
    const path = joinPath(dirnamePath(file.path), rel);
    if (ctx.stack.includes(path)) {
      ctx.report(file, stmt.span, 'error', `base config '${key}' is already being loaded: the base chain is circular`);
      continue;
    }
    const base = ctx.openBase(key, path, file, stmt.span);
    const result = base ? loadLazyFile(base, ctx) : { globals: new Map<string, Val>(), imported: new Set<string>(), origins: new Map() };
    for (const name of result.imported) imported.add(name);
    bases.set(key, result);
  }
  return bases;
}

/** Loads one lazy-import config file into its module globals (dicts as ConfigDicts). */
export function loadLazyFile(file: SourceFile, ctx: LoadContext): LazyFileResult {
  const configDicts: ConfigDictSet = ctx.configDicts;
  ctx.stack.push(file.path);
  try {
    const imported = new Set<string>();
    const globals = new Map<string, Val>();
    const origins = new Map<string, KeyOrigin>();
    const baseAssign = file.tree.body.find((s) => s.kind === 'Assign' && s.targets[0]?.kind === 'Name' && s.targets[0].id === '_base_');
    if (baseAssign) {
      ctx.report(file, baseAssign.span, 'error', 'a pure-Python config inherits with `with read_base(): from ... import *`, not `_base_ = ...`');
    }
    const bases = loadReadBaseModules(file, ctx, imported);
    const readBase = file.tree.body.find((s) => s.kind === 'With');
    const topLevel = file.tree.body.flatMap((s) => (s === readBase && s.kind === 'With' ? s.body : [s]));
    // ImportTransformer runs before the module: base names enter the globals first, in order.
    for (const stmt of topLevel) {
      if (stmt.kind !== 'ImportFrom') continue;
      const base = bases.get(moduleKey(stmt));
      if (!base) continue;
      for (const alias of stmt.names) {
        if (alias.name === '*') {
          for (const [k, v] of base.globals) globals.set(k, v);
          for (const [k, o] of base.origins) origins.set(k, o);
          break;
        }
        if (!base.globals.has(alias.name)) {
          ctx.report(file, alias.span, 'error', `cannot import name '${alias.name}' from '${moduleKey(stmt)}'`);
          continue;
        }
        globals.set(alias.asname ?? alias.name, base.globals.get(alias.name) ?? null);
      }
    }
    // `import a.b` of a lazy module binds `a` before everything else (_gather_abs_import_lazyobj).
    for (const stmt of topLevel) {
      if (stmt.kind !== 'Import') continue;
      for (const alias of stmt.names) {
        if (alias.asname !== undefined || isBuiltinModule(alias.name)) continue;
        const top = alias.name.split('.')[0] ?? alias.name;
        globals.set(top, pyRef(top, top));
        imported.add(top);
      }
    }
    const onImport = (stmt: ImportStmt | ImportFromStmt, bind: (name: string, value: Val) => void): void => {
      if (stmt.kind === 'Import') {
        for (const alias of stmt.names) {
          if (alias.asname === undefined) {
            if (isBuiltinModule(alias.name)) bind(alias.name.split('.')[0] ?? alias.name, new OpaqueValue(`module '${alias.name}'`));
            continue;
          }
          imported.add(alias.asname);
          bind(alias.asname, isBuiltinModule(alias.name) ? new OpaqueValue(`module '${alias.name}'`) : pyRef(alias.name, alias.name));
        }
        return;
      }
      const key = moduleKey(stmt);
      if (bases.has(key)) return;
      const builtin = isBuiltinModule(key);
      for (const alias of stmt.names) {
        if (alias.name === '*') {
          throw new EvalError(builtin ? 'Cannot import * from non-base config' : '`from xxx import *` is only allowed inside `with read_base():`', alias.span);
        }
        const name = alias.asname ?? alias.name;
        imported.add(name);
        bind(name, builtin ? new OpaqueValue(`imported name '${name}'`) : pyRef(key, alias.name));
      }
    };
    const body = file.tree.body.filter((s) => s !== readBase);
    const evaluated = evaluateModule(
      { ...file.tree, body },
      { globals, configDicts, onImport, onWith: (stmt) => {
        throw new EvalError('Only `read_base` context manager can be used in the config', stmt.span);
      } },
    );
    for (const d of evaluated.diagnostics) ctx.diagnostics.push({ ...d, file: file.path });
    for (const [name, span] of evaluated.definitions) origins.set(name, ctx.origin(file, span));
    const result = new Map<string, Val>();
    for (const [k, v] of globals) {
      if (k.startsWith('__')) continue;
      result.set(k, v instanceof OpaqueValue ? v : toConfigDict(v, configDicts));
    }
    return { globals: result, imported, origins };
  } finally {
    ctx.stack.pop();
  }
}

/** The config a lazy file loads to: its globals minus imported names and non-values. */
export function lazyResultToConfig(result: LazyFileResult): PyDict {
  const cfg = newDict();
  for (const [k, v] of result.globals) {
    if (result.imported.has(k) || v instanceof OpaqueValue) continue;
    cfg[k] = v;
  }
  return cfg;
}
