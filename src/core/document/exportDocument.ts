import type { ExportResult } from '../config/edit/exportImported.ts';
import { exportImported } from '../config/edit/exportImported.ts';
import type { ImportedDoc } from '../config/edit/importDocument.ts';
import type { ScheduleBaseId } from '../model/bases.ts';
import type { PyDict } from '../python/value.ts';
import type { ExportMode } from './document.ts';

/** A dialect's writer: the whole config as one Python file (see writeConfig / writeConfigV3). */
export type WriteConfig = (config: PyDict, opts: { mode: ExportMode; scheduleBase: ScheduleBaseId }) => string;

/**
 * The Python file the studio exports for `config` when it came from the user's own file `doc`:
 * their text with only the edited statements changed (inherit), or everything written out
 * (standalone). When their file cannot be patched, the dialect's writer writes the config
 * instead and the patch problems come back as warnings; only when that fails too are they
 * errors. The app and `mmcfg export` both export through this function.
 */
export function exportFromImported(doc: ImportedDoc, config: PyDict, opts: { mode: ExportMode; scheduleBase: ScheduleBaseId }, write: WriteConfig): ExportResult {
  const result = exportImported(doc, config, { mode: opts.mode });
  if (!result.diagnostics.some((d) => d.severity === 'error')) return result;
  let text: string;
  try {
    text = write(config, opts);
  } catch {
    return result;
  }
  return { text, diagnostics: result.diagnostics.map((d) => ({ ...d, severity: 'warning' as const })), changedKeys: result.changedKeys };
}
