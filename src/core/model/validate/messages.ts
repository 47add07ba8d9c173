import type { FieldMessage } from '../fieldSpec.ts';

/** An error at a field path. */
export function error(path: readonly string[], en: string, zh: string): FieldMessage {
  return { path, severity: 'error', message: { en, zh } };
}

/** A warning at a field path. */
export function warning(path: readonly string[], en: string, zh: string): FieldMessage {
  return { path, severity: 'warning', message: { en, zh } };
}
