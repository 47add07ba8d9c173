/**
 * Every dialect module, loaded at once: for the command line, the gallery builder and tests,
 * which run in Node and need no lazy chunks. The app goes through registry.ts instead.
 */
import { mmcv1Dialect } from './mmcv1/index.ts';
import { mmengineDialect } from './mmengine/index.ts';
import type { Dialect, DialectId } from './types.ts';

const dialects: Record<DialectId, Dialect> = { mmcv1: mmcv1Dialect, mmengine: mmengineDialect };

/** The dialect module for `id` (synchronous; pulls every dialect into the bundle). */
export function dialectById(id: DialectId): Dialect {
  return dialects[id];
}
