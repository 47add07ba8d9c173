import type { Fix, TrainingPoint } from '../diagnostics/types.ts';
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
  /**
   * Comma-separated numbers written as a Python list (`step=[8, 11]`). `allowScalar`: a single
   * bare number stays a Python int (`step=3` decays every 3 epochs), and lists show brackets.
   */
  | { kind: 'int-list'; allowScalar?: boolean }
  | { kind: 'float-list' }
  /** Comma-separated words as a list of str (`metric=['bbox', 'segm']`); `allowScalar` as above. */
  | { kind: 'str-list'; allowScalar?: boolean }
  /** A fixed-length tuple of floats (`betas=(0.9, 0.999)`, `target_ratio=(10, 1e-4)`). */
  | { kind: 'float-tuple'; length: number }
  /** Any Python literal, edited as text (init_kwargs, file_client_args, metric lists, ...). */
  | { kind: 'literal' }
  /**
   * A switch between None and a dict (`grad_clip=None` / `grad_clip=dict(...)`): switching on
   * writes `enabledValue`; the dict's own keys are separate fields with deeper paths.
   */
  | { kind: 'optional-dict'; enabledValue: Readonly<Record<string, PyValue>> }
  /** `paramwise_cfg.custom_keys`: rows of key / lr_mult / decay_mult (see customKeys.ts). */
  | { kind: 'custom-keys' }
  /** `workflow`: rows of (phase, count) tuples (see workflow.ts). */
  | { kind: 'workflow' }
  /** A list of hook dicts picked by `type`, each with its own arguments (log_config.hooks). */
  | {
      kind: 'hook-list';
      hookTypes: readonly HookTypeSpec[];
      /** Order matters (param_scheduler chains in list order): the form offers move up / down. */
      ordered?: boolean;
      /** How an entry changes type, keeping what still applies (default: a bare `{type}`). */
      retype?: (entry: Readonly<Record<string, PyValue>>, newType: string) => Record<string, PyValue>;
    };

/** One hook class a 'hook-list' field offers, with the arguments a form shows for it. */
export interface HookTypeSpec {
  type: string;
  label: I18nText;
  help: I18nText;
  /** Arguments of the hook; each `path` is relative to the hook's dict (`['init_kwargs']`). */
  args: readonly FieldSpec[];
}

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
  /**
   * Shown only when this returns true for the current section value (policy-specific args).
   * `section` is the dict at `path[0]` ({} when that key is absent or None).
   */
  visibleWhen?: (section: Readonly<Record<string, PyValue>>) => boolean;
  /**
   * MMCV's default when it depends on the variant or on other sections (SGD vs AdamW
   * weight_decay; `by_epoch` under IterBasedRunner); wins over `mmcvDefault` when defined.
   */
  mmcvDefaultFor?: (section: Readonly<Record<string, PyValue>>, config: Readonly<Record<string, PyValue>>) => PyValue | undefined;
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
  /** error: training stops with an exception; warning: runs, not as meant; info: worth knowing. */
  severity: 'error' | 'warning' | 'info';
  message: I18nText;
  /** The diagnostics engine's rule id (`optimizer/unknown-argument`); absent for the forms' value checks. */
  rule?: string;
  /** The edit that resolves it, when one exists (applied to the merged config). */
  fix?: Fix;
  /** Where in training the engine's rule bites (the chart marks it), when it knows. */
  at?: TrainingPoint;
}

/** The test id of a field's control: `lr_config.warmup_iters`. */
export function fieldTestId(path: readonly string[]): string {
  return path.join('.');
}
