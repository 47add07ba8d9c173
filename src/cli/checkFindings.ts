/**
 * What `mmcfg check` finds in one leaf config: the loader's own diagnostics (syntax errors,
 * missing `_base_` files as errors, as `Config.fromfile` raises them), the dialect's field checks
 * (`field/invalid-value`, what the forms show) and every rule of the diagnostics engine, each located in the file that holds the line (a
 * base file when the value comes from a base). One record type for both, so text and JSON agree.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { reprSource, guessItersPerEpoch, readTrainingShape, type Diagnostic, type PyValue } from '../core/index.ts';
import { diagnose, loadBasesOf, type FixEdit, type RuleDiagnostic } from '../core/entries/diagnostics.ts';
import { relativeIfInside } from './diagnosticText.ts';
import { loadConfigFromDisk } from './loadFromDisk.ts';
import { nodeFs } from './readConfigText.ts';
import { checkRuntimeFields } from './commands/runtimeChecks.ts';

/** One problem, as printed: `FILE:LINE:COL: severity: message [rule]` or one JSON line. */
export interface Finding {
  /** The leaf config that was checked. */
  leaf: string;
  file: string;
  line: number;
  column: number;
  severity: 'error' | 'warning' | 'info';
  rule: string;
  message: string;
  /** Loader messages exist in English only. */
  messageZh: string | null;
  reference: string | null;
  fix: { title: string; title_zh: string; edits: { op: FixEdit['op']; path: string[]; value?: string }[] } | null;
}

/** The rule id of a loader diagnostic: missing bases are the engine's `config/missing-base`. */
function loaderRule(d: Diagnostic): string {
  if (d.severity === 'error' && d.message.startsWith('base config ')) return 'config/missing-base';
  return d.severity === 'error' ? 'config/load-error' : 'config/load-warning';
}

function fromLoader(leaf: string, d: Diagnostic): Finding {
  return {
    leaf,
    file: d.file ?? leaf,
    line: d.line,
    column: d.column,
    severity: d.severity,
    rule: loaderRule(d),
    message: d.message,
    messageZh: null,
    reference: null,
    fix: null,
  };
}

function printEdit(e: FixEdit): { op: FixEdit['op']; path: string[]; value?: string } {
  const value: PyValue | undefined = e.op === 'delete' ? undefined : e.value;
  return { op: e.op, path: e.path, ...(value === undefined ? {} : { value: reprSource(value) }) };
}

function fromRule(leaf: string, d: RuleDiagnostic): Finding {
  const where = d.path.length > 0 ? `${d.path.join('.')}: ` : '';
  return {
    leaf,
    file: d.source?.file ?? leaf,
    line: d.source?.line ?? 1,
    column: d.source?.column ?? 1,
    severity: d.severity,
    rule: d.rule,
    message: `${where}${d.message.en}`,
    messageZh: `${where}${d.message.zh}`,
    reference: d.reference.url ? `${d.reference.source} (${d.reference.url})` : d.reference.source,
    fix: d.fix ? { title: d.fix.title.en, title_zh: d.fix.title.zh, edits: d.fix.edits.map(printEdit) } : null,
  };
}

/**
 * Checks one config file. Iterations per epoch: `itersPerEpoch` when given, else the guess from a
 * training set the config names and recognises (rules that need it stay silent otherwise).
 */
export function checkLeaf(file: string, itersPerEpoch?: number): Finding[] {
  const leaf = resolve(file);
  const load = loadConfigFromDisk(file);
  const loaderFindings = load.diagnostics.map((d) => fromLoader(leaf, d));
  // Rules read a merged config; one that did not load (or lost a base) would only add noise.
  if (!load.ok || load.diagnostics.some((d) => d.severity === 'error')) return sortFindings(loaderFindings);
  const loaded = load.value;
  const n = itersPerEpoch ?? (readTrainingShape(loaded.config, loaded.dialect).trainSet ? guessItersPerEpoch(loaded.config, loaded.dialect).itersPerEpoch : undefined);
  const bases = loadBasesOf(leaf, nodeFs, loaded);
  const found = diagnose({
    config: loaded.config,
    dialect: loaded.dialect,
    ...(bases ? { bases } : {}),
    ...(n !== undefined ? { itersPerEpoch: n } : {}),
    fileName: leaf,
    sources: loaded,
  });
  const rules = found.map((d) => fromRule(leaf, d));
  // Field checks predate the engine and do not know lazy configs' class references; where the
  // engine already speaks about the same field, its finding (with a rule id and a fix) wins.
  const spoken = new Set(found.map((d) => d.path.join('.')));
  const fields = loaded.lazy
    ? []
    : checkRuntimeFields(loaded)
        .filter((d) => !spoken.has(d.message.slice(0, d.message.indexOf(': '))))
        .map((d) => ({ ...fromLoader(leaf, d), rule: 'field/invalid-value' }));
  return sortFindings([...loaderFindings, ...fields, ...rules]);
}

/** By file, then position: read top to bottom. */
function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

/**
 * The leaf configs among `paths`: a file as given, a directory's `.py` files at any depth that
 * are not under a `_base_` folder (bases are checked through the leaves that use them), sorted.
 */
export function listLeaves(paths: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name !== '_base_') walk(path);
      } else if (e.name.endsWith('.py')) out.push(path);
    }
  };
  for (const p of paths) {
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      // A path that is not there: the loader reports it, located, as for any file.
    }
    if (isDir) walk(p);
    else out.push(p);
  }
  return out;
}

/** A directory given to `check` that holds no leaf config: said, as an error, not skipped silently. */
export function noLeafFinding(dir: string): Finding {
  const message = `${dir} holds no leaf config (a .py file outside a _base_ folder)`;
  const leaf = resolve(dir);
  return { leaf, file: leaf, line: 1, column: 1, severity: 'error', rule: 'config/no-leaf', message, messageZh: null, reference: null, fix: null };
}

/** `FILE:LINE:COL: severity: message [rule]`, FILE relative to the working directory when inside it. */
export function formatFinding(f: Finding): string {
  return `${relativeIfInside(f.file)}:${f.line}:${f.column}: ${f.severity}: ${f.message} [${f.rule}]`;
}

/** One JSON object per finding, keys in the documented order. */
export function findingJson(f: Finding): string {
  return JSON.stringify({
    file: relativeIfInside(f.file),
    line: f.line,
    column: f.column,
    severity: f.severity,
    rule: f.rule,
    message: f.message,
    message_zh: f.messageZh,
    reference: f.reference,
    fix: f.fix,
    leaf: relativeIfInside(f.leaf),
  });
}
