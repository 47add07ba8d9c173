import { temporal } from 'zundo';
import { createStore } from 'zustand/vanilla';
import type { ConfigActions, ConfigSlice } from './configSlice.ts';
import { createConfigActions, initialConfigSlice } from './configSlice.ts';
import type { SourceActions, SourceSlice } from './sourceSlice.ts';
import { createSourceActions, initialSourceSlice } from './sourceSlice.ts';
import type { UiActions, UiSlice } from './uiSlice.ts';
import { createUiActions, initialUiSlice } from './uiSlice.ts';

export type StudioState = ConfigSlice & SourceSlice & UiSlice & { actions: ConfigActions & SourceActions & UiActions };

/** What undo/redo walks through: the config and its export choices, not view settings. */
export type UndoableState = Pick<StudioState, 'config' | 'name' | 'scheduleBase' | 'exportMode' | 'dialect' | 'source' | 'codeDraft'>;

const undoableKeys = ['config', 'name', 'scheduleBase', 'exportMode', 'dialect', 'source', 'codeDraft'] as const;

function pickUndoable(s: StudioState): UndoableState {
  return { config: s.config, name: s.name, scheduleBase: s.scheduleBase, exportMode: s.exportMode, dialect: s.dialect, source: s.source, codeDraft: s.codeDraft };
}

function sameUndoable(a: UndoableState, b: UndoableState): boolean {
  return undoableKeys.every((k) => a[k] === b[k]);
}

/** Makes a fresh store with undo history: the app makes one, each test makes its own. */
export function createStudioStore(opts: { browserLanguage?: string } = {}) {
  return createStore<StudioState>()(
    temporal(
      (set, get) => ({
        ...initialConfigSlice(),
        ...initialSourceSlice(),
        ...initialUiSlice(opts.browserLanguage),
        actions: { ...createConfigActions(set, get), ...createSourceActions(set, get), ...createUiActions(set, get) },
      }),
      { partialize: pickUndoable, equality: sameUndoable, limit: 500 },
    ),
  );
}

export type StudioStore = ReturnType<typeof createStudioStore>;
