/**
 * Loads an MMDetection config file with its `_base_` chain the way `Config.fromfile` does, without
 * running any of it: MMCV 1.7.2 semantics for 2.x configs, MMEngine 0.10.7 for 3.x ones (both the
 * `_base_` style and the pure-Python lazy-import style). Never throws.
 */
import type { Diagnostic } from '../../python/diagnostics.ts';
import type { PyDict } from '../../python/value.ts';
import { LoadContext } from './context.ts';
import type { BaseReference, DialectId, KeyOrigin, SourceFile } from './context.ts';
import { detectDialect } from './dialect.ts';
import { defaultDialectId, dialectInfo } from '../../dialects/info.ts';
import type { ConfigFs } from './fileSystem.ts';
import { normalizePath } from './fileSystem.ts';
import { lazyResultToConfig, loadLazyFile } from './loadLazy.ts';
import { loadMmcvFile } from './loadMmcv.ts';
import { loadMmengineFile } from './loadMmengine.ts';

export type { BaseReference, DialectId, KeyOrigin, SourceFile } from './context.ts';
export type { ConfigFs } from './fileSystem.ts';
export { createMemoryFs } from './fileSystem.ts';

export interface LoadOptions {
  /** Forces MMCV 1.x or MMEngine semantics instead of detecting them (see detectDialect). */
  dialect?: DialectId;
}

export interface LoadResult {
  /** The merged config, keys in the order the real loader gives (`to_dict()`). */
  config: PyDict;
  dialect: DialectId;
  /** True for an MMEngine pure-Python config (`with read_base():`, imported classes). */
  lazy: boolean;
  /** Why this dialect was chosen. */
  dialectReason: string;
  /** Problems in any file of the chain; each carries its `file`. */
  diagnostics: Diagnostic[];
  /** Every base named along the chain and where it was found (file, built-in copy, missing). */
  bases: BaseReference[];
  /** Where each top-level key of `config` was last assigned. */
  sourceMap: Record<string, KeyOrigin>;
  /** The files read, with their syntax trees (comments included), by path. */
  files: Map<string, SourceFile>;
}

/** Loads `path` from `fs` as `Config.fromfile(path).to_dict()` would, reporting instead of raising. */
export function loadConfig(path: string, fs: ConfigFs, options: LoadOptions = {}): LoadResult {
  const rootPath = normalizePath(path);
  const ctx = new LoadContext(fs, options.dialect ?? defaultDialectId);
  const root = ctx.open(rootPath);
  const result = (config: PyDict, dialect: DialectId, lazy: boolean, reason: string, origins: Map<string, KeyOrigin>): LoadResult => {
    const sourceMap: Record<string, KeyOrigin> = {};
    for (const k of Object.keys(config)) {
      const o = origins.get(k);
      if (o) sourceMap[k] = o;
    }
    return { config, dialect, lazy, dialectReason: reason, diagnostics: ctx.diagnostics, bases: ctx.bases, sourceMap, files: ctx.files };
  };
  if (!root) {
    ctx.diagnostics.push({ file: rootPath, line: 1, column: 1, severity: 'error', message: `file not found: ${rootPath}` });
    return result({}, ctx.dialect, false, 'file not found', new Map());
  }
  const detected = detectDialect(root, ctx);
  const dialect = options.dialect ?? detected.dialect;
  const reason = options.dialect ? 'chosen by the caller' : detected.reason;
  ctx.dialect = dialect;
  const rules = dialectInfo(dialect).load;
  if (rules.lazyImport && detected.lazy) {
    const loaded = loadLazyFile(root, ctx);
    return result(lazyResultToConfig(loaded), dialect, true, reason, loaded.origins);
  }
  const loaded = rules.baseIsObject ? loadMmengineFile(root, ctx) : loadMmcvFile(root, ctx);
  for (const key of rules.reservedKeys) {
    if (key in loaded.cfg) {
      ctx.report(root, undefined, 'error', `${key} is reserved for config file`);
    }
  }
  return result(loaded.cfg, dialect, false, reason, loaded.origins);
}
