/**
 * `check`'s field checks: the config's own dialect's field messages (the ones the forms show, 2.x
 * and 3.x alike: a negative lr, an unknown policy), each located at the most specific place a file
 * of the chain writes that field. A config with no training part (test and TTA configs) has no
 * runtime fields to check, and a lazy config's `type` is a class reference, not a string.
 */
import type { LoadResult } from '../../core/entries/loader.ts';
import { dialectById } from '../../core/entries/allDialects.ts';
import { describeMissingTraining, findDictEntry, getAtPath, type Diagnostic, type Expr, type Span, type Stmt } from '../../core/index.ts';

/** The dialect's errors and warnings (English text) at `file:line:col`. */
export function checkRuntimeFields(loaded: LoadResult): Diagnostic[] {
  // Only the forms' value checks: the engine's rules run in check with the file's bases (diagnoseFile).
  if (describeMissingTraining(loaded.config, loaded.dialect) !== undefined) return [];
  return dialectById(loaded.dialect).diagnose(loaded.config, { valueChecksOnly: true }).flatMap((m) => {
    if (m.severity === 'info') return [];
    if (isLazyReference(getAtPath(loaded.config, m.path))) return [];
    const place = locateField(loaded, m.path);
    if (!place) return [];
    const file = loaded.files.get(place.file);
    if (!file) return [];
    return [{ ...file.lines.diagnose(place.span, m.severity, `${m.path.join('.')}: ${m.message.en}`), file: place.file }];
  });
}

/**
 * Where `path` is written: in the file the source map names for its top-level key, the deepest
 * dict entry written literally; when a base file writes a deeper part of the path (the leaf sets
 * `lr_config.step`, the base `lr_config.warmup_ratio`), that base's entry.
 */
function locateField(loaded: LoadResult, path: readonly string[]): { file: string; span: Span } | undefined {
  const top = path[0];
  if (top === undefined) return undefined;
  const origin = loaded.sourceMap[top]?.file;
  let best: { file: string; span: Span; depth: number } | undefined;
  const candidates = [...loaded.files.keys()].sort((a, b) => Number(b === origin) - Number(a === origin));
  for (const name of candidates) {
    const file = loaded.files.get(name);
    if (!file) continue;
    const found = locateDepth(file.tree.body, path);
    if (found && (best === undefined || found.depth > best.depth)) best = { file: name, ...found };
  }
  return best;
}

function locateDepth(body: readonly Stmt[], path: readonly string[]): { span: Span; depth: number } | undefined {
  const [top, ...rest] = path;
  for (let i = body.length - 1; i >= 0; i--) {
    const stmt = body[i];
    if (stmt?.kind !== 'Assign' || !stmt.targets.some((t) => t.kind === 'Name' && t.id === top)) continue;
    let span: Span = stmt.span;
    let value: Expr = stmt.value;
    let depth = 1;
    for (const key of rest) {
      const entry = findDictEntry(value, key);
      if (!entry) break;
      span = entry.entry;
      value = entry.value;
      depth++;
    }
    return { span, depth };
  }
  return undefined;
}

/** A lazy-import config's class reference (`type=SGD` read as `{'$ref': 'SGD', ...}`). */
function isLazyReference(value: unknown): boolean {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, '$ref');
}
