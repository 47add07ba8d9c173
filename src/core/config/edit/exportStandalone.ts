/** One self-contained file for an imported config: no `_base_`, every key written out. */
import type { Diagnostic } from '../../python/diagnostics.ts';
import type { PyDict } from '../../python/value.ts';
import { writeConfig } from '../write/writeConfig.ts';
import type { ImportedDoc } from './importDocument.ts';
import { printValueIndented } from './printAt.ts';

/**
 * Writes `config` (runtime and every other key: model, data, variables) as a standalone
 * MMCV-style file that Python loads to the same dict, with writeConfig's standalone layout.
 * Comments and expressions of the imported file are not kept: values are written as literals.
 */
export function exportStandalone(doc: ImportedDoc, config: PyDict): { text: string; diagnostics: Diagnostic[]; changedKeys: string[] } {
  try {
    for (const [k, v] of Object.entries(config)) printValueIndented(v, 0, `${k} = `);
    return { text: writeConfig(config, { mode: 'standalone', scheduleBase: '1x' }), diagnostics: [], changedKeys: Object.keys(config) };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { text: '', diagnostics: [{ file: doc.path, line: 1, column: 1, severity: 'error', message: `cannot write a standalone file: ${message}` }], changedKeys: [] };
  }
}
