/** Helpers for the two-language messages the rules write. */
import type { Text } from './types.ts';

export function text(en: string, zh: string): Text {
  return { en, zh };
}

/** A path the way a config writes it: `optimizer.momentum`, `param_scheduler[1].T_max`. */
export function showPath(path: readonly string[]): string {
  return path.map((p, i) => (/^\d+$/.test(p) ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}
