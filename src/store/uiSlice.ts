import type { StateCreator } from 'zustand';
import type { StudioState } from './studioStore.ts';

export type Language = 'en' | 'zh';

/** Choices about how things are shown, not about the config. */
export interface UiSlice {
  language: Language;
  logScale: boolean;
  /** Batches per epoch used for the curves (the length of the training data loader). */
  itersPerEpoch: number;
}

export interface UiActions {
  languageChanged: (language: Language) => void;
  logScaleToggled: () => void;
  itersPerEpochChanged: (n: number) => void;
}

export function initialUiSlice(browserLanguage: string | undefined): UiSlice {
  return {
    language: browserLanguage?.toLowerCase().startsWith('zh') ? 'zh' : 'en',
    logScale: false,
    itersPerEpoch: 7330,
  };
}

type Set = Parameters<StateCreator<StudioState>>[0];
type Get = Parameters<StateCreator<StudioState>>[1];

export function createUiActions(set: Set, get: Get): UiActions {
  return {
    languageChanged: (language) => set({ language }),
    logScaleToggled: () => set({ logScale: !get().logScale }),
    itersPerEpochChanged: (itersPerEpoch) => set({ itersPerEpoch }),
  };
}
