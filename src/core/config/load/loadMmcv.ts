/**
 * MMCV 1.7.2 `Config._file2dict` for Python configs: evaluate the module, keep its public names,
 * then load `_base_` files (relative to this file), refuse duplicate keys among bases, substitute
 * `{{_base_.x}}` and merge this file's dict into the bases' (`_merge_a_into_b`).
 */
import type { Span } from '../../python/diagnostics.ts';
import { evaluateModule, OpaqueValue } from '../../python/evaluate.ts';
import type { Val } from '../../python/evaluate.ts';
import { locateKeyPath } from '../../python/locate.ts';
import { reprString } from '../../python/repr.ts';
import type { PyDict, PyValue } from '../../python/value.ts';
import { makeBaseVarPlaceholder, substituteBaseVars } from './baseVars.ts';
import type { KeyOrigin, LoadContext, SourceFile } from './context.ts';
import { joinPath, dirnamePath } from './fileSystem.ts';
import { MergeError, mergeAIntoB } from './merge.ts';import { dialectInfo } from '../../dialects/info.ts';


export interface FileResult {
  cfg: PyDict;
  origins: Map<string, KeyOrigin>;
}

/** The base file names a `_base_` value lists: a string or a list of strings. */
export function baseList(value: Val, ctx: LoadContext, file: SourceFile, span: Span | undefined): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.every((v): v is string => typeof v === 'string')) return value;
  ctx.report(file, span, 'error', '_base_ must be a file name or a list of file names');
  return [];
}

/** Finds the span of the first top-level `_base_ = ...` statement. */
export function findBaseAssignment(file: SourceFile): Span | undefined {
  for (const stmt of file.tree.body) {
    if (stmt.kind === 'Assign' && stmt.targets[0]?.kind === 'Name' && stmt.targets[0].id === '_base_') return stmt.span;
  }
  return undefined;
}

/**
 * Loads the bases of `file` in order into one dict, as both MMCV and MMEngine do:
 * a key defined by two bases is an error (`Duplicate key is not allowed among bases`).
 */
export function loadBases(
  names: string[],
  file: SourceFile,
  ctx: LoadContext,
  loadFile: (f: SourceFile) => FileResult,
): FileResult {
  const span = findBaseAssignment(file);
  const cfg: PyDict = {};
  const origins = new Map<string, KeyOrigin>();
  for (const name of names) {
    const path = joinPath(dirnamePath(file.path), name);
    if (ctx.stack.includes(path)) {
      ctx.report(file, span, 'error', `_base_ '${name}' is already being loaded: the base chain is circular`);
      continue;
    }
    const base = ctx.openBase(name, path, file, span ?? { start: 0, end: 0 });
    if (!base) continue;
    const loaded = loadFile(base);
    const duplicates = Object.keys(loaded.cfg).filter((k) => k in cfg);
    if (duplicates.length > 0) {
      ctx.report(
        file,
        span,
        'error',
        `Duplicate key is not allowed among bases. Duplicate keys: {${duplicates.map(reprString).join(', ')}} (in ${name})`,
      );
    }
    Object.assign(cfg, loaded.cfg);
    for (const [k, o] of loaded.origins) origins.set(k, o);
  }
  return { cfg, origins };
}

/** Merges `child` into `base`, reporting a merge error at the child's key. */
export function mergeChild(child: PyDict, base: PyDict, file: SourceFile, ctx: LoadContext): PyDict {
  try {
    return mergeAIntoB(child, base, [], dialectInfo(ctx.dialect).load.baseIsObject ? ctx.configDicts : undefined);
  } catch (e) {
    if (!(e instanceof MergeError)) throw e;
    ctx.report(file, locateKeyPath(file.tree, e.path), 'error', e.message);
    return base;
  }
}

/** Loads one file with MMCV 1.7.2 semantics. */
export function loadMmcvFile(file: SourceFile, ctx: LoadContext): FileResult {
  ctx.stack.push(file.path);
  try {
    const evaluated = evaluateModule(file.tree, { resolveBaseVar: makeBaseVarPlaceholder });
    for (const d of evaluated.diagnostics) ctx.diagnostics.push({ ...d, file: file.path });
    const cfg: PyDict = {};
    const origins = new Map<string, KeyOrigin>();
    for (const [name, value] of evaluated.globals) {
      // mod.__dict__ minus dunder names, modules and functions.
      if (name.startsWith('__') || value instanceof OpaqueValue) continue;
      cfg[name] = value;
      const span = evaluated.definitions.get(name);
      if (span) origins.set(name, ctx.origin(file, span));
    }
    popDeprecation(cfg, file, ctx);
    if (!('_base_' in cfg)) return { cfg, origins };
    const names = baseList(cfg._base_ ?? null, ctx, file, findBaseAssignment(file));
    delete cfg._base_;
    origins.delete('_base_');
    const bases = loadBases(names, file, ctx, (f) => loadMmcvFile(f, ctx));
    const child = substituteBaseVars(cfg, bases.cfg, (path) =>
      ctx.report(file, undefined, 'error', `{{_base_.${path.join('.')}}}: the base configs have no such key`),
    ) as PyDict;
    const merged = mergeChild(child, bases.cfg, file, ctx);
    for (const [k, o] of origins) bases.origins.set(k, o);
    return { cfg: merged, origins: bases.origins };
  } finally {
    ctx.stack.pop();
  }
}

/** `_deprecation_` is popped and turned into a warning, as both loaders do. */
export function popDeprecation(cfg: PyDict, file: SourceFile, ctx: LoadContext): void {
  const info: PyValue | undefined = cfg._deprecation_;
  if (info === undefined) return;
  delete cfg._deprecation_;
  let message = `The config file ${file.path} will be deprecated in the future.`;
  if (info !== null && typeof info === 'object' && !Array.isArray(info)) {
    const d = info as PyDict;
    if (typeof d.expected === 'string') message += ` Please use ${d.expected} instead.`;
    if (typeof d.reference === 'string') message += ` More information can be found at ${d.reference}`;
  }
  ctx.report(file, undefined, 'warning', message);
}
