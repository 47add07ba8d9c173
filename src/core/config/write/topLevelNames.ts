import { isPythonName } from '../../python/printValue.ts';
import { dialectInfo } from '../../dialects/info.ts';
import type { DialectId } from '../../dialects/types.ts';
import { deleteKey } from './diffAgainstBase.ts';

// Names the config loaders treat specially (`_base_`, `_deprecation_` and the names the dialect's
// Config reserves for its attributes); a config file assigning them would not read back as the same dict.
const loaderNames: readonly string[] = ['_base_', '_deprecation_'];

/**
 * The top-level keys of `config` that cannot be written as module-level names of a config file
 * of `dialect`: not an ASCII identifier, a Python keyword, dunder-prefixed, or a name the loader
 * reserves. The writers refuse these, so every door (share links, saved state) refuses them too.
 */
export function unwritableTopLevelKeys(config: Readonly<Record<string, unknown>>, dialect: DialectId): string[] {
  const reserved = new Set([...loaderNames, ...dialectInfo(dialect).load.reservedKeys]);
  return Object.keys(config).filter((k) => k !== deleteKey && (!isPythonName(k) || k.startsWith('__') || reserved.has(k)));
}
