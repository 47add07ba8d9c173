import type { StudioStore } from '../studioStore.ts';
import type { SavedConfig, SavedState } from './savedState.ts';
import type { SavingControl } from './persistOptions.ts';
import { defaultStorageName } from './persistOptions.ts';
import { documentFromSaved } from '../../core/index.ts';

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
    // Merged at once when the reader is there (an edit here before the merge would save the
    // stale list over the other tab's save); the first time, once it has loaded.
    if (repair) adopt(repair(text).state);
    else void loadRepair().then((r) => adopt(r(text).state));
  };
  const adopt = (theirs: SavedState | null) => {
    if (!theirs) return;
    const { library } = store.getState();
    const merged = mergeOtherTabLibrary(library, theirs);
    // Nothing new (the other tab only saved what it got from here, or another open config):
    // setting state would save again, and two tabs would answer each other's saves forever.
    const unchanged = !merged.openChanged && merged.configs.length === library.configs.length && merged.configs.every((c, i) => c === library.configs[i]);
    if (unchanged) return;
    const live = merged.openChanged ? { ...documentFromSaved(merged.openChanged), codeDraft: merged.openChanged.draft ?? null } : {};
    // Another tab's change is not a step of this tab's undo history, and is not saved back:
    // storage holds it already, and this tab's next change saves the merged list.
    const apply = () => store.setState({ ...live, library: { activeId: library.activeId, configs: merged.configs } });
    const control = store.persist.getOptions().storage as Partial<SavingControl> | undefined;
    store.temporal.getState().pause();
    if (control?.withoutSaving) control.withoutSaving(apply);
    else apply();
    store.temporal.getState().resume();
  };
  // The repair module carries zod, which the first screen does not load: fetch it after start.
  let repair: ((raw: string) => { state: SavedState | null }) | null = null;
  const loadRepair = () =>
    import('./repairSavedState.ts').then((m) => {
      repair = m.repairSavedState;
      return m.repairSavedState;
    });
  void loadRepair();
  target.addEventListener('storage', onStorage);
  return () => target.removeEventListener('storage', onStorage);
}
