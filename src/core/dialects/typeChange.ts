/**
 * The one way a form changes the class a section builds (optimizer type, lr / momentum policy,
 * runner or train loop type): the diagnostics engine's `reshapeOnTypeChange`, applied to the
 * merged config the store holds. The writer adds `_delete_=True` itself wherever the bases keep
 * a key the section no longer has, so a `replace` edit is stored as a plain `set` here.
 */
import { applyFix, reshapeOnTypeChange } from '../diagnostics/index.ts';
import type { Fix, FixEdit, TypedComponent } from '../diagnostics/index.ts';
import type { PyDict } from '../python/value.ts';
import { stripDeleteKeys } from '../config/write/diffAgainstBase.ts';
import type { DialectId } from './types.ts';
import { dropEpochUnitsForIterRunner } from '../model/policyChange.ts';

/** Field paths whose value names a class, and the component whose signature table applies. */
const typedFields: Readonly<Record<string, { component: TypedComponent; section: string[] }>> = {
  'optimizer.type': { component: 'optimizer', section: ['optimizer'] },
  'optim_wrapper.optimizer.type': { component: 'optimizer', section: ['optim_wrapper', 'optimizer'] },
  'lr_config.policy': { component: 'lr-policy', section: ['lr_config'] },
  'momentum_config.policy': { component: 'momentum-policy', section: ['momentum_config'] },
  'runner.type': { component: 'runner', section: ['runner'] },
  'train_cfg.type': { component: 'train-loop', section: ['train_cfg'] },
};

/** Whether a field's change goes through {@link changeComponentType}. */
export function isTypeField(path: readonly string[]): boolean {
  return Object.hasOwn(typedFields, path.join('.'));
}

export interface TypeChangeContext {
  dialect: DialectId;
  /** What the config inherits (inherit mode), so keys coming from the bases are dropped too. */
  bases?: PyDict;
  itersPerEpoch?: number;
}

/** An edit for the merged config: `replace` (write with `_delete_=True`) becomes `set`, the writer decides `_delete_`. */
function forMergedConfig(edit: FixEdit): FixEdit {
  return edit.op === 'replace' ? { op: 'set', path: edit.path, value: stripDeleteKeys(edit.value) } : edit;
}

/** Applies a diagnostic's fix to the merged config the store holds. */
export function applyFixToConfig(config: PyDict, fix: Fix): PyDict {
  return applyFix(config, { ...fix, edits: fix.edits.map(forMergedConfig) });
}

/** The config after the field at `path` (one of the typed fields) names `newType`. */
export function changeComponentType(config: PyDict, path: readonly string[], newType: string, ctx: TypeChangeContext): PyDict {
  const field = typedFields[path.join('.')];
  if (!field) throw new Error(`not a type field: ${path.join('.')}`);
  const reshaped = reshapeOnTypeChange(
    { config, dialect: ctx.dialect, ...(ctx.bases ? { bases: ctx.bases } : {}), ...(ctx.itersPerEpoch !== undefined ? { itersPerEpoch: ctx.itersPerEpoch } : {}) },
    { component: field.component, path: field.section, newType },
  );
  const next = applyFix(config, { title: { en: '', zh: '' }, edits: [forMergedConfig(reshaped.edit)] });
  return field.component === 'runner' && newType === 'IterBasedRunner' ? dropEpochUnitsForIterRunner(next) : next;
}
