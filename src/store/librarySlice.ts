import type { StateCreator } from 'zustand';
import { defaultDialectId, presets, type SharePayload, type StudioDocument } from '../core/index.ts';
import type { SavedConfig } from './persistence/savedState.ts';
import type { SavedLibrary } from './persistence/persistOptions.ts';
import { defaultConfigId } from './persistence/persistOptions.ts';
import type { StudioState } from './studioStore.ts';
import { defaultDocument, documentFromSaved, documentToSaved, pickDocument, sameDocument } from '../core/index.ts';

/** The named configs in the side list; the open one's live fields are in the config slice. */
export interface LibrarySlice {
  library: SavedLibrary;
}

export interface LibraryActions {
  configSwitched: (id: string) => void;
  configCreated: () => void;
  configDuplicated: (id: string) => void;
  configDeleted: (id: string) => void;
  /** Opens a config (a shared link, a conversion) as a new entry beside the user's own. */
  configAddedAndOpened: (payload: SharePayload) => void;
  /**
   * Opens a document (a preset, a gallery entry, an imported file) as a new entry under a unique
   * name; the open config is kept in the library as it is. One undo step goes back to it.
   */
  documentOpenedAsNew: (doc: StudioDocument) => void;
}

export function initialLibrarySlice(): LibrarySlice {
  return { library: { activeId: defaultConfigId, configs: [] } };
}

type Set = Parameters<StateCreator<StudioState>>[0];
type Get = Parameters<StateCreator<StudioState>>[1];

/** The open config as a library entry. */
export function snapshotActive(s: StudioState): SavedConfig {
  return {
    id: s.library.activeId,
    ...documentToSaved(pickDocument(s)),
    ...(s.codeDraft !== null ? { draft: s.codeDraft } : {}),
    updatedAt: Date.now(),
  };
}

/** Every entry, with the open one's live fields written into its place (or appended). */
export function listConfigs(s: StudioState): SavedConfig[] {
  const active = snapshotActive(s);
  const found = s.library.configs.some((c) => c.id === active.id);
  return found ? s.library.configs.map((c) => (c.id === active.id ? active : c)) : [...s.library.configs, active];
}

function newId(configs: readonly SavedConfig[]): string {
  let n = configs.length + 1;
  while (configs.some((c) => c.id === `config-${n}`)) n++;
  return `config-${n}`;
}

function uniqueName(base: string, configs: readonly SavedConfig[]): string {
  if (!configs.some((c) => c.name === base)) return base;
  let n = 2;
  while (configs.some((c) => c.name === `${base}_${n}`)) n++;
  return `${base}_${n}`;
}

/** The live fields that show one entry. */
function openEntry(entry: SavedConfig) {
  return { ...documentFromSaved(entry), codeDraft: entry.draft ?? null };
}

/** Nothing saved yet and the open config is the one a fresh studio shows, unedited. */
function isUntouchedFresh(s: StudioState): boolean {
  const fresh = defaultDocument();
  return s.library.configs.length === 0 && s.codeDraft === null && sameDocument(pickDocument(s), fresh);
}

export function createLibraryActions(set: Set, get: Get): LibraryActions {
  const addAndOpen = (entry: Omit<SavedConfig, 'id' | 'updatedAt'>, dropUntouched = false) => {
    const s = get();
    const configs = dropUntouched && isUntouchedFresh(s) ? [] : listConfigs(s);
    const id = newId(configs);
    const full: SavedConfig = { ...entry, id, name: uniqueName(entry.name, configs), updatedAt: Date.now() };
    set({ ...openEntry(full), library: { activeId: id, configs: [...configs, full] } });
  };
  return {
    configSwitched: (id) => {
      const configs = listConfigs(get());
      const target = configs.find((c) => c.id === id);
      if (!target || id === get().library.activeId) return;
      set({ ...openEntry(target), library: { activeId: id, configs } });
    },
    configCreated: () => {
      const first = presets[0];
      if (!first) return;
      addAndOpen({ name: 'new_config', config: first.config, scheduleBase: first.scheduleBase, exportMode: 'inherit', dialect: defaultDialectId });
    },
    configDuplicated: (id) => {
      const source = listConfigs(get()).find((c) => c.id === id);
      if (source) addAndOpen({ ...source, name: `${source.name}_copy` });
    },
    configDeleted: (id) => {
      const configs = listConfigs(get());
      const rest = configs.filter((c) => c.id !== id);
      if (rest.length === configs.length) return;
      if (rest.length === 0) {
        // The list is never empty: deleting the last config leaves a fresh one.
        const first = presets[0];
        if (!first) return;
        const fresh: SavedConfig = { id: newId([]), name: 'my_config', config: first.config, scheduleBase: first.scheduleBase, exportMode: 'inherit', dialect: defaultDialectId, updatedAt: Date.now() };
        set({ ...openEntry(fresh), library: { activeId: fresh.id, configs: [fresh] } });
        return;
      }
      const activeId = get().library.activeId;
      if (id !== activeId) {
        set({ library: { activeId, configs: rest } });
        return;
      }
      const next = rest[0] as SavedConfig;
      set({ ...openEntry(next), library: { activeId: next.id, configs: rest } });
    },
    documentOpenedAsNew: (doc) => addAndOpen({ ...documentToSaved(doc), name: doc.name || 'new_config' }),
    // A link opened in a fresh browser replaces the untouched default config instead of joining it.
    configAddedAndOpened: (payload) => addAndOpen({ name: payload.name || 'shared_config', config: payload.config, scheduleBase: payload.scheduleBase, exportMode: payload.exportMode, dialect: payload.dialect, ...(payload.source ? { source: payload.source } : {}) }, true),
  };
}
