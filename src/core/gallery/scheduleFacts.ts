/** Optimizer, lr, schedule parts and training length a gallery card and the search show. */
import { dialectInfo } from '../dialects/info.ts';
import type { PyDict } from '../python/value.ts';
import type { ScheduleFacts } from './scheduleParts.ts';
import type { DialectId } from './types.ts';

export type { ScheduleFacts } from './scheduleParts.ts';

/** Optimizer, lr, schedule parts and training length of a runtime config (epochs or iterations). */
export function readScheduleFacts(config: PyDict, dialect: DialectId): ScheduleFacts {
  return dialectInfo(dialect).gallery.readScheduleFacts(config);
}
