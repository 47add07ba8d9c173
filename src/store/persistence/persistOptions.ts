import type { PersistOptions, PersistStorage, StateStorage, StorageValue } from 'zustand/middleware';
import { encodeWirePyValue, type DialectId, type I18nText, type PyDict, type ScheduleBaseId } from '../../core/index.ts';
import type { ExportMode } from '../configSlice.ts';
import type { Language } from '../uiSlice.ts';
import type { SavedConfig, SavedState, SavedUi } from './savedState.ts';
import { savedStateVersion } from './version.ts';

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
  /** Called when stored data was repaired (some configs dropped, UI choices reset). */
  onRepaired?: (message: I18nText | undefined, problems: string[]) => void;
  /** Called with the raw text when stored data was unusable; it is also kept under `<name>:set-aside`. */
  onSetAside?: (rawText: string, message: I18nText | undefined, problems: string[]) => void;
  /** Clock for `updatedAt`; tests pass a fixed one. */
  now?: () => number;
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
      if (result.setAside !== undefined) {
        try {
          backing().setItem(`${name}:set-aside`, result.setAside);
        } catch {
          // A full storage must not stop the app from starting; the callback still gets the text.
        }
        hooks.onSetAside?.(result.setAside, result.message, result.problems);
      } else if (result.problems.length > 0) {
        hooks.onRepaired?.(result.message, result.problems);
      }
      return result.state ? { state: result.state, version: savedStateVersion } : null;
    },
    setItem: (name, value: StorageValue<SavedState>) => {
      const state = value.state;
      const wire = { ...state, configs: state.configs.map((c) => ({ ...c, config: encodeWirePyValue(c.config) })) };
      try {
        backing().setItem(name, JSON.stringify({ state: wire, version: value.version }));
      } catch {
        // Quota exceeded or storage disabled: keep working in memory.
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

/**
 * The options object for zustand's `persist`, ready to pass: saves the open config into the
 * library on every change, restores it (and the library and UI choices) on load.
 */
export function createStudioPersistOptions<S extends PersistableState>(
  hooks: StudioPersistHooks & { name?: string } = {},
): PersistOptions<S, SavedState> {
  const now = hooks.now ?? Date.now;
  return {
    name: hooks.name ?? defaultStorageName,
    version: savedStateVersion,
    storage: createSavedStateStorage(hooks),
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
    previous.source === (s.source ?? undefined);
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
    config: active.config,
    name: active.name,
    scheduleBase: active.scheduleBase,
    exportMode: active.exportMode,
    ...(active.dialect ? { dialect: active.dialect } : {}),
    source: active.source ?? null,
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
