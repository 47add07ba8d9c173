import type { ScheduleBaseId } from '../../core/index.ts';
import type { PyDict } from '../../core/index.ts';
import type { DocumentSource, ExportMode } from '../../core/index.ts';
import type { WriteConfig } from '../../core/index.ts';

export interface ExportInputs {
  config: PyDict;
  write: WriteConfig;
  source: DocumentSource | null;
  exportMode: ExportMode;
  scheduleBase: ScheduleBaseId;
}

/** The reader-dependent half of the export, loaded lazily by the app (see ui/code/sourceTools.ts). */
export interface SourceExporter {
  exportWithSource: (inputs: ExportInputs & { source: DocumentSource }) => string;
}

function sameInputs(a: ExportInputs, b: ExportInputs): boolean {
  return a.config === b.config && a.write === b.write && a.source === b.source && a.exportMode === b.exportMode && a.scheduleBase === b.scheduleBase;
}

/**
 * The Python file the app exports, never stored: written from the config, or (once the reader
 * has loaded) the user's own text with the edits patched in, falling back to the writer. Until
 * the reader arrives, the user's file is the best answer (it is what they imported).
 * One derivation per store, memoised on the last inputs (the store replaces what changes).
 */
export function createExportText() {
  let last: { inputs: ExportInputs; tools: SourceExporter | null; text: string } | null = null;
  return (inputs: ExportInputs, tools: SourceExporter | null): string => {
    if (last && last.tools === tools && sameInputs(last.inputs, inputs)) return last.text;
    const { source } = inputs;
    let text: string;
    if (!source) text = inputs.write(inputs.config, { mode: inputs.exportMode, scheduleBase: inputs.scheduleBase });
    else if (tools) text = tools.exportWithSource({ ...inputs, source });
    else text = source.files[source.entry] ?? '';
    last = { inputs, tools, text };
    return text;
  };
}
