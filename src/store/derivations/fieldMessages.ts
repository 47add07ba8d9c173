import type { FieldMessage } from '../../core/index.ts';
import type { PyDict } from '../../core/index.ts';

export type ValidateConfig = (config: PyDict) => FieldMessage[];

/**
 * Validation messages of the config under its dialect's rules, shared by every panel. One
 * derivation per store, memoised on the config object itself: the store replaces the config on
 * every change, so identity is exactly "has it changed".
 */
export function createFieldMessages() {
  const cache = new WeakMap<PyDict, { validate: ValidateConfig; messages: FieldMessage[] }>();
  return (config: PyDict, validate: ValidateConfig): FieldMessage[] => {
    const hit = cache.get(config);
    if (hit && hit.validate === validate) return hit.messages;
    const messages = validate(config);
    cache.set(config, { validate, messages });
    return messages;
  };
}
