/**
 * Source-preserving export of an imported config: the file comes back as the user wrote it,
 * with only the statements of edited keys changed (see {@link exportImported}).
 */
import type { Expr } from '../../python/ast.ts';
import type { Diagnostic, Span } from '../../python/diagnostics.ts';
import { LineIndex } from '../../python/diagnostics.ts';
import type { PyDict, PyValue } from '../../python/value.ts';
import { pyEqual } from '../../python/value.ts';
import { loadConfig } from '../load/loadConfig.ts';
import type { ImportedDoc } from './importDocument.ts';
import { overlayFs } from './importDocument.ts';
import { patchExpression } from './patchExpression.ts';
import { planOwnValue, writeOver } from './planOwnValue.ts';
import { printValueIndented, UnprintableValueError } from './printAt.ts';
import { exportStandalone } from './exportStandalone.ts';
import type { TextEdit } from './textEdits.ts';
import { applyTextEdits, endsLineAfter, lineBreakOf, startsLine, wholeLines } from './textEdits.ts';
import { findPatchableAssignment, findRemovableAssignment, statementsMentioning } from './topLevelNames.ts';
import { calledBuiltins } from '../../python/printValue.ts';

export interface ExportOptions {
  /** `inherit`: the imported file, patched. `standalone`: one file without `_base_` with every key. */
  mode: 'inherit' | 'standalone';
}

export interface ExportResult {
  text: string;
  diagnostics: Diagnostic[];
  /** Top-level keys whose statements were patched, removed or appended (empty when unchanged). */
  changedKeys: string[];
}


/**
 * Writes the imported file back with `newConfig` in it, keeping everything the user wrote.
 *
 * Inherit mode: with no edit the original text comes back byte for byte. Otherwise each
 * top-level key whose value changed is written relative to what the file inherits, following
 * mmcv 1.7.2's `_merge_a_into_b` (`_delete_=True` exactly where the merge needs it):
 * - a key the file assigns once and nothing later reads or mutates: its value is patched in
 *   place (only the changed entries of a `dict(...)`/`{...}`, see patchExpression);
 * - any other key (new, inherited only, or read/mutated by later statements such as
 *   `custom_keys.update(...)` or `max_epochs` read by `runner`): a statement appended at the end;
 * - a removed key the file defines: its statement is deleted (or `del key` appended when other
 *   statements read it). mmcv cannot delete an inherited top-level key: a warning says so.
 * Everything else (model, data, variables, comments, `# yapf:disable`) stays as written.
 * The result is re-loaded with the same loader; where it would not give the edited config,
 * the edited keys are appended instead, and if that still fails an error says which keys differ.
 *
 * Standalone mode: every key of `newConfig` written by writeConfig's standalone layout.
 */
export function exportImported(doc: ImportedDoc, newConfig: PyDict, opts: ExportOptions): ExportResult {
  if (opts.mode === 'standalone') return exportStandalone(doc, newConfig);
  if (pyEqual(newConfig, doc.config)) return { text: doc.text, diagnostics: [], changedKeys: [] };
  const keys = [...new Set([...Object.keys(doc.config), ...Object.keys(newConfig)])];
  const changed = keys.filter((k) => !(Object.hasOwn(doc.config, k) && Object.hasOwn(newConfig, k) && pyEqual(doc.config[k] ?? null, newConfig[k] ?? null)));
  const expected = expectedConfig(doc, newConfig);
  let result = writeEdits(doc, newConfig, changed, new Set());
  let wrong = differingKeys(doc, result.text, expected);
  if (wrong.length > 0) {
    result = writeEdits(doc, newConfig, changed, new Set(changed));
    wrong = differingKeys(doc, result.text, expected);
  }
  if (wrong.length > 0) {
    result.diagnostics.push({ file: doc.path, line: 1, column: 1, severity: 'error', message: `the exported file does not load back to the edited config at: ${wrong.join(', ')}` });
  }
  return { ...result, changedKeys: changed };
}

/**
 * What the export should load to: the edited config, plus inherited top-level keys the edit
 * dropped, which a child file cannot delete in mmcv 1.x or MMEngine's `_base_` style.
 */
export function expectedConfig(doc: ImportedDoc, newConfig: PyDict): PyDict {
  const out: PyDict = { ...newConfig };
  for (const [k, v] of Object.entries(doc.inherited)) if (!Object.hasOwn(out, k)) out[k] = v;
  return out;
}

function writeEdits(doc: ImportedDoc, newConfig: PyDict, changed: string[], appendAll: Set<string>): Omit<ExportResult, 'changedKeys'> {
  const lines = new LineIndex(doc.text);
  const at = (span: Span | undefined, severity: Diagnostic['severity'], message: string): Diagnostic =>
    ({ ...(span ? lines.diagnose(span, severity, message) : { line: 1, column: 1, severity, message }), file: doc.path });
  const edits: TextEdit[] = [];
  const appended: { key: string; text: string }[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const key of changed) {
    const target = Object.hasOwn(newConfig, key) ? (newConfig[key] ?? null) : undefined;
    const base = Object.hasOwn(doc.inherited, key) ? doc.inherited[key] : undefined;
    const defined = Object.hasOwn(doc.own, key);
    const where = statementsMentioning(doc.tree, key)[0]?.span;
    if (target === undefined) {
      if (defined) removeKey(doc, key, edits, appended);
      if (base !== undefined) {
        diagnostics.push(at(where, 'warning', `${key} cannot be removed: mmcv merges a child into its _base_ and cannot delete an inherited top-level key, so it keeps the base value`));
      }
      continue;
    }
    try {
      const stmt = defined && !appendAll.has(key) ? findPatchableAssignment(doc.tree, key) : undefined;
      if (stmt) {
        const own = doc.own[key] ?? null;
        patchExpression(doc.text, stmt.value, own, planOwnValue(own, base, target), edits);
      } else {
        appended.push({ key, text: printStatement(key, writeOver(target, base)) });
      }
    } catch (e) {
      if (!(e instanceof UnprintableValueError)) throw e;
      diagnostics.push(at(where, 'error', `${key} cannot be exported: ${e.message}`));
    }
  }
  const patched = applyTextEdits(doc.text, edits);
  return { text: appendStatements(patched, appended, shadowedBuiltins(doc)), diagnostics };
}

function removeKey(doc: ImportedDoc, key: string, edits: TextEdit[], appended: { key: string; text: string }[]): void {
  const stmt = findRemovableAssignment(doc.tree, key);
  if (stmt && startsLine(doc.text, stmt.span.start) && endsLineAfter(doc.text, stmt.span.end)) {
    edits.push({ ...wholeLines(doc.text, stmt.span), text: '' });
  } else {
    // Other statements read it, so its definition stays and the name is dropped at the end.
    appended.push({ key, text: `del ${key}` });
  }
}

function printStatement(key: string, value: PyValue): string {
  const prefix = `${key} = `;
  return prefix + printValueIndented(value, 0, prefix);
}

/** The builtins printed values call that the file rebinds at the top level (`dict = ...`). */
function shadowedBuiltins(doc: ImportedDoc): string[] {
  return [...calledBuiltins].filter((name) => doc.tree.body.some((s) => s.kind === 'Assign' && s.targets.some((t) => bindsName(t, name))));
}

/** True when an assignment target (`a`, `a, b`, `[a, *b]`) binds `name`. */
function bindsName(target: Expr, name: string): boolean {
  if (target.kind === 'Name') return target.id === name;
  if (target.kind === 'Tuple' || target.kind === 'List') return target.elts.some((e) => bindsName(e, name));
  return target.kind === 'Starred' && bindsName(target.value, name);
}

/**
 * Adds statements after the file's last line, past one blank line, in the file's line breaks.
 * Where the file rebinds `dict`/`float`, the builtin is uncovered for the appended lines with
 * `del` and the file's value put back after them under a dunder name, which mmcv does not keep.
 */
function appendStatements(text: string, appended: { key: string; text: string }[], shadowed: string[]): string {
  if (appended.length === 0) return text;
  const builtinKeyed = appended.filter((a) => calledBuiltins.has(a.key));
  const restored = shadowed.filter((name) => !builtinKeyed.some((a) => a.key === name));
  // Statements that bind `dict`/`float` themselves run while the builtins are still uncovered
  // (their values may call `dict()`), with `dict` last since the others may call it; only then
  // are the file's own values of the remaining names put back.
  const ownBuiltins = builtinKeyed
    // A removed `dict` key that the file shadowed is already gone with the `del` above.
    .filter((a) => !(shadowed.includes(a.key) && a.text.startsWith('del ')))
    .sort((a, b) => Number(a.key === 'dict') - Number(b.key === 'dict'));
  const lines = [
    ...restored.map((name) => `__mmcfg_${name} = ${name}`),
    ...shadowed.map((name) => `del ${name}`),
    ...appended.filter((a) => !calledBuiltins.has(a.key)).map((a) => a.text),
    ...ownBuiltins.map((a) => a.text),
    ...restored.map((name) => `${name} = __mmcfg_${name}`),
  ];
  const br = lineBreakOf(text);
  const body = lines.map((l) => l.replace(/\n/g, br)).join(br);
  if (text === '') return `${body}${br}`;
  const ended = /(\r\n|\n|\r)$/.test(text) ? text : text + br;
  const blank = /(\r\n|\n|\r)[ \t]*(\r\n|\n|\r)$/.test(ended) ? '' : br;
  return `${ended}${blank}${body}${br}`;
}

/** Top-level keys where loading `text` in place of the leaf does not give `expected`. */
function differingKeys(doc: ImportedDoc, text: string, expected: PyDict): string[] {
  const loaded = loadConfig(doc.path, overlayFs(doc.path, text, doc.otherFiles), { dialect: doc.dialect });
  const failed = loaded.diagnostics.some((d) => d.severity === 'error' && d.file === doc.path && !doc.diagnostics.some((o) => o.message === d.message));
  const keys = [...new Set([...Object.keys(expected), ...Object.keys(loaded.config)])];
  const wrong = keys.filter((k) => !(Object.hasOwn(expected, k) && Object.hasOwn(loaded.config, k) && pyEqual(expected[k] ?? null, loaded.config[k] ?? null)));
  return failed && wrong.length === 0 ? ['(the file no longer loads cleanly)'] : wrong;
}
