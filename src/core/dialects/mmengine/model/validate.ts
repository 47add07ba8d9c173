import type { PyDict } from '../../../python/value.ts';
import type { FieldMessage } from '../../../model/fieldSpec.ts';
import { checkFields } from '../../../model/validate/fieldRules.ts';
import { runtimeFieldsV3 } from './sections/index.ts';
import { checkHooksV3, checkOptimWrapper, checkRequiredSectionsV3, checkTrainLoop } from './validate/runtimeRules.ts';
import { checkParamScheduler } from './validate/schedulerRules.ts';

/**
 * Everything MMEngine 0.10.7 / mmdet 3.3 would reject (errors) or silently do differently from
 * what the config suggests (warnings) in the runtime part of a loaded 3.x config, each located
 * at the field path the form shows (`['param_scheduler', '1', 'milestones']` for list entries).
 * Unknown keys at the top level are not reported: MMEngine keeps them.
 */
export function validateConfigV3(config: PyDict): FieldMessage[] {
  const messages = [
    ...checkRequiredSectionsV3(config),
    ...checkFields(runtimeFieldsV3, config),
    ...checkOptimWrapper(config),
    ...checkParamScheduler(config),
    ...checkTrainLoop(config),
    ...checkHooksV3(config),
  ];
  const seen = new Set<string>();
  return messages.filter((m) => {
    const key = `${m.severity}|${m.path.join('.')}|${m.message.en}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
