import { temporal } from 'zundo';
import { persist } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import type { CompareActions, CompareSlice } from './compareSlice.ts';
import { createCompareActions, initialCompareSlice } from './compareSlice.ts';
import type { LibraryActions, LibrarySlice } from './librarySlice.ts';
import { createLibraryActions, initialLibrarySlice } from './librarySlice.ts';
import type { StudioPersistHooks } from './persistence/persistOptions.ts';
import { createStudioPersistOptions, defaultStorageName, toSavedState } from './persistence/persistOptions.ts';
import { keepHistory } from './persistence/keptHistory.ts';
import type { StateStorage } from 'zustand/middleware';
import { encodeWirePyValue } from '../core/index.ts';
import { createDerivations } from './derivations/index.ts';
import type { StudioDocument } from '../core/index.ts';
import { pickDocument, sameDocument } from '../core/index.ts';
import type { ConfigActions, ConfigSlice } from './configSlice.ts';
import { createConfigActions, initialConfigSlice } from './configSlice.ts';
import type { SourceActions, SourceLoader, SourceSlice } from './sourceSlice.ts';
import { createSourceActions, initialSourceSlice } from './sourceSlice.ts';
import type { UiActions, UiSlice } from './uiSlice.ts';
import { createUiActions, initialUiSlice } from './uiSlice.ts';

export type StudioState = ConfigSlice & SourceSlice & UiSlice & LibrarySlice & CompareSlice & { actions: ConfigActions & SourceActions & UiActions & LibraryActions & CompareActions & UndoGroupActions };

/** What undo/redo walks through: the config and its export choices, not view settings. */
export type UndoableState = StudioDocument & Pick<StudioState, 'codeDraft' | 'library'>;

function pickUndoable(s: StudioState): UndoableState {
  return { ...pickDocument(s), codeDraft: s.codeDraft, library: s.library };
}

function sameUndoable(a: UndoableState, b: UndoableState): boolean {
  return sameDocument(a, b) && a.codeDraft === b.codeDraft && a.library === b.library;
}

export interface UndoGroupActions {
  /** Typing in one field begins: its keystrokes become a single undo step. */
  editBurstStarted: () => void;
  editBurstEnded: () => void;
}

/**
 * Typing commits on every keystroke; without grouping, undo after typing `24` would stop at `2`.
 * Between start and end of a burst only the first change records the state before it.
 */
function createUndoGrouping() {
  let inBurst = false;
  let recorded = false;
  const actions: UndoGroupActions = {
    editBurstStarted: () => {
      inBurst = true;
      recorded = false;
    },
    editBurstEnded: () => {
      inBurst = false;
    },
  };
  /**
   * Runs `change` as an undo step of its own even while a field's typing is grouped: the code
   * pane's loads land whenever they finish, possibly after a field took focus, and must neither be
   * swallowed by that burst nor make it record the state from before them.
   */
  const ownStep = (change: () => void) => {
    const was = inBurst;
    inBurst = false;
    try {
      change();
    } finally {
      inBurst = was;
      recorded = false;
    }
  };
  const wrap = <F extends (...args: never[]) => void>(handleSet: F) =>
    ((...args: Parameters<F>) => {
      if (inBurst && recorded) return;
      if (inBurst) recorded = true;
      handleSet(...args);
    }) as unknown as F;
  return { actions, wrap, ownStep };
}

/**
 * Makes a fresh store with undo history, saved to localStorage where there is one (the app);
 * each test makes its own (Node has no localStorage, so tests start fresh).
 * `persist` is outermost so restoring a saved state is not an undo step.
 */
export function createStudioStore(opts: { browserLanguage?: string; persist?: StudioPersistHooks; loadSource?: SourceLoader } = {}) {
  const grouping = createUndoGrouping();
  const store = createStore<StudioState>()(
    persist(
      temporal(
        (set, get) => ({
          ...initialConfigSlice(),
          ...initialSourceSlice(),
          ...initialUiSlice(opts.browserLanguage),
          ...initialLibrarySlice(),
          ...initialCompareSlice(),
          actions: {
            ...createConfigActions(set, get),
            ...createSourceActions(set, get, opts.loadSource, grouping.ownStep),
            ...createUiActions(set, get),
            ...createLibraryActions(set, get),
            ...createCompareActions(set, get),
            ...grouping.actions,
          },
        }),
        { partialize: pickUndoable, equality: sameUndoable, limit: 500, handleSet: grouping.wrap },
      ),
      createStudioPersistOptions<StudioState>({
        ...opts.persist,
        onSaveFailed: (message) => {
          // The kept undo steps must not take the space the configs need.
          kept?.release();
          store.setState({ saveFailed: true, notice: { kind: 'error', text: message, download: { filename: 'mmcfg-studio-configs.json', text: () => savedStateText(store.getState()) } } });
          opts.persist?.onSaveFailed?.(message);
        },
        onSaveRecovered: () => {
          store.setState((s) => ({ saveFailed: false, notice: s.notice?.download?.filename === 'mmcfg-studio-configs.json' ? null : s.notice }));
          opts.persist?.onSaveRecovered?.();
        },
      }),
    ),
  );
  // Undo steps and compare pins are kept apart from the saved state, where there is storage.
  const storage = opts.persist?.storage ? opts.persist.storage() : (globalThis as { localStorage?: StateStorage }).localStorage;
  const afterHydration = (run: () => void) => (store.persist.hasHydrated() ? run() : store.persist.onFinishHydration(run));
  const kept = storage ? keepHistory(store, storage, defaultStorageName, afterHydration) : undefined;
  // A draft saved as the page went away may be valid text that had no time to load: load it now
  // (an invalid one simply stays the draft, with its markers).
  const loadSavedDraft = () => {
    const draft = store.getState().codeDraft;
    if (draft !== null) void store.getState().actions.codeEdited(draft);
  };
  if (store.persist.hasHydrated()) loadSavedDraft();
  else store.persist.onFinishHydration(loadSavedDraft);
  // Derived values are memoised per store (two stores never share a cache).
  return Object.assign(store, { derive: createDerivations() });
}

export type StudioStore = ReturnType<typeof createStudioStore>;

/** Every config of the store as the JSON a save writes, for download when saving fails. */
export function savedStateText(s: StudioState): string {
  const saved = toSavedState(s);
  return `${JSON.stringify({ state: { ...saved, configs: saved.configs.map((c) => ({ ...c, config: encodeWirePyValue(c.config) })) }, version: saved.version }, null, 1)}
`;
}
