import type { StateCreator } from 'zustand';
import { pickEntryFile, placeLooseFile, type Diagnostic, type InputFile, type SharePayload } from '../core/index.ts';
import type { StudioState } from './studioStore.ts';
import type { DocumentSource } from '../core/index.ts';

/** The user's own Python files: the leaf config and any bases they dropped in with it. */
export type ImportedSource = DocumentSource;

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
  /**
   * The page is going away with typing not yet loaded: keep the text as the draft at once (it is
   * saved with the config), then load it as usual.
   */
  codeFlushed: (text: string) => void;
  codeDraftDiscarded: () => void;
  /** A share link's files: loaded like an import, then opened as a new entry; resolves to the problems. */
  sharedFilesOpened: (payload: Omit<SharePayload, 'source'>, source: ImportedSource) => Promise<Diagnostic[]>;
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
  const { loadConfig, createMemoryFs, missingBaseErrors } = await import('../core/entries/loader.ts');
  const loaded = loadConfig(source.entry, createMemoryFs(source.files));
  // As in mmcv/mmengine, a base that is not there stops the load (FileNotFoundError).
  const missing = missingBaseErrors(loaded);
  return missing.length === 0 ? loaded : { ...loaded, diagnostics: [...loaded.diagnostics.filter((d) => !missing.some((m) => m.file === d.file && m.line === d.line && m.column === d.column)), ...missing] };
}

function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** How a store loads Python text; tests pass one whose results they resolve out of order. */
export type SourceLoader = typeof loadSource;

/**
 * `ownStep` makes a change that lands after a load its own undo step (see the store's typing
 * grouping); a store without grouping runs the change as it is.
 */
export function createSourceActions(set: Set, get: Get, load: SourceLoader = loadSource, ownStep: (change: () => void) => void = (change) => change()): SourceActions {
  // Loads are asynchronous and can finish out of order (a long text, a busy machine): each load
  // takes a ticket, and only the newest ticket may change the state. An import also takes one,
  // so a text typed before it cannot land on top of the imported file.
  let newestTicket = 0;
  const actions: SourceActions = {
    filesImported: async (input) => {
      const entryFile = pickEntryFile(input);
      if (!entryFile) return [{ line: 1, column: 1, severity: 'error', message: 'No .py config among the files' }];
      const files: Record<string, string> = {};
      for (const f of input) files[placeLooseFile(f.path)] = f.text;
      const source = { entry: placeLooseFile(entryFile.path), files };
      const ticket = ++newestTicket;
      const loaded = await load(source);
      if (hasErrors(loaded.diagnostics) || ticket !== newestTicket) return loaded.diagnostics;
      const name = entryFile.path.split('/').pop()?.replace(/\.py$/, '') ?? get().name;
      // The open config (and its draft) stays in the library: the file opens as a new entry.
      ownStep(() => get().actions.documentOpenedAsNew({ config: loaded.config, dialect: loaded.dialect, source, name, scheduleBase: get().scheduleBase, exportMode: get().exportMode }));
      return loaded.diagnostics;
    },
    codeEdited: async (text) => {
      const current = get().source;
      const entry = current?.entry ?? placeLooseFile(`${get().name || 'config'}.py`);
      const source = { entry, files: { ...(current?.files ?? {}), [entry]: text } };
      const ticket = ++newestTicket;
      const before = get().config;
      const loaded = await load(source);
      // A form edit or undo while this text loaded replaced the code pane's text; it wins.
      if (get().config !== before) return;
      // A newer text (or an import) was given while this one loaded: its result is stale.
      if (ticket !== newestTicket) return;
      if (hasErrors(loaded.diagnostics)) {
        if (get().codeDraft !== text) ownStep(() => set({ codeDraft: text }));
        return;
      }
      ownStep(() => set({ config: loaded.config, dialect: loaded.dialect, source, codeDraft: null }));
    },
    codeFlushed: (text) => {
      if (get().codeDraft !== text) set({ codeDraft: text });
      void actions.codeEdited(text);
    },
    sharedFilesOpened: async (payload, source) => {
      const ticket = ++newestTicket;
      const loaded = await load(source);
      if (hasErrors(loaded.diagnostics) || ticket !== newestTicket) return loaded.diagnostics;
      ownStep(() => get().actions.configAddedAndOpened({ ...payload, config: loaded.config, dialect: loaded.dialect, source }));
      return loaded.diagnostics;
    },
    codeDraftDiscarded: () => {
      newestTicket++;
      set({ codeDraft: null });
    },
  };
  return actions;
}
