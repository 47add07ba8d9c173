import type { StateCreator } from 'zustand';
import { changeLrPolicy, changeMomentumPolicy, changeRunnerType, defaultDialectId, presets, setAtPath, type PyDict, type PyValue, type ScheduleBaseId } from '../core/index.ts';
import type { StudioState } from './studioStore.ts';
import type { DialectId } from '../core/entries/loader.ts';

export type ExportMode = 'inherit' | 'standalone';

/** The source data of one config: everything else (Python, curves, messages) is derived. */
export interface ConfigSlice {
  config: PyDict;
  name: string;
  scheduleBase: ScheduleBaseId;
  exportMode: ExportMode;
  /** MMCV 1.x (MMDetection 2.x) or MMEngine (MMDetection 3.x) config. */
  dialect: DialectId;
}

export interface ConfigActions {
  fieldChanged: (path: readonly string[], value: PyValue | undefined) => void;
  lrPolicyChanged: (policy: string) => void;
  momentumPolicyChanged: (policy: string | null) => void;
  runnerTypeChanged: (type: string) => void;
  /** Replaces the open config with a preset of either dialect (undoable). */
  presetApplied: (preset: { config: PyDict; scheduleBase: ScheduleBaseId; dialect: DialectId; name?: string }) => void;
  configRenamed: (name: string) => void;
  scheduleBaseChanged: (id: ScheduleBaseId) => void;
  exportModeChanged: (mode: ExportMode) => void;
}

export function initialConfigSlice(): ConfigSlice {
  const first = presets[0];
  if (!first) throw new Error('no presets');
  return { config: first.config, name: 'my_config', scheduleBase: first.scheduleBase, exportMode: 'inherit', dialect: defaultDialectId };
}

type Set = Parameters<StateCreator<StudioState>>[0];
type Get = Parameters<StateCreator<StudioState>>[1];

export function createConfigActions(set: Set, get: Get): ConfigActions {
  // A form edit replaces the code pane's unparsed draft (undo brings it back).
  const update = (fn: (c: PyDict) => PyDict) => set({ config: fn(get().config), codeDraft: null });
  return {
    fieldChanged: (path, value) => update((c) => setAtPath(c, path, value)),
    lrPolicyChanged: (policy) => update((c) => changeLrPolicy(c, policy)),
    momentumPolicyChanged: (policy) => update((c) => changeMomentumPolicy(c, policy)),
    runnerTypeChanged: (type) => update((c) => changeRunnerType(c, type)),
    presetApplied: ({ config, scheduleBase, dialect, name }) => set({ config, scheduleBase, dialect, source: null, codeDraft: null, ...(name ? { name } : {}) }),
    configRenamed: (name) => set({ name }),
    scheduleBaseChanged: (scheduleBase) => set({ scheduleBase }),
    exportModeChanged: (exportMode) => set({ exportMode }),
  };
}
