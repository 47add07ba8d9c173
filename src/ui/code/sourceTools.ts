/**
 * Everything that needs the Python reader, in one lazily loaded chunk so the first screen does
 * not carry the parser: the export of an imported (or hand-edited) file and the draft's markers.
 */
import { createMemoryFs, loadConfig } from '../../core/config/load/loadConfig.ts';
import type { Diagnostic } from '../../core/python/diagnostics.ts';
import type { PyDict } from '../../core/python/value.ts';
import { pyEqual } from '../../core/python/value.ts';
import { writeConfig } from '../../core/config/write/writeConfig.ts';
import type { ImportedSource } from '../../store/sourceSlice.ts';
import type { ExportInputs } from '../derived.ts';

const loaded = new WeakMap<ImportedSource, PyDict>();

function loadedConfigOf(source: ImportedSource): PyDict {
  let c = loaded.get(source);
  if (!c) {
    c = loadConfig(source.entry, createMemoryFs(source.files)).config;
    loaded.set(source, c);
  }
  return c;
}

/** The exported text of a config that came from the user's own file. */
export function exportWithSource(inputs: ExportInputs & { source: ImportedSource }): string {
  const { source } = inputs;
  const entryText = source.files[source.entry];
  if (entryText !== undefined && inputs.exportMode === 'inherit' && pyEqual(loadedConfigOf(source), inputs.config)) return entryText;
  return writeConfig(inputs.config, { mode: inputs.exportMode, scheduleBase: inputs.scheduleBase });
}

let lastDraft: { source: ImportedSource | null; draft: string; diagnostics: Diagnostic[] } | null = null;

/** Problems of the code pane's draft in its own file, located for Monaco markers. */
export function draftDiagnostics(source: ImportedSource | null, draft: string, fallbackEntry: string): Diagnostic[] {
  if (lastDraft && lastDraft.source === source && lastDraft.draft === draft) return lastDraft.diagnostics;
  const entry = source?.entry ?? fallbackEntry;
  const result = loadConfig(entry, createMemoryFs({ ...(source?.files ?? {}), [entry]: draft }));
  const diagnostics = result.diagnostics.filter((d) => d.file === undefined || d.file === entry);
  lastDraft = { source, draft, diagnostics };
  return diagnostics;
}
