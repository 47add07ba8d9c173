import type { TimelineWarning } from './types.ts';

/** A timeline warning with English and Chinese text. */
export function warn(code: string, en: string, zh: string): TimelineWarning {
  return { code, message: { en, zh } };
}
