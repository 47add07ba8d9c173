import type { PyDict } from '../python/value.ts';
import type { DialectId } from './types.ts';
import { dialectInfo } from '../dialects/info.ts';

/**
 * The runtime part of a loaded config: its runtime keys in the loaded (to_dict) order, the
 * model and data sections dropped. Values are shared, not copied.
 */
export function pickRuntimeKeys(config: PyDict, dialect: DialectId): PyDict {
  const keep = new Set(dialectInfo(dialect).runtimeKeys);
  const out: PyDict = {};
  for (const [k, v] of Object.entries(config)) if (keep.has(k)) out[k] = v;
  return out;
}
