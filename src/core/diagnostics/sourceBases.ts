/**
 * The `_base_` files' merged config of an imported document (its own files, as the import read
 * them), so the rules about inherited keys work on imported files as on form-made ones. Loaded
 * once per source object: a document's source does not change while its config is edited.
 */
import { createMemoryFs, loadConfig } from '../config/load/loadConfig.ts';
import type { PyDict } from '../python/value.ts';
import { loadBasesOf } from './diagnoseFile.ts';

export interface DocumentFiles {
  entry: string;
  files: Readonly<Record<string, string>>;
}

const cache = new WeakMap<DocumentFiles, PyDict | null>();

/** The merged config of the entry file's `_base_` files alone; undefined when it has none (or is a lazy-import config). */
export function basesOfSource(source: DocumentFiles): PyDict | undefined {
  const known = cache.get(source);
  if (known !== undefined) return known ?? undefined;
  const fs = createMemoryFs({ ...source.files });
  const loaded = loadConfig(source.entry, fs);
  const bases = loadBasesOf(source.entry, fs, loaded);
  cache.set(source, bases ?? null);
  return bases;
}
