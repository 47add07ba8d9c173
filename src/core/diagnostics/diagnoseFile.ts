/**
 * Loads a config file and diagnoses it with what the loader knows: the merged config, the
 * dialect, where each value is written, and the merged config of its `_base_` files alone (loaded
 * from a copy of the leaf that keeps only its `_base_` assignment), so rules can tell inherited
 * keys from the leaf's own. Lazy-import configs get no bases (their bases are imports).
 */
import { loadConfig } from '../config/load/loadConfig.ts';
import type { ConfigFs, LoadResult } from '../config/load/loadConfig.ts';
import { normalizePath } from '../config/load/fileSystem.ts';
import type { PyDict } from '../python/value.ts';
import { diagnose } from './engine.ts';
import type { Diagnostic } from './types.ts';

export interface FileDiagnosis {
  loaded: LoadResult;
  /** The bases' merged config, when the file has literal `_base_` files. */
  bases?: PyDict;
  diagnostics: Diagnostic[];
}

/** The merged config of `path`'s bases alone, or undefined when it has none or is lazy. */
export function loadBasesOf(path: string, fs: ConfigFs, loaded: LoadResult): PyDict | undefined {
  if (loaded.lazy) return undefined;
  const root = normalizePath(path);
  const leaf = loaded.files.get(root);
  const stmt = leaf?.tree.body.find((s) => s.kind === 'Assign' && s.targets.some((t) => t.kind === 'Name' && t.id === '_base_'));
  if (!leaf || !stmt) return undefined;
  const text = leaf.text.slice(stmt.span.start, stmt.span.end);
  const onlyBases: ConfigFs = { readFile: (p) => (normalizePath(p) === root ? text : fs.readFile(p)) };
  return loadConfig(root, onlyBases, { dialect: loaded.dialect }).config;
}

/** Loads `path` from `fs` and runs every rule of its dialect. */
export function diagnoseFile(path: string, fs: ConfigFs, options: { itersPerEpoch?: number } = {}): FileDiagnosis {
  const loaded = loadConfig(path, fs);
  const bases = loadBasesOf(path, fs, loaded);
  const diagnostics = diagnose({
    config: loaded.config,
    dialect: loaded.dialect,
    ...(bases ? { bases } : {}),
    ...(options.itersPerEpoch !== undefined ? { itersPerEpoch: options.itersPerEpoch } : {}),
    fileName: normalizePath(path),
    sources: loaded,
  });
  return { loaded, ...(bases ? { bases } : {}), diagnostics };
}
