import type { PyValue } from '../../python/value.ts';
import type { I18nText } from '../fieldSpec.ts';

/** Pairs the English and 简体中文 text of a label or help line. */
export function t(en: string, zh: string): I18nText {
  return { en, zh };
}

/** A `visibleWhen` that shows a field only for the listed values of the section's `key`. */
export function showWhen(key: string, values: readonly string[], canonical: (v: PyValue | undefined) => string | undefined = (v) => (typeof v === 'string' ? v : undefined)) {
  return (section: Readonly<Record<string, PyValue>>): boolean => {
    const value = canonical(section[key]);
    return value !== undefined && values.includes(value);
  };
}
