/**
 * What a config made in the forms inherits: `_base_ = [default_runtime, schedule_<id>]` of the
 * dialect's MMDetection release, merged. The diagnostics engine and the type-change reshape read
 * it to tell the user's own keys from inherited ones (a base's SGD `momentum` under AdamW).
 */
import type { BaseLayer } from '../config/inherit/fieldOrigin.ts';
import { defaultRuntimeV2, inheritedBaseV2, scheduleBaseV2, type ScheduleBaseId } from '../model/bases.ts';
import { defaultRuntimeV3, inheritedBaseV3, scheduleBaseV3 } from '../model/v3/bases.ts';
import type { PyDict } from '../python/value.ts';
import type { DialectId } from './types.ts';

export function formBases(dialect: DialectId, scheduleBase: ScheduleBaseId): PyDict {
  return dialect === 'mmengine' ? inheritedBaseV3(scheduleBase) : inheritedBaseV2(scheduleBase);
}

/**
 * The same bases one file at a time, named as the user sees them in `_base_`, so a field can
 * say which file its inherited value comes from. Their union is `formBases`.
 */
export function formBaseLayers(dialect: DialectId, scheduleBase: ScheduleBaseId): BaseLayer[] {
  const runtime = { file: 'default_runtime.py', keys: dialect === 'mmengine' ? defaultRuntimeV3() : defaultRuntimeV2() };
  if (scheduleBase === 'none') return [runtime];
  const schedule = { file: `schedule_${scheduleBase}.py`, keys: dialect === 'mmengine' ? scheduleBaseV3(scheduleBase) : scheduleBaseV2(scheduleBase) };
  return dialect === 'mmengine' ? [schedule, runtime] : [runtime, schedule];
}
