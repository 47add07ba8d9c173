import type { StateCreator } from 'zustand';
import { changeLrPolicy, changeMomentumPolicy, changeRunnerType, defaultDocument, setAtPath, type DialectId, type ExportMode, type PyDict, type PyValue, type ScheduleBaseId, type StudioDocument } from '../core/index.ts';
import type { StudioState } from './studioStore.ts';

export type { ExportMode } from '../core/index.ts';

/** The open document's fields but its source (see SourceSlice): everything else is derived. */
export type ConfigSlice = Omit<StudioDocument, 'source'>;

export interface ConfigActions {
  fieldChanged: (path: readonly string[], value: PyValue | undefined) => void;
  lrPolicyChanged: (policy: string) => void;
  momentumPolicyChanged: (policy: string | null) => void;
  runnerTypeChanged: (type: string) => void;
  /**
   * Opens a preset of either dialect as a new library entry named after it (undoable): the
   * open config, with the user's edits, stays in the library untouched.
   */
  presetApplied: (preset: { config: PyDict; scheduleBase: ScheduleBaseId; dialect: DialectId; name: string }) => void;
  configRenamed: (name: string) => void;
  scheduleBaseChanged: (id: ScheduleBaseId) => void;
  exportModeChanged: (mode: ExportMode) => void;
}

export function initialConfigSlice(): ConfigSlice {
  const { source: _none, ...fields } = defaultDocument();
  return fields;
}

const draftReplacedMessage = {
  en: 'This edit replaced the code pane’s text that did not load. Undo (Ctrl+Z) brings it back, or download it.',
  zh: '此次编辑替换了代码窗格中无法加载的文本。撤销（Ctrl+Z）可恢复，或下载该文本。',
};

type Set = Parameters<StateCreator<StudioState>>[0];
type Get = Parameters<StateCreator<StudioState>>[1];

export function createConfigActions(set: Set, get: Get): ConfigActions {
  // A form edit replaces the code pane's unparsed draft: undo brings it back, and a notice says
  // so and offers the text for download, so it is never lost silently.
  const update = (fn: (c: PyDict) => PyDict) => {
    const { codeDraft, name } = get();
    if (codeDraft === null) return set({ config: fn(get().config) });
    set({ config: fn(get().config), codeDraft: null, notice: { kind: 'info', text: draftReplacedMessage, download: { filename: `${name || 'config'}.draft.py`, text: codeDraft } } });
  };
  return {
    fieldChanged: (path, value) => update((c) => setAtPath(c, path, value)),
    lrPolicyChanged: (policy) => update((c) => changeLrPolicy(c, policy)),
    momentumPolicyChanged: (policy) => update((c) => changeMomentumPolicy(c, policy)),
    runnerTypeChanged: (type) => update((c) => changeRunnerType(c, type)),
    presetApplied: ({ config, scheduleBase, dialect, name }) => get().actions.documentOpenedAsNew({ config, scheduleBase, dialect, name, exportMode: 'inherit', source: null }),
    configRenamed: (name) => set({ name }),
    scheduleBaseChanged: (scheduleBase) => set({ scheduleBase }),
    exportModeChanged: (exportMode) => set({ exportMode }),
  };
}
