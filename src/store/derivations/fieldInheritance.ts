import { fieldOrigin, formBaseLayers, type BaseLayer, type DialectId, type DocumentSource, type FieldOrigin, type PyDict, type ScheduleBaseId } from '../../core/index.ts';
import type { ImportedInheritance } from '../../core/entries/inheritance.ts';
import type { ExportMode } from '../configSlice.ts';

export interface InheritanceInputs {
  config: PyDict;
  dialect: DialectId;
  scheduleBase: ScheduleBaseId;
  exportMode: ExportMode;
  /** Non-null for an imported file: its own `_base_` chain decides (read by the reader chunk). */
  source: DocumentSource | null;
}

/** The reader-dependent half (core/entries/inheritance.ts), loaded lazily by the app. */
export type InheritanceReader = Pick<typeof import('../../core/entries/inheritance.ts'), 'importedInheritance' | 'importedFieldOrigin'>;

// The layers are rebuilt only when the dialect or schedule base changes: a hundred fields ask
// on every store update, and the bases are fresh objects each call.
let cached: { key: string; layers: BaseLayer[] } | null = null;

function layersFor(dialect: DialectId, scheduleBase: ScheduleBaseId): BaseLayer[] {
  const key = `${dialect}:${scheduleBase}`;
  if (cached?.key !== key) cached = { key, layers: formBaseLayers(dialect, scheduleBase) };
  return cached.layers;
}

// An imported source's chain is loaded once (sources are replaced, never mutated).
const bySource = new WeakMap<DocumentSource, ImportedInheritance>();

/** The imported file's inheritance, loaded once per source. */
export function importedInheritanceFor(source: DocumentSource, reader: Pick<InheritanceReader, 'importedInheritance'>): ImportedInheritance {
  let inh = bySource.get(source);
  if (!inh) {
    inh = reader.importedInheritance(source);
    bySource.set(source, inh);
  }
  return inh;
}

/**
 * Where a field's value comes from. A config made in the forms and exported with `_base_`
 * inherits the built-in bases; an imported file its own `_base_` chain (known once the reader
 * has loaded: until then, and in a standalone export, which writes every value, every field is
 * its own).
 */
export function fieldInheritance(s: InheritanceInputs, path: readonly string[], reader: InheritanceReader | null = null): FieldOrigin {
  if (s.exportMode !== 'inherit') return { kind: 'own' };
  if (s.source !== null) return reader ? reader.importedFieldOrigin(importedInheritanceFor(s.source, reader), s.config, path) : { kind: 'own' };
  return fieldOrigin(s.config, layersFor(s.dialect, s.scheduleBase), path);
}
