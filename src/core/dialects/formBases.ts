/**
 * What a config made in the forms inherits: `_base_ = [default_runtime, schedule_<id>]` of the
 * dialect's MMDetection release, merged. The diagnostics engine and the type-change reshape read
 * it to tell the user's own keys from inherited ones (a base's SGD `momentum` under AdamW).
 */
import type { BaseLayer } from '../config/inherit/fieldOrigin.ts';
import type { ScheduleBaseId } from '../model/bases.ts';
import type { PyDict } from '../python/value.ts';
import { dialectInfo } from './info.ts';
import type { DialectId } from './types.ts';

export function formBases(dialect: DialectId, scheduleBase: ScheduleBaseId): PyDict {
  return dialectInfo(dialect).formBases(scheduleBase);
}

/**
 * The same bases one file at a time, named as the user sees them in `_base_`, so a field can
 * say which file its inherited value comes from. Their union is `formBases`.
 */
export function formBaseLayers(dialect: DialectId, scheduleBase: ScheduleBaseId): BaseLayer[] {
  return dialectInfo(dialect).formBaseLayers(scheduleBase);
}
