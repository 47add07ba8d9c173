import { fieldOrigin, formBaseLayers, type BaseLayer, type DialectId, type FieldOrigin, type PyDict, type ScheduleBaseId } from '../../core/index.ts';
import type { ExportMode } from '../configSlice.ts';

export interface InheritanceInputs {
  config: PyDict;
  dialect: DialectId;
  scheduleBase: ScheduleBaseId;
  exportMode: ExportMode;
  /** Non-null for an imported file: its own `_base_` is not modelled here yet, so nothing is marked. */
  source: unknown;
}

// The layers are rebuilt only when the dialect or schedule base changes: a hundred fields ask
// on every store update, and the bases are fresh objects each call.
let cached: { key: string; layers: BaseLayer[] } | null = null;

function layersFor(dialect: DialectId, scheduleBase: ScheduleBaseId): BaseLayer[] {
  const key = `${dialect}:${scheduleBase}`;
  if (cached?.key !== key) cached = { key, layers: formBaseLayers(dialect, scheduleBase) };
  return cached.layers;
}

/**
 * Where a field's value comes from, for a config made in the forms and exported with `_base_`
 * (what its file inherits is known: the built-in bases). A standalone export or an imported
 * file inherits nothing the forms can name, so every field is its own there.
 */
export function fieldInheritance(s: InheritanceInputs, path: readonly string[]): FieldOrigin {
  if (s.source !== null || s.exportMode !== 'inherit') return { kind: 'own' };
  return fieldOrigin(s.config, layersFor(s.dialect, s.scheduleBase), path);
}
