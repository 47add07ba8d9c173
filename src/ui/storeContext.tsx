import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { StudioState, StudioStore } from '../store/studioStore.ts';

const StoreContext = createContext<StudioStore | null>(null);

export function StudioStoreProvider({ store, children }: { store: StudioStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

/** The store itself, for components that need imperative access (exports, Monaco bridge). */
export function useStudioStoreApi(): StudioStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('StudioStoreProvider is missing');
  return store;
}

/** Subscribes to one slice of the store; selectors must return primitives or stable references. */
export function useStudio<T>(selector: (s: StudioState) => T): T {
  return useStore(useStudioStoreApi(), selector);
}

export function useActions(): StudioState['actions'] {
  return useStudio((s) => s.actions);
}
