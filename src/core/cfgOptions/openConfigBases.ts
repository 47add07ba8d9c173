/**
 * What the open config inherits, for rendering `--cfg-options`: an imported file's own `_base_`
 * chain, else the built-in bases a new config is exported against (default_runtime + schedule).
 */
import { importDocument } from '../config/edit/importDocument.ts';
import { createMemoryFs } from '../config/load/loadConfig.ts';
import type { DialectId } from '../config/load/loadConfig.ts';
import { dialectInfo } from '../dialects/info.ts';
import type { ScheduleBaseId } from '../model/bases.ts';
import type { PyDict } from '../python/value.ts';

export function openConfigBases(opts: {
  source: { entry: string; files: Record<string, string> } | null;
  dialect: DialectId;
  scheduleBase: ScheduleBaseId;
}): PyDict {
  if (opts.source) return importDocument(opts.source.entry, createMemoryFs(opts.source.files)).inherited;
  return dialectInfo(opts.dialect).formBases(opts.scheduleBase);
}
