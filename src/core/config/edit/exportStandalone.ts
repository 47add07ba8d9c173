/** One self-contained file for an imported config: no `_base_`, every key written out. */
import type { Diagnostic } from '../../python/diagnostics.ts';
import { isPyDict, isPyMap, isPyTuple, newDict, pyTuple, refToString } from '../../python/value.ts';
import type { PyDict, PyRef, PyValue } from '../../python/value.ts';
import { writeConfig } from '../../dialects/mmcv1/write/writeConfig.ts';
import type { ImportedDoc } from './importDocument.ts';
import { planLazyImports } from '../write/lazyImports.ts';
import { dictFromEntries, dictGet, dictHas } from '../../python/pyMap.ts';

/**
 * `value` with the `_delete_` keys that the loaded config `loaded` also holds at the same place,
 * and no other: MMCV 1.x and MMEngine keep `_delete_` where the bases do not define the key (it
 * then reaches the constructor), so the standalone file writes those to load to the same dict;
 * a `_delete_` that only an edit added is a hint for an inheriting file and is dropped.
 */
function keepLoaderDeletes(value: PyValue, loaded: PyValue | undefined): PyValue {
  if (Array.isArray(value)) return value.map((v, i) => keepLoaderDeletes(v, Array.isArray(loaded) ? loaded[i] : undefined));
  if (isPyTuple(value)) return pyTuple(value.$tuple.map((v, i) => keepLoaderDeletes(v, isPyTuple(loaded) ? loaded.$tuple[i] : undefined)));
  if (isPyMap(value)) {
    // Non-string keys only come from a file; its `_delete_` keys follow the loaded value's.
    const loadedMap = isPyMap(loaded) ? loaded : undefined;
    const kept = value.$map.filter(([k]) => k !== '_delete_' || (loadedMap !== undefined && dictHas(loadedMap, k)));
    return dictFromEntries(kept.map(([k, v]) => [k, keepLoaderDeletes(v, loadedMap ? dictGet(loadedMap, k) : undefined)]));
  }
  if (!isPyDict(value)) return value;
  const from = isPyDict(loaded) ? loaded : undefined;
  const out = newDict();
  for (const k of Object.keys(value)) {
    if (k === '_delete_' && !(from && Object.hasOwn(from, k))) continue;
    out[k] = keepLoaderDeletes(value[k] ?? null, from && Object.hasOwn(from, k) ? from[k] : undefined);
  }
  return out;
}

/**
 * The standalone text for `config` (its `_delete_` keys written as they are). Class references
 * (MMEngine lazy-import configs) are written by the names the import lines at the top bind
 * (see planLazyImports); those lines also make the file a lazy-import config again, which
 * MMEngine reads without `_base_`. A config without references is a classic file.
 * @throws Error when a top-level key cannot be a module-level name.
 */
export function writeStandaloneText(config: PyDict): string {
  const imports = planLazyImports(config);
  const refName = (ref: PyRef) => imports.names.get(refToString(ref)) ?? refToString(ref);
  const body = writeConfig(config, { mode: 'standalone', scheduleBase: '1x', keepDeleteKeys: true, refName });
  return imports.lines.length === 0 ? body : `${imports.lines.join('\n')}\n\n${body}`;
}

/**
 * Writes `config` (runtime and every other key: model, data, variables) as a standalone
 * MMCV-style file that Python loads to the same dict, with writeConfig's standalone layout.
 * Comments and expressions of the imported file are not kept: values are written as literals;
 * a lazy-import config's class references by the names its import lines bind.
 */
export function exportStandalone(doc: ImportedDoc, config: PyDict): { text: string; diagnostics: Diagnostic[]; changedKeys: string[] } {
  try {
    const kept = keepLoaderDeletes(config, doc.config);
    const written = isPyDict(kept) ? kept : config;
    return { text: writeStandaloneText(written), diagnostics: [], changedKeys: Object.keys(config) };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { text: '', diagnostics: [{ file: doc.path, line: 1, column: 1, severity: 'error', message: `cannot write a standalone file: ${message}` }], changedKeys: [] };
  }
}
