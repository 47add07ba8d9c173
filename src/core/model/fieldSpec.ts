import type { PyValue } from '../python/value.ts';

/** A text in both UI languages. */
export interface I18nText {
  en: string;
  zh: string;
}

/** How a form shows and parses one config argument. */
export type FieldKind =
  | { kind: 'float'; min?: number; max?: number; minExclusive?: boolean; maxExclusive?: boolean }
  | { kind: 'int'; min?: number; max?: number }
  | { kind: 'bool' }
  | { kind: 'str' }
  /** A native <select>; `free` adds a text entry for values outside the list (optimizer type). */
  | { kind: 'enum'; options: readonly string[]; free?: boolean }
  /** Comma-separated numbers written as a Python list (`step=[8, 11]`). */
  | { kind: 'int-list' }
  | { kind: 'float-list' }
  /** A fixed-length tuple of floats (`betas=(0.9, 0.999)`, `target_ratio=(10, 1e-4)`). */
  | { kind: 'float-tuple'; length: number }
  /** Any Python literal, edited as text (init_kwargs, file_client_args, metric lists, ...). */
  | { kind: 'literal' };

/**
 * One argument of one runtime section, named exactly as MMCV names it.
 * `path` is the key path from the top of the config: ['lr_config', 'warmup_iters'].
 */
export interface FieldSpec {
  path: readonly string[];
  type: FieldKind;
  /** MMCV's own default when the key is absent; undefined when MMCV has none (required). */
  mmcvDefault?: PyValue;
  /** The value may be None (`grad_clip=None`, `warmup=None`). */
  nullable?: boolean;
  /** Required: the section is invalid without it. */
  required?: boolean;
  label: I18nText;
  /** One line, from what the MMCV docs say the argument does. */
  help: I18nText;
  /** Shown only when this returns true for the current section value (policy-specific args). */
  visibleWhen?: (section: Readonly<Record<string, PyValue>>) => boolean;
}

/** A form panel: one top-level key (or a group of related top-level keys). */
export interface SectionSpec {
  id: string;
  title: I18nText;
  help: I18nText;
  fields: readonly FieldSpec[];
}

/** A problem located at a field path, in both languages. */
export interface FieldMessage {
  path: readonly string[];
  severity: 'error' | 'warning';
  message: I18nText;
}

/** The test id of a field's control: `lr_config.warmup_iters`. */
export function fieldTestId(path: readonly string[]): string {
  return path.join('.');
}
