import type { I18nText, ParsedLog } from '../core/index.ts';
import type { StateCreator } from 'zustand';
import type { StudioState } from './studioStore.ts';

export type Language = 'en' | 'zh';

/** Choices about how things are shown, not about the config. */
export interface UiSlice {
  language: Language;
  logScale: boolean;
  /** Batches per epoch typed directly (the length of the training data loader). */
  itersPerEpoch: number;
  /** Whether iterations per epoch are typed or derived from the data loader below. */
  itersSource: 'direct' | 'dataset';
  /** Images in the training set (COCO train2017 by default). */
  datasetSize: number;
  /** `RepeatDataset.times`. */
  repeatTimes: number;
  numGpus: number;
  samplesPerGpu: number;
  /** Data-loader fields the user typed; the others follow the config where it states them. */
  shapeTyped: Partial<Record<DataShapeKey, true>>;
  /** Show the curve without `auto_scale_lr` as well. */
  showUnscaled: boolean;
  notice: Notice | null;
  /** The last save failed (storage full or disabled): leaving the page would lose work. */
  saveFailed: boolean;
  /** Validation metric values typed for ReduceOnPlateau schedulers, comma-separated, one per validation run. */
  plateauMetrics: string;
  /** A training log the user dropped (plan vs actual), read but not part of the config; not saved. */
  trainingLog: LoadedLog | null;
}

/** A dropped training log: what it says, or why it could not be read. */
export type LoadedLog = { name: string; log: ParsedLog } | { name: string; error: string };

/** A message for the user that is not tied to a field (a bad share link, a repaired save). */
export interface Notice {
  kind: 'error' | 'info';
  text: I18nText;
  /**
   * Text to offer for download (a saved state that could not be read, or the unsaved configs, read
   * when clicked; the code pane's text a form edit replaced), with the button's words when they are
   * not "download the unreadable data".
   */
  download?: { filename: string; text: string | (() => string); label?: I18nText };
}

export type DataShapeKey = 'datasetSize' | 'repeatTimes' | 'numGpus' | 'samplesPerGpu';

export interface UiActions {
  languageChanged: (language: Language) => void;
  logScaleToggled: () => void;
  itersPerEpochChanged: (n: number) => void;
  itersSourceChanged: (source: 'direct' | 'dataset') => void;
  dataShapeChanged: (key: DataShapeKey, value: number) => void;
  /** The field follows the config's value again. */
  dataShapeFromConfig: (key: DataShapeKey) => void;
  showUnscaledToggled: () => void;
  noticeShown: (notice: Notice) => void;
  noticeDismissed: () => void;
  plateauMetricsChanged: (text: string) => void;
  trainingLogLoaded: (log: LoadedLog | null) => void;
}

export function initialUiSlice(browserLanguage: string | undefined): UiSlice {
  return {
    language: browserLanguage?.toLowerCase().startsWith('zh') ? 'zh' : 'en',
    logScale: false,
    itersPerEpoch: 7330,
    itersSource: 'dataset',
    datasetSize: 117266,
    repeatTimes: 1,
    numGpus: 8,
    samplesPerGpu: 2,
    shapeTyped: {},
    showUnscaled: false,
    notice: null,
    saveFailed: false,
    plateauMetrics: '',
    trainingLog: null,
  };
}

type Set = Parameters<StateCreator<StudioState>>[0];
type Get = Parameters<StateCreator<StudioState>>[1];

export function createUiActions(set: Set, get: Get): UiActions {
  return {
    languageChanged: (language) => set({ language }),
    logScaleToggled: () => set({ logScale: !get().logScale }),
    itersPerEpochChanged: (itersPerEpoch) => set({ itersPerEpoch, itersSource: 'direct' }),
    itersSourceChanged: (itersSource) => set({ itersSource }),
    dataShapeChanged: (key, value) => set({ [key]: value, shapeTyped: { ...get().shapeTyped, [key]: true } }),
    dataShapeFromConfig: (key) => {
      const { [key]: _dropped, ...rest } = get().shapeTyped;
      set({ shapeTyped: rest });
    },
    showUnscaledToggled: () => set({ showUnscaled: !get().showUnscaled }),
    noticeShown: (notice) => set({ notice }),
    noticeDismissed: () => set({ notice: null }),
    plateauMetricsChanged: (plateauMetrics) => set({ plateauMetrics }),
    trainingLogLoaded: (trainingLog) => set({ trainingLog }),
  };
}
