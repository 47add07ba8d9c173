import type { Dialect, FieldMessage, PyDict, ScheduleBaseId } from '../core/index.ts';
import type { ExportMode } from '../store/configSlice.ts';
import type { ImportedSource } from '../store/sourceSlice.ts';
type SourceTools = typeof import('./code/sourceTools.ts');

/**
 * Derivations shared by several components, memoised on the config object itself: the store
 * replaces the config on every change, so identity is exactly "has it changed".
 */
const messagesCache = new WeakMap<PyDict, { validate: Dialect['diagnose']; messages: FieldMessage[] }>();

/** Validation messages of the config under its dialect's rules. */
export function selectMessages(config: PyDict, validate: Dialect['diagnose']): FieldMessage[] {
  const hit = messagesCache.get(config);
  if (hit && hit.validate === validate) return hit.messages;
  const messages = validate(config);
  messagesCache.set(config, { validate, messages });
  return messages;
}

export interface ExportInputs {
  config: PyDict;
  write: Dialect['write'];
  source: ImportedSource | null;
  exportMode: ExportMode;
  scheduleBase: ScheduleBaseId;
}

let lastExport: { inputs: ExportInputs; tools: SourceTools | null; text: string } | null = null;

/**
 * The Python file the app exports; never stored, always written from the config (and, once the
 * reader chunk has loaded, from the user's own text where the config came from a file).
 */
export function selectExportText(inputs: ExportInputs, tools: SourceTools | null): string {
  const prev = lastExport;
  if (prev && prev.tools === tools && prev.inputs.config === inputs.config && prev.inputs.write === inputs.write && prev.inputs.source === inputs.source && prev.inputs.exportMode === inputs.exportMode && prev.inputs.scheduleBase === inputs.scheduleBase) {
    return prev.text;
  }
  const { source } = inputs;
  let text: string;
  if (!source) text = inputs.write(inputs.config, { mode: inputs.exportMode, scheduleBase: inputs.scheduleBase });
  else if (tools) text = tools.exportWithSource({ ...inputs, source });
  // Until the reader arrives, the user's own file is the best answer (it is what they imported).
  else text = source.files[source.entry] ?? '';
  lastExport = { inputs, tools, text };
  return text;
}
