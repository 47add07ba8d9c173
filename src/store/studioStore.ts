import { temporal } from 'zundo';
import { persist } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import type { LibraryActions, LibrarySlice } from './librarySlice.ts';
import { createLibraryActions, initialLibrarySlice } from './librarySlice.ts';
import type { StudioPersistHooks } from './persistence/persistOptions.ts';
import { createStudioPersistOptions } from './persistence/persistOptions.ts';
import type { ConfigActions, ConfigSlice } from './configSlice.ts';
import { createConfigActions, initialConfigSlice } from './configSlice.ts';
import type { SourceActions, SourceSlice } from './sourceSlice.ts';
import { createSourceActions, initialSourceSlice } from './sourceSlice.ts';
import type { UiActions, UiSlice } from './uiSlice.ts';
import { createUiActions, initialUiSlice } from './uiSlice.ts';

export type StudioState = ConfigSlice & SourceSlice & UiSlice & LibrarySlice & { actions: ConfigActions & SourceActions & UiActions & LibraryActions };

/** What undo/redo walks through: the config and its export choices, not view settings. */
export type UndoableState = Pick<StudioState, 'config' | 'name' | 'scheduleBase' | 'exportMode' | 'dialect' | 'source' | 'codeDraft' | 'library'>;

const undoableKeys = ['config', 'name', 'scheduleBase', 'exportMode', 'dialect', 'source', 'codeDraft', 'library'] as const;

function pickUndoable(s: StudioState): UndoableState {
  return { config: s.config, name: s.name, scheduleBase: s.scheduleBase, exportMode: s.exportMode, dialect: s.dialect, source: s.source, codeDraft: s.codeDraft, library: s.library };
}

function sameUndoable(a: UndoableState, b: UndoableState): boolean {
  return undoableKeys.every((k) => a[k] === b[k]);
}

/**
 * Makes a fresh store with undo history, saved to localStorage where there is one (the app);
 * each test makes its own (Node has no localStorage, so tests start fresh).
 * `persist` is outermost so restoring a saved state is not an undo step.
 */
export function createStudioStore(opts: { browserLanguage?: string; persist?: StudioPersistHooks } = {}) {
  return createStore<StudioState>()(
    persist(
      temporal(
        (set, get) => ({
          ...initialConfigSlice(),
          ...initialSourceSlice(),
          ...initialUiSlice(opts.browserLanguage),
          ...initialLibrarySlice(),
          actions: { ...createConfigActions(set, get), ...createSourceActions(set, get), ...createUiActions(set, get), ...createLibraryActions(set, get) },
        }),
        { partialize: pickUndoable, equality: sameUndoable, limit: 500 },
      ),
      createStudioPersistOptions<StudioState>(opts.persist),
    ),
  );
}

export type StudioStore = ReturnType<typeof createStudioStore>;
