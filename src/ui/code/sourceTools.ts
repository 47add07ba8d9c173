/**
 * Everything that needs the Python reader, in one lazily loaded chunk so the first screen does
 * not carry the parser: the export of an imported (or hand-edited) file and the draft's markers.
 */
import { exportImported, importDocument, type Diagnostic, type ImportedDoc } from '../../core/index.ts';
import { createMemoryFs, loadConfig } from '../../core/entries/loader.ts';
import type { ImportedSource } from '../../store/sourceSlice.ts';
import type { ExportInputs } from '../derived.ts';

const docs = new WeakMap<ImportedSource, ImportedDoc>();

function documentOf(source: ImportedSource): ImportedDoc {
  let doc = docs.get(source);
  if (!doc) {
    doc = importDocument(source.entry, createMemoryFs(source.files));
    docs.set(source, doc);
  }
  return doc;
}

/**
 * The exported text of a config that came from the user's own file: their text with only the
 * edited statements changed (inherit), or everything written out (standalone). Falls back to
 * the dialect's writer when the file cannot be patched.
 */
export function exportWithSource(inputs: ExportInputs & { source: ImportedSource }): string {
  const result = exportImported(documentOf(inputs.source), inputs.config, { mode: inputs.exportMode });
  if (result.diagnostics.some((d) => d.severity === 'error')) {
    return inputs.write(inputs.config, { mode: inputs.exportMode, scheduleBase: inputs.scheduleBase });
  }
  return result.text;
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
