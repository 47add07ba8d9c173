import type { PersistOptions, PersistStorage, StateStorage, StorageValue } from 'zustand/middleware';
import { encodeWirePyValue, type DialectId, type I18nText, type PyDict, type ScheduleBaseId } from '../../core/index.ts';
import type { ExportMode } from '../configSlice.ts';
import type { Language } from '../uiSlice.ts';
import type { SavedConfig, SavedState, SavedUi } from './savedState.ts';
import { savedStateVersion } from './version.ts';
import { documentFromSaved } from '../../core/index.ts';

/** The configs the user keeps besides the open one; the open one lives in the store's own fields. */
export interface SavedLibrary {
  activeId: string;
  configs: SavedConfig[];
}

/** The part of the studio state that is saved (today's ConfigSlice and UiSlice, plus the library). */
export interface PersistableState {
  config: PyDict;
  name: string;
  scheduleBase: ScheduleBaseId;
  exportMode: ExportMode;
  dialect?: DialectId;
  source?: SavedConfig['source'] | null;
  codeDraft?: string | null;
  language: Language;
  logScale: boolean;
  itersPerEpoch: number;
  itersSource?: SavedUi['itersSource'];
  datasetSize?: number;
  repeatTimes?: number;
  numGpus?: number;
  samplesPerGpu?: number;
  /** Filled by hydration; absent until then (one config, saved under `defaultConfigId`). */
  library?: SavedLibrary;
}

export const defaultConfigId = 'config-1';
export const defaultStorageName = 'mmcfg-studio';

export interface StudioPersistHooks {
  /** Where to save; defaults to `localStorage` when there is one (none in Node tests). */
  storage?: () => StateStorage;
  /** Per-tab storage for which config this tab has open; defaults to `sessionStorage`. */
  tabStorage?: () => StateStorage;
  /** Called when stored data was repaired (some configs dropped, UI choices reset). */
  onRepaired?: (message: I18nText | undefined, problems: string[]) => void;
  /** Called with the raw text when stored data was unusable; it is also kept under `<name>:set-aside`. */
  onSetAside?: (rawText: string, message: I18nText | undefined, problems: string[]) => void;
  /** Clock for `updatedAt`; tests pass a fixed one. */
  now?: () => number;
  /**
   * A save failed (storage full or disabled, or the saved data must not be overwritten because
   * its unreadable part could not be set aside). The state stays in memory and every later
   * change tries again; called once per run of failures.
   */
  onSaveFailed?: (message: I18nText) => void;
  /** A save succeeded after failures. */
  onSaveRecovered?: () => void;
}

const saveFailedMessage: I18nText = {
  en: 'Your changes could not be saved: the browser storage is full or disabled. They are kept in this tab and saving is retried on every change; download your configs to be safe.',
  zh: '无法保存更改：浏览器存储已满或被禁用。更改仍保留在此标签页中，每次更改都会重试保存；为安全起见，请下载您的配置。',
};

const notSetAsideMessage: I18nText = {
  en: 'Your saved configs could not be read, and the browser storage is too full to set them aside: they were left in place and nothing is saved in this tab, so they are not overwritten. Download them, free some storage, and reload.',
  zh: '无法读取已保存的配置，且浏览器存储已满，无法另存：它们保持原样，此标签页不会保存任何内容，以免覆盖它们。请下载它们、释放存储空间后重新加载。',
};

/** The first free key for set-aside data: an earlier incident's copy is never overwritten. */
function freeSetAsideKey(storage: StateStorage, name: string): string {
  for (let n = 1; ; n++) {
    const key = n === 1 ? `${name}:set-aside` : `${name}:set-aside-${n}`;
    if (storage.getItem(key) === null) return key;
  }
}

/**
 * A zustand `PersistStorage` for the studio's {@link SavedState}: reading repairs and migrates
 * (see repairSavedState) and never throws; unusable text is copied to `<name>:set-aside`
 * before anything overwrites it. Writing encodes floats JSON cannot hold (inf, nan, -0.0).
 */
export function createSavedStateStorage(hooks: StudioPersistHooks = {}): PersistStorage<SavedState> {
  // Typed by hand: the store is also compiled without the DOM lib (Node tests, CLI).
  const backing = (): StateStorage => {
    const storage = hooks.storage ? hooks.storage() : (globalThis as { localStorage?: StateStorage }).localStorage;
    if (!storage) throw new Error('no storage');
    return storage;
  };
  const tab = (): StateStorage | undefined => (hooks.tabStorage ? hooks.tabStorage() : (globalThis as { sessionStorage?: StateStorage }).sessionStorage);
  const readTabActive = (name: string): string | null => {
    try {
      return (tab()?.getItem(`${name}:active`) as string | null | undefined) ?? null;
    } catch {
      return null;
    }
  };
  const writeTabActive = (name: string, id: string) => {
    try {
      tab()?.setItem(`${name}:active`, id);
    } catch {
      // Only a convenience: the saved activeId is used instead.
    }
  };
  // The key whose stored text could not be set aside: never written in this run.
  let protectedKey: string | null = null;
  let failing = false;
  return {
    // Reading validates with zod, which the first screen should not carry: it loads with the
    // repair module, and hydration waits for it.
    getItem: async (name) => {
      let raw: string | null;
      try {
        raw = backing().getItem(name) as string | null;
      } catch {
        return null;
      }
      if (raw === null) return null;
      const { repairSavedState } = await import('./repairSavedState.ts');
      const result = repairSavedState(raw);
      // Each tab reopens the config it had open (the saved activeId is the last writer's).
      const tabActive = readTabActive(name);
      if (result.state && tabActive !== null && result.state.configs.some((c) => c.id === tabActive)) result.state.activeId = tabActive;
      const aside = result.setAside ?? result.droppedConfigs;
      if (aside !== undefined) {
        let kept = true;
        try {
          backing().setItem(freeSetAsideKey(backing(), name), aside);
        } catch {
          // A full storage must not stop the app from starting, but the original must then stay
          // untouched: it is the only copy.
          kept = false;
          protectedKey = name;
        }
        hooks.onSetAside?.(aside, kept ? result.message : notSetAsideMessage, result.problems);
      } else if (result.problems.length > 0) {
        hooks.onRepaired?.(result.message, result.problems);
      }
      return result.state ? { state: result.state, version: savedStateVersion } : null;
    },
    setItem: (name, value: StorageValue<SavedState>) => {
      const state = value.state;
      const wire = { ...state, configs: state.configs.map((c) => ({ ...c, config: encodeWirePyValue(c.config) })) };
      try {
        if (protectedKey === name) throw new Error('saved data kept for download');
        backing().setItem(name, JSON.stringify({ state: wire, version: value.version }));
        writeTabActive(name, state.activeId);
      } catch {
        // Quota exceeded or storage disabled: keep working in memory, say so once, retry on the
        // next change.
        if (!failing) {
          failing = true;
          hooks.onSaveFailed?.(protectedKey === name ? notSetAsideMessage : saveFailedMessage);
        }
        return;
      }
      if (failing) {
        failing = false;
        hooks.onSaveRecovered?.();
      }
    },
    removeItem: (name) => {
      try {
        backing().removeItem(name);
      } catch {
        // Same as above.
      }
    },
  };
}

/** Lets a change into the store without saving it (it came from storage already). */
export interface SavingControl {
  withoutSaving: (change: () => void) => void;
}

/**
 * The options object for zustand's `persist`, ready to pass: saves the open config into the
 * library on every change, restores it (and the library and UI choices) on load.
 */
export function createStudioPersistOptions<S extends PersistableState>(
  hooks: StudioPersistHooks & { name?: string } = {},
): PersistOptions<S, SavedState> {
  const now = hooks.now ?? Date.now;
  // Until hydration has put the saved state into the store, the store holds the defaults: a
  // write then (a notice about the repair, an early action) would overwrite what was saved. So
  // writes wait for hydration, and the repair messages are given after it.
  let hydrated = false;
  // Adopting another tab's save: writing it back would race with that tab's next save.
  let adopting = false;
  const waiting: (() => void)[] = [];
  const afterHydration = (report: () => void) => (hydrated ? report() : waiting.push(report));
  const storage = createSavedStateStorage({
    ...hooks,
    onRepaired: (...a) => afterHydration(() => hooks.onRepaired?.(...a)),
    onSetAside: (...a) => afterHydration(() => hooks.onSetAside?.(...a)),
  });
  const savingStorage: PersistStorage<SavedState> & SavingControl = {
    ...storage,
    setItem: (name, value) => (hydrated && !adopting ? storage.setItem(name, value) : undefined),
    withoutSaving: (change: () => void) => {
      adopting = true;
      try {
        change();
      } finally {
        adopting = false;
      }
    },
};
  return {
    name: hooks.name ?? defaultStorageName,
    version: savedStateVersion,
    storage: savingStorage,
    onRehydrateStorage: () => () => {
      hydrated = true;
      for (const report of waiting.splice(0)) report();
    },
    partialize: (s) => toSavedState(s, now),
    migrate: async (persisted, version) => (await import('./migrate.ts')).migrate(persisted, version),
    merge: (persisted, current) => mergeSavedState(persisted as SavedState | undefined, current),
  };
}

/** The state to save: the library with the open config's live fields written into its entry. */
export function toSavedState(s: PersistableState, now: () => number = Date.now): SavedState {
  const library = s.library ?? { activeId: defaultConfigId, configs: [] };
  const previous = library.configs.find((c) => c.id === library.activeId);
  const unchanged =
    previous !== undefined &&
    previous.config === s.config &&
    previous.name === s.name &&
    previous.scheduleBase === s.scheduleBase &&
    previous.exportMode === s.exportMode &&
    previous.dialect === s.dialect &&
    previous.source === (s.source ?? undefined) &&
    previous.draft === (s.codeDraft ?? undefined);
  const active: SavedConfig = unchanged
    ? previous
    : {
        id: library.activeId,
        name: s.name,
        config: s.config,
        scheduleBase: s.scheduleBase,
        exportMode: s.exportMode,
        ...(s.dialect ? { dialect: s.dialect } : {}),
        ...(s.source ? { source: s.source } : {}),
        ...(typeof s.codeDraft === 'string' ? { draft: s.codeDraft } : {}),
        updatedAt: now(),
      };
  const configs = previous ? library.configs.map((c) => (c.id === library.activeId ? active : c)) : [...library.configs, active];
  return {
    version: savedStateVersion,
    activeId: library.activeId,
    configs,
    ui: {
      language: s.language,
      logScale: s.logScale,
      itersPerEpoch: s.itersPerEpoch,
      ...(s.itersSource ? { itersSource: s.itersSource } : {}),
      ...(s.datasetSize ? { datasetSize: s.datasetSize } : {}),
      ...(s.repeatTimes ? { repeatTimes: s.repeatTimes } : {}),
      ...(s.numGpus ? { numGpus: s.numGpus } : {}),
      ...(s.samplesPerGpu ? { samplesPerGpu: s.samplesPerGpu } : {}),
    },
  };
}

/** Puts a saved state into the store: the active config into the live fields, all into `library`. */
export function mergeSavedState<S extends PersistableState>(saved: SavedState | undefined, current: S): S {
  if (!saved) return current;
  const active = saved.configs.find((c) => c.id === saved.activeId) ?? saved.configs[0];
  if (!active) return current;
  return {
    ...current,
    ...documentFromSaved(active),
    codeDraft: active.draft ?? null,
    language: saved.ui.language,
    logScale: saved.ui.logScale,
    itersPerEpoch: saved.ui.itersPerEpoch,
    ...pickDefined(saved.ui, ['itersSource', 'datasetSize', 'repeatTimes', 'numGpus', 'samplesPerGpu']),
    // The library keeps the entry objects, so toSavedState sees the config unchanged by reference.
    library: { activeId: active.id, configs: saved.configs },
  };
}

function pickDefined<T extends object, K extends keyof T>(o: T, keys: readonly K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const k of keys) if (o[k] !== undefined) out[k] = o[k];
  return out;
}
