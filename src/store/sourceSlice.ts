import type { StateCreator } from 'zustand';
import { pickEntryFile, placeLooseFile, type Diagnostic, type InputFile } from '../core/index.ts';
import type { StudioState } from './studioStore.ts';

/** The user's own Python files: the leaf config and any bases they dropped in with it. */
export interface ImportedSource {
  entry: string;
  files: Record<string, string>;
}

export interface SourceSlice {
  /** Set once a file is imported or the code pane is edited: exports then keep the user's text. */
  source: ImportedSource | null;
  /** Text typed in the code pane that does not load; the config keeps the last good state. */
  codeDraft: string | null;
}

export interface SourceActions {
  /** Loads dropped or picked files; resolves to the problems (errors leave the config untouched). */
  filesImported: (files: readonly InputFile[]) => Promise<Diagnostic[]>;
  /** The code pane's text changed (already debounced). */
  codeEdited: (text: string) => Promise<void>;
  codeDraftDiscarded: () => void;
}

export function initialSourceSlice(): SourceSlice {
  return { source: null, codeDraft: null };
}

type Set = Parameters<StateCreator<StudioState>>[0];
type Get = Parameters<StateCreator<StudioState>>[1];

/**
 * Loads `entry` from `files` (built-in mmdet bases fill in what is missing). The reader is
 * imported on first use so the first screen does not carry it.
 */
export async function loadSource(source: ImportedSource) {
  const { loadConfig, createMemoryFs } = await import('../core/entries/loader.ts');
  return loadConfig(source.entry, createMemoryFs(source.files));
}

function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

export function createSourceActions(set: Set, get: Get): SourceActions {
  return {
    filesImported: async (input) => {
      const entryFile = pickEntryFile(input);
      if (!entryFile) return [{ line: 1, column: 1, severity: 'error', message: 'No .py config among the files' }];
      const files: Record<string, string> = {};
      for (const f of input) files[placeLooseFile(f.path)] = f.text;
      const source = { entry: placeLooseFile(entryFile.path), files };
      const loaded = await loadSource(source);
      if (hasErrors(loaded.diagnostics)) return loaded.diagnostics;
      const name = entryFile.path.split('/').pop()?.replace(/\.py$/, '') ?? get().name;
      set({ config: loaded.config, dialect: loaded.dialect, source, codeDraft: null, name });
      return loaded.diagnostics;
    },
    codeEdited: async (text) => {
      const current = get().source;
      const entry = current?.entry ?? placeLooseFile(`${get().name || 'config'}.py`);
      const source = { entry, files: { ...(current?.files ?? {}), [entry]: text } };
      const loaded = await loadSource(source);
      if (hasErrors(loaded.diagnostics)) {
        if (get().codeDraft !== text) set({ codeDraft: text });
        return;
      }
      set({ config: loaded.config, dialect: loaded.dialect, source, codeDraft: null });
    },
    codeDraftDiscarded: () => set({ codeDraft: null }),
  };
}
