/**
 * `check`'s field checks: the config's own dialect's field messages (the ones the forms show, 2.x
 * and 3.x alike: a negative lr, an unknown policy), each located at the most specific place a file
 * of the chain writes that field. A config with no training part (test and TTA configs) has no
 * runtime fields to check, and a lazy config's `type` is a class reference, not a string.
 */
import type { LoadResult } from '../../core/entries/loader.ts';
import { dialectById } from '../../core/entries/allDialects.ts';
import { describeMissingTraining, getAtPath, type Diagnostic } from '../../core/index.ts';
import { locatePathSpan } from '../../core/entries/diagnostics.ts';

/** The dialect's errors and warnings (English text) at `file:line:col`. */
export function checkRuntimeFields(loaded: LoadResult): Diagnostic[] {
  // Only the forms' value checks: the engine's rules run in check with the file's bases (diagnoseFile).
  if (describeMissingTraining(loaded.config, loaded.dialect) !== undefined) return [];
  return dialectById(loaded.dialect).diagnose(loaded.config, { valueChecksOnly: true }).flatMap((m) => {
    if (m.severity === 'info') return [];
    if (isLazyReference(getAtPath(loaded.config, m.path))) return [];
    const place = locatePathSpan(loaded, m.path);
    if (!place) return [];
    const file = loaded.files.get(place.file);
    if (!file) return [];
    return [{ ...file.lines.diagnose(place.span, m.severity, `${m.path.join('.')}: ${m.message.en}`), file: place.file }];
  });
}

/** A lazy-import config's class reference (`type=SGD` read as `{'$ref': 'SGD', ...}`). */
function isLazyReference(value: unknown): boolean {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, '$ref');
}
