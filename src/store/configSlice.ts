import type { StateCreator } from 'zustand';
import { applyFixToConfig, changeComponentType, changeMomentumPolicy, defaultDocument, formBases, type Fix, setAtPath, type DialectId, type ExportMode, type PyDict, type PyValue, type ScheduleBaseId, type StudioDocument } from '../core/index.ts';
import { fieldInheritance, importedInheritanceFor } from './derivations/fieldInheritance.ts';
import type { StudioState } from './studioStore.ts';

export type { ExportMode } from '../core/index.ts';

/** The open document's fields but its source (see SourceSlice): everything else is derived. */
export type ConfigSlice = Omit<StudioDocument, 'source'>;

export interface ConfigActions {
  fieldChanged: (path: readonly string[], value: PyValue | undefined) => void;
  /**
   * Puts back the value the file's bases give at `path` (undoable), so the export stops writing
   * it; for an imported file its setting is taken out of its text (after the reader loads).
   */
  fieldResetToInherited: (path: readonly string[]) => Promise<void>;
  /** The same for a whole section: every setting the file makes under its top-level `keys`, one undo step. */
  sectionResetToInherited: (keys: readonly string[]) => Promise<void>;
  lrPolicyChanged: (policy: string) => void;
  momentumPolicyChanged: (policy: string | null) => void;
  runnerTypeChanged: (type: string) => void;
  /**
   * A field naming a class changed (optimizer type, lr / momentum policy, runner or loop type):
   * the section keeps only what the new class accepts (core `changeComponentType`), undoable.
   */
  typeChanged: (path: readonly string[], type: string) => void;
  /** Applies a diagnostic's fix (undoable). */
  fixApplied: (fix: Fix) => void;
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
const draftDownloadLabel = { en: 'Download that text', zh: '下载该文本' };

type Set = Parameters<StateCreator<StudioState>>[0];
type Get = Parameters<StateCreator<StudioState>>[1];

export function createConfigActions(set: Set, get: Get): ConfigActions {
  // A form edit replaces the code pane's unparsed draft: undo brings it back, and a notice says
  // so and offers the text for download, so it is never lost silently.
  const commit = (patch: Pick<StudioState, 'config'> & Partial<Pick<StudioState, 'source'>>) => {
    const { codeDraft, name } = get();
    if (codeDraft === null) return set(patch);
    set({ ...patch, codeDraft: null, notice: { kind: 'info', text: draftReplacedMessage, download: { filename: `${name || 'config'}.draft.py`, text: codeDraft, label: draftDownloadLabel } } });
  };
  const update = (fn: (c: PyDict) => PyDict) => commit({ config: fn(get().config) });
  // Each path's setting goes, in one undo step: forms put the base value back; an imported file
  // loses the setting from its text (so its `_base_` chain's value applies).
  const resetToInherited = async (paths: readonly (readonly string[])[]) => {
    const before = get();
    if (before.exportMode !== 'inherit') return;
    if (before.source === null) {
      let config = before.config;
      for (const path of paths) {
        const origin = fieldInheritance({ ...before, config }, path);
        if (origin.kind === 'set') config = setAtPath(config, path, origin.baseValue);
      }
      if (config !== before.config) update(() => config);
      return;
    }
    const reader = await import('../core/entries/inheritance.ts');
    const { config, source } = get();
    if (source === null) return;
    let next = { config, source };
    for (const path of paths) {
      const inh = next.source === source ? importedInheritanceFor(source, reader) : reader.importedInheritance(next.source);
      const reset = reader.resetImportedSetting(inh, next.config, path);
      if (reset !== null) next = { config: reset.config, source: { entry: source.entry, files: { ...source.files, [source.entry]: reset.text } } };
    }
    // Another edit landed while the reader loaded: this reset was for a config no longer open.
    if (next.source === source || get().config !== config || get().source !== source) return;
    commit(next);
  };
  const typeChanged = (path: readonly string[], type: string) => {
    const { dialect, scheduleBase, exportMode, source, itersPerEpoch } = get();
    // What the exported file inherits: the built-in bases for a config made in the forms.
    const bases = exportMode === 'inherit' && source === null ? formBases(dialect, scheduleBase) : undefined;
    update((c) => changeComponentType(c, path, type, { dialect, ...(bases ? { bases } : {}), itersPerEpoch }));
  };
  return {
    fieldChanged: (path, value) => update((c) => setAtPath(c, path, value)),
    fieldResetToInherited: (path) => resetToInherited([path]),
    sectionResetToInherited: (keys) => resetToInherited(keys.map((k) => [k])),
    lrPolicyChanged: (policy) => typeChanged(['lr_config', 'policy'], policy),
    // None turns momentum scheduling off: no class to reshape for.
    momentumPolicyChanged: (policy) => (policy === null ? update((c) => changeMomentumPolicy(c, null)) : typeChanged(['momentum_config', 'policy'], policy)),
    runnerTypeChanged: (type) => typeChanged(['runner', 'type'], type),
    typeChanged: (path, type) => typeChanged(path, type),
    fixApplied: (fix) => update((c) => applyFixToConfig(c, fix)),
    presetApplied: ({ config, scheduleBase, dialect, name }) => get().actions.documentOpenedAsNew({ config, scheduleBase, dialect, name, exportMode: 'inherit', source: null }),
    configRenamed: (name) => set({ name }),
    scheduleBaseChanged: (scheduleBase) => set({ scheduleBase }),
    exportModeChanged: (exportMode) => set({ exportMode }),
  };
}
