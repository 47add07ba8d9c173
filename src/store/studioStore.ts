import { createStore } from 'zustand/vanilla';
import type { ConfigActions, ConfigSlice } from './configSlice.ts';
import { createConfigActions, initialConfigSlice } from './configSlice.ts';
import type { UiActions, UiSlice } from './uiSlice.ts';
import { createUiActions, initialUiSlice } from './uiSlice.ts';

export type StudioState = ConfigSlice & UiSlice & { actions: ConfigActions & UiActions };

/** Makes a fresh store: the app makes one, each test makes its own. */
export function createStudioStore(opts: { browserLanguage?: string } = {}) {
  return createStore<StudioState>()((set, get) => ({
    ...initialConfigSlice(),
    ...initialUiSlice(opts.browserLanguage),
    actions: { ...createConfigActions(set, get), ...createUiActions(set, get) },
  }));
}

export type StudioStore = ReturnType<typeof createStudioStore>;
