/**
 * Everything that needs the Python reader, in one lazily loaded chunk so the first screen does
 * not carry the parser: the export of an imported (or hand-edited) file and loading a draft.
 * The store's derivations (store/derivations) memoise what these compute.
 */
import { exportFromImported, importDocument, type Diagnostic, type DocumentSource, type ImportedDoc } from '../../core/index.ts';
import { createMemoryFs, loadConfig, missingBaseErrors } from '../../core/entries/loader.ts';
export { fieldLocator } from '../../core/entries/loader.ts';
import type { ExportInputs } from '../../store/derivations/exportText.ts';

const docs = new WeakMap<DocumentSource, ImportedDoc>();

function documentOf(source: DocumentSource): ImportedDoc {
  let doc = docs.get(source);
  if (!doc) {
    doc = importDocument(source.entry, createMemoryFs(source.files));
    docs.set(source, doc);
  }
  return doc;
}

/**
 * The exported text of a config that came from the user's own file: their text with only the
 * edited statements changed (inherit), or everything written out (standalone); the dialect's
 * writer when the file cannot be patched (the same function as `mmcfg export`).
 */
export function exportWithSource(inputs: ExportInputs & { source: DocumentSource }): string {
  return exportFromImported(documentOf(inputs.source), inputs.config, { mode: inputs.exportMode, scheduleBase: inputs.scheduleBase }, inputs.write).text;
}

/** All problems of `draft` loaded as `entry` among the source's other files. */
export function loadDraft(source: DocumentSource | null, draft: string, entry: string): Diagnostic[] {
  const loaded = loadConfig(entry, createMemoryFs({ ...(source?.files ?? {}), [entry]: draft }));
  const missing = missingBaseErrors(loaded);
  return [...loaded.diagnostics.filter((d) => !missing.some((m) => m.file === d.file && m.line === d.line && m.column === d.column)), ...missing];
}
