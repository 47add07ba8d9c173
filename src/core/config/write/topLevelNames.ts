import { isPythonName } from '../../python/printValue.ts';
import type { DialectId } from '../../dialects/types.ts';
import { deleteKey } from './diffAgainstBase.ts';

// Names the config loaders treat specially (mmcv's Config attributes and `_base_`); a config
// file assigning them would not read back as the same dict.
const reservedNames: Record<DialectId, ReadonlySet<string>> = {
  mmcv1: new Set(['_base_', '_deprecation_', 'filename', 'text', 'pretty_text']),
  mmengine: new Set(['_base_', '_deprecation_', 'filename', 'text', 'pretty_text', 'env_variables']),
};

/**
 * The top-level keys of `config` that cannot be written as module-level names of a config file
 * of `dialect`: not an ASCII identifier, a Python keyword, dunder-prefixed, or a name the loader
 * reserves. The writers refuse these, so every door (share links, saved state) refuses them too.
 */
export function unwritableTopLevelKeys(config: Readonly<Record<string, unknown>>, dialect: DialectId): string[] {
  const reserved = reservedNames[dialect];
  return Object.keys(config).filter((k) => k !== deleteKey && (!isPythonName(k) || k.startsWith('__') || reserved.has(k)));
}
