/** Built-in copies of MMDetection's runtime and schedule bases, found by a base path's tail. */
import { basesByPathV2 } from './v2.ts';
import { basesByPathV3 } from './v3.ts';

export { basesByPathV3 } from './v3.ts';

/**
 * The built-in text for a base path ending in `_base_/default_runtime.py` or
 * `_base_/schedules/schedule_{1x,2x,20e}.py`: MMDetection 2.25's for MMCV 1.x configs, 3.3's for
 * MMEngine ones. Undefined for any other path.
 */
export function findBuiltinBase(path: string, dialect: 'mmcv1' | 'mmengine'): { key: string; text: string } | undefined {
  const table = dialect === 'mmcv1' ? basesByPathV2 : basesByPathV3;
  const normalized = path.replace(/\\/g, '/');
  for (const [key, text] of Object.entries(table)) {
    if (normalized === key || normalized.endsWith(`/${key}`)) return { key, text };
  }
  return undefined;
}
