/** Built-in copies of MMDetection's runtime and schedule bases, found by a base path's tail. */
import { dialectInfo } from '../../dialects/info.ts';
import type { DialectId } from '../../dialects/types.ts';

export { basesByPathV3 } from './v3.ts';

/**
 * The built-in text for a base path ending in `_base_/default_runtime.py` or
 * `_base_/schedules/schedule_{1x,2x,20e}.py`: MMDetection 2.25's for MMCV 1.x configs, 3.3's for
 * MMEngine ones. Undefined for any other path.
 */
export function findBuiltinBase(path: string, dialect: DialectId): { key: string; text: string } | undefined {
  const table = dialectInfo(dialect).builtinBases;
  const normalized = path.replace(/\\/g, '/');
  for (const [key, text] of Object.entries(table)) {
    if (normalized === key || normalized.endsWith(`/${key}`)) return { key, text };
  }
  return undefined;
}
