/**
 * What a config made in the forms inherits: `_base_ = [default_runtime, schedule_<id>]` of the
 * dialect's MMDetection release, merged. The diagnostics engine and the type-change reshape read
 * it to tell the user's own keys from inherited ones (a base's SGD `momentum` under AdamW).
 */
import { inheritedBaseV2, type ScheduleBaseId } from '../model/bases.ts';
import { inheritedBaseV3 } from '../model/v3/bases.ts';
import type { PyDict } from '../python/value.ts';
import type { DialectId } from './types.ts';

export function formBases(dialect: DialectId, scheduleBase: ScheduleBaseId): PyDict {
  return dialect === 'mmengine' ? inheritedBaseV3(scheduleBase) : inheritedBaseV2(scheduleBase);
}
