import type { Diagnostic } from '../../core/index.ts';
import type { DocumentSource } from '../../core/index.ts';

/** Loads a draft and returns its problems (the reader, loaded lazily by the app). */
export type LoadDraft = (source: DocumentSource | null, draft: string, entry: string) => Diagnostic[];

/**
 * Problems of the code pane's draft located in its own file, for the editor's markers (problems
 * in other files of the source are reported at import). One derivation per store, memoised on
 * the last draft.
 */
export function createDraftMarkers() {
  let last: { source: DocumentSource | null; draft: string; entry: string; diagnostics: Diagnostic[] } | null = null;
  return (source: DocumentSource | null, draft: string, fallbackEntry: string, load: LoadDraft): Diagnostic[] => {
    const entry = source?.entry ?? fallbackEntry;
    if (last && last.source === source && last.draft === draft && last.entry === entry) return last.diagnostics;
    const diagnostics = load(source, draft, entry).filter((d) => d.file === undefined || d.file === entry);
    last = { source, draft, entry, diagnostics };
    return diagnostics;
  };
}
