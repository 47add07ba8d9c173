import type { FieldMessage } from '../core/model/fieldSpec.ts';
import { validateConfig } from '../core/model/validate.ts';
import type { PyDict } from '../core/python/value.ts';
import { writeConfig } from '../core/config/write/writeConfig.ts';
import type { ScheduleBaseId } from '../core/model/bases.ts';
import type { ExportMode } from '../store/configSlice.ts';

/**
 * Derivations shared by several components, memoised on the config object itself: the store
 * replaces the config on every change, so identity is exactly "has it changed".
 */
const messagesCache = new WeakMap<PyDict, FieldMessage[]>();

export function selectMessages(config: PyDict): FieldMessage[] {
  let m = messagesCache.get(config);
  if (!m) {
    m = validateConfig(config);
    messagesCache.set(config, m);
  }
  return m;
}

const pythonCache = new WeakMap<PyDict, Map<string, string>>();

/** The Python text the forms produce; never stored, always written from the config. */
export function selectPython(config: PyDict, mode: ExportMode, scheduleBase: ScheduleBaseId): string {
  let byOpts = pythonCache.get(config);
  if (!byOpts) {
    byOpts = new Map();
    pythonCache.set(config, byOpts);
  }
  const key = `${mode}/${scheduleBase}`;
  let text = byOpts.get(key);
  if (text === undefined) {
    text = writeConfig(config, { mode, scheduleBase });
    byOpts.set(key, text);
  }
  return text;
}
