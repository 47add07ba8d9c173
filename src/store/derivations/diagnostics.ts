import { isPyDict, stripDeleteKeys, type Dialect, type DocumentSource, type ExportMode, type FieldMessage, type PyDict, type ScheduleBaseId } from '../../core/index.ts';

export interface DiagnosticsInputs {
  config: PyDict;
  dialect: Dialect;
  scheduleBase: ScheduleBaseId;
  exportMode: ExportMode;
  source: DocumentSource | null;
  itersPerEpoch: number;
}

function same(a: DiagnosticsInputs, b: DiagnosticsInputs): boolean {
  return a.config === b.config && a.dialect === b.dialect && a.scheduleBase === b.scheduleBase && a.exportMode === b.exportMode && a.source === b.source && a.itersPerEpoch === b.itersPerEpoch;
}

/**
 * Every message of the open config under its dialect (value checks and the diagnostics engine),
 * shared by the field messages, the Problems list and the code pane's markers so they never
 * disagree. A config made in the forms inherits the built-in bases of its schedule base in
 * inherit mode (that is what its exported file's `_base_` loads); an imported one, its own
 * `_base_` files. One derivation per store,
 * memoised on the last inputs.
 *
 * The engine reads the config as it loads. A config made in the forms may hold `_delete_` hints
 * (the DETR preset's optimizer_config): the writer turns them into `_delete_=True` only where
 * the bases define the key, so the loaded config never has one, and the engine sees it without.
 */
export function createDiagnostics() {
  let last: { inputs: DiagnosticsInputs; messages: FieldMessage[] } | null = null;
  return (inputs: DiagnosticsInputs): FieldMessage[] => {
    if (last && same(last.inputs, inputs)) return last.messages;
    const formMade = inputs.source === null;
    const loaded = formMade ? stripDeleteKeys(inputs.config) : inputs.config;
    const messages = inputs.dialect.diagnose(isPyDict(loaded) ? loaded : inputs.config, {
      // In inherit mode the exported file keeps its `_base_`: the built-in bases for a config made in
      // the forms, the imported file's own bases (read from its files by the engine) otherwise.
      ...(inputs.exportMode === 'inherit' ? (inputs.source === null ? { bases: inputs.dialect.formBases(inputs.scheduleBase) } : { source: inputs.source }) : {}),
      itersPerEpoch: inputs.itersPerEpoch,
      runtimeOnly: formMade,
    });
    last = { inputs, messages };
    return messages;
  };
}
