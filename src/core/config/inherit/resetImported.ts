/**
 * "Reset to inherited" for an imported file: the file's own setting is taken out of its text, so
 * its `_base_` chain's value applies again (a field: one entry of a `dict(...)`; a section: the
 * whole top-level statement). The rest of the file stays as the user wrote it.
 */
import type { PyDict } from '../../python/value.ts';
import { copyDict, isPyDict } from '../../python/value.ts';
import { exportImported } from '../edit/exportImported.ts';
import { importDocument, overlayFs } from '../edit/importDocument.ts';
import { patchExpression } from '../edit/patchExpression.ts';
import type { TextEdit } from '../edit/textEdits.ts';
import { applyTextEdits, endsLineAfter, startsLine, wholeLines } from '../edit/textEdits.ts';
import { findPatchableAssignment, findRemovableAssignment } from '../edit/topLevelNames.ts';
import { getAtPath } from '../../model/paths.ts';
import { loadConfig } from '../load/loadConfig.ts';
import { deleteKey } from '../write/diffAgainstBase.ts';
import type { ImportedInheritance } from './importedOrigin.ts';
import { ownReach, ownValuesFor } from './importedOrigin.ts';

export interface ResetResult {
  /** The leaf's new text. */
  text: string;
  /** The config that text loads to. */
  config: PyDict;
}

/**
 * The leaf's text (as exported with `config`) without its setting at `path` (a top-level key
 * alone: the whole statement), and the config it loads to; null when the file does not write
 * `path` over a base value, or the statement cannot be changed alone (a later statement reads
 * or mutates the key), or the result would not load cleanly.
 */
export function resetImportedSetting(inh: ImportedInheritance, config: PyDict, path: readonly string[]): ResetResult | null {
  const { doc } = inh;
  const [key, ...rest] = path;
  if (key === undefined || inh.layers.length === 0 || getAtPath(doc.inherited, path) === undefined) return null;
  const own = ownValuesFor(inh, config);
  if (ownReach(own, path) !== 'written') return null;
  const text = exportImported(doc, config, { mode: 'inherit' }).text;
  const current = text === doc.text ? doc : importDocument(doc.path, overlayFs(doc.path, text, doc.otherFiles));
  const ownValue = current.own[key];
  if (ownValue === undefined) return null;
  const remaining = rest.length === 0 ? undefined : withoutPath(ownValue, rest, getAtPath(doc.inherited, [key]));
  const edits: TextEdit[] = [];
  if (remaining === undefined) {
    const stmt = findRemovableAssignment(current.tree, key);
    if (!stmt || !startsLine(text, stmt.span.start) || !endsLineAfter(text, stmt.span.end)) return null;
    edits.push({ ...wholeLines(text, stmt.span), text: '' });
  } else {
    const stmt = findPatchableAssignment(current.tree, key);
    if (!stmt) return null;
    patchExpression(text, stmt.value, ownValue, remaining, edits);
  }
  const next = trimAppendedGap(applyTextEdits(text, edits), doc.text);
  const loaded = loadConfig(doc.path, overlayFs(doc.path, next, doc.otherFiles), { dialect: doc.dialect });
  if (loaded.diagnostics.some((d) => d.severity === 'error' && !doc.diagnostics.some((o) => o.message === d.message))) return null;
  return { text: next, config: loaded.config };
}

/**
 * `value` without the entry at `rest`; a dict left empty by it goes too where the base has a dict
 * there (an empty child dict merges to the base's). Undefined when nothing of `value` is left.
 */
function withoutPath(value: PyDict | unknown, rest: readonly string[], base: unknown): PyDict | undefined {
  if (!isPyDict(value as PyDict)) return undefined;
  const dict = value as PyDict;
  const [head, ...tail] = rest;
  if (head === undefined) return undefined;
  const out = copyDict(dict);
  const baseChild = isPyDict(base as PyDict) ? (base as PyDict)[head] : undefined;
  if (tail.length === 0) delete out[head];
  else {
    const child = withoutPath(dict[head], tail, baseChild);
    if (child === undefined) delete out[head];
    else out[head] = child;
  }
  const left = Object.keys(out).filter((k) => k !== deleteKey);
  return left.length === 0 && isPyDict(base as PyDict) ? undefined : out;
}

/**
 * Removing the last statement an edit appended leaves the blank line the export put before it:
 * the file ends the way the imported one did.
 */
function trimAppendedGap(text: string, original: string): string {
  const ending = (t: string) => /\s*$/.exec(t)?.[0] ?? '';
  return ending(text).length > ending(original).length ? text.trimEnd() + ending(original) : text;
}
