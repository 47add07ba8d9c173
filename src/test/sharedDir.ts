import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The steering repo's `shared/` folder (golden curves, mmdet fixtures). It sits beside the
 * checkout at /work/shared; CI may clone elsewhere, so MMCFG_SHARED can point at it.
 */
export function findSharedDir(): string {
  const candidates = [process.env.MMCFG_SHARED, resolve(process.cwd(), '../shared'), '/work/shared'];
  for (const c of candidates) if (c && existsSync(resolve(c, 'golden'))) return resolve(c);
  throw new Error('shared/ not found: set MMCFG_SHARED to the folder holding golden/ and fixtures/');
}
