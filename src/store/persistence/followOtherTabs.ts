import type { StudioStore } from '../studioStore.ts';
import type { SavedConfig, SavedState } from './savedState.ts';
import { defaultStorageName } from './persistOptions.ts';

/**
 * The library another tab saved, merged into this tab's. Policy (the last save of a config wins,
 * the list is shared):
 * - configs created, renamed, edited or deleted in the other tab are taken as they are, in its order;
 * - the config open in this tab keeps this tab's version (what the user sees here), and stays in
 *   the list even if the other tab deleted it — deleting a config open elsewhere is undone when
 *   that tab saves, never silently lost;
 * - view choices (language, chart scale) stay per tab.
 */
export function mergeOtherTabLibrary(ours: { activeId: string; configs: readonly SavedConfig[] }, theirs: SavedState): SavedConfig[] {
  const open = ours.configs.find((c) => c.id === ours.activeId);
  const configs = theirs.configs.map((c) => (c.id === ours.activeId && open ? open : c));
  if (open && !configs.includes(open)) configs.push(open);
  return configs;
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
      const configs = mergeOtherTabLibrary(library, theirs);
      // Another tab's change is not a step of this tab's undo history.
      store.temporal.getState().pause();
      store.setState({ library: { activeId: library.activeId, configs } });
      store.temporal.getState().resume();
    });
  };
  target.addEventListener('storage', onStorage);
  return () => target.removeEventListener('storage', onStorage);
}
