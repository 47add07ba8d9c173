import type { PyDict } from '../python/value.ts';
import type { FieldMessage } from './fieldSpec.ts';
import { runtimeFields } from './sections/index.ts';
import { checkFields } from './validate/fieldRules.ts';
import { checkLrConfig, checkMomentumConfig } from './validate/scheduleRules.ts';
import { checkHooks, checkLogConfig, checkOptimizer, checkRequiredSections, checkRunner, checkWorkflow } from './validate/runtimeRules.ts';

/**
 * Everything MMCV 1.7.2 / mmdet 2.x would reject (errors) or silently do differently from what
 * the config suggests (warnings) in the runtime part of a loaded config, each located at the
 * field path the form shows. Unknown keys are not reported: MMCV passes them on.
 */
export function validateConfig(config: PyDict): FieldMessage[] {
  const messages = [
    ...checkRequiredSections(config),
    ...checkFields(runtimeFields, config),
    ...checkOptimizer(config),
    ...checkLrConfig(config),
    ...checkMomentumConfig(config),
    ...checkRunner(config),
    ...checkWorkflow(config),
    ...checkLogConfig(config),
    ...checkHooks(config),
  ];
  return dedupe(messages);
}

// Hook arguments shared by several specs could report the same text twice at one path.
function dedupe(messages: FieldMessage[]): FieldMessage[] {
  const seen = new Set<string>();
  return messages.filter((m) => {
    const key = `${m.severity}|${m.path.join('.')}|${m.message.en}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
