import type { StudioStore } from '../studioStore.ts';
import type { SavedConfig, SavedState } from './savedState.ts';
import { defaultStorageName } from './persistOptions.ts';
import { documentFromSaved } from '../../core/document/document.ts';

/**
 * The library another tab saved, merged into this tab's. Every save writes the whole list, so
 * the last save is the newest state of every config; the policy:
 * - configs created, renamed, edited or deleted in the other tab are taken as they are, in its
 *   order (an entry it did not touch keeps this tab's object: same `updatedAt`);
 * - the config open here follows the other tab's edits of it too;
 * - a config open here that the other tab deleted stays (appended): what a person is looking at
 *   is never removed under them; it is saved back with this tab's next change;
 * - which config is open and the view choices (language, chart scale) stay per tab.
 * Returns the merged list and, when the open config was changed there, its new entry.
 */
export function mergeOtherTabLibrary(ours: { activeId: string; configs: readonly SavedConfig[] }, theirs: SavedState): { configs: SavedConfig[]; openChanged?: SavedConfig } {
  const mine = new Map(ours.configs.map((c) => [c.id, c]));
  const configs = theirs.configs.map((c) => {
    const own = mine.get(c.id);
    return own && own.updatedAt === c.updatedAt ? own : c;
  });
  const open = configs.find((c) => c.id === ours.activeId);
  if (!open) {
    const own = mine.get(ours.activeId);
    if (own) configs.push(own);
    return { configs };
  }
  return open === mine.get(ours.activeId) ? { configs } : { configs, openChanged: open };
}

// Typed by hand: the store is also compiled without the DOM lib (Node tests, CLI).
interface StorageEventLike {
  key: string | null;
  newValue: string | null;
}
interface WindowLike {
  addEventListener(type: 'storage', listener: (event: StorageEventLike) => void): void;
  removeEventListener(type: 'storage', listener: (event: StorageEventLike) => void): void;
}

/**
 * Listens to `storage` events (fired in every other tab of the origin when one saves) so that
 * two tabs do not overwrite each other's library: a config made in one is not erased by the
 * other's next edit, and one deleted does not come back. Returns the unsubscribe function.
 */
export function followOtherTabs(store: StudioStore, target: WindowLike, name = defaultStorageName): () => void {
  const onStorage = (event: StorageEventLike) => {
    if (event.key !== name || event.newValue === null) return;
    const text = event.newValue;
    // The repair module carries zod: it is loaded already once the saved state was read.
    void import('./repairSavedState.ts').then(({ repairSavedState }) => {
      const theirs = repairSavedState(text).state;
      if (!theirs) return;
      const { library } = store.getState();
      const merged = mergeOtherTabLibrary(library, theirs);
      // Nothing new (the other tab only saved what it got from here, or another open config):
      // setting state would save again, and two tabs would answer each other's saves forever.
      const unchanged = !merged.openChanged && merged.configs.length === library.configs.length && merged.configs.every((c, i) => c === library.configs[i]);
      if (unchanged) return;
      const live = merged.openChanged ? { ...documentFromSaved(merged.openChanged), codeDraft: merged.openChanged.draft ?? null } : {};
      // Another tab's change is not a step of this tab's undo history.
      store.temporal.getState().pause();
      store.setState({ ...live, library: { activeId: library.activeId, configs: merged.configs } });
      store.temporal.getState().resume();
    });
  };
  target.addEventListener('storage', onStorage);
  return () => target.removeEventListener('storage', onStorage);
}
