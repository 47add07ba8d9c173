/** State shared while one config and its bases load: files read, diagnostics, base list. */
import { findBuiltinBase } from '../builtinBases/index.ts';
import type { Module } from '../../python/ast.ts';
import { LineIndex } from '../../python/diagnostics.ts';
import type { Diagnostic, Span } from '../../python/diagnostics.ts';
import { parsePython } from '../../python/parse.ts';
import type { ConfigFs } from './fileSystem.ts';
import { basenamePath, dirnamePath } from './fileSystem.ts';

import type { DialectId } from '../../dialects/types.ts';

export type { DialectId } from '../../dialects/types.ts';

/** A base config named by some file of the chain, and where its text came from. */
export interface BaseReference {
  /** The path as written in `_base_` or the `from ... import *` line. */
  written: string;
  /** The resolved path. */
  path: string;
  /** The file that names it. */
  from: string;
  /** `file` read from the file system, `builtin` a built-in copy, `missing` not found. */
  source: 'file' | 'builtin' | 'missing';
}

/** Where a top-level key was last written. */
export interface KeyOrigin {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface SourceFile {
  path: string;
  text: string;
  tree: Module;
  lines: LineIndex;
}

export class LoadContext {
  readonly diagnostics: Diagnostic[] = [];
  readonly bases: BaseReference[] = [];
  readonly files = new Map<string, SourceFile>();
  /** Dicts that are MMEngine ConfigDicts, shared by every file of the chain. */
  readonly configDicts: WeakSet<object> = new WeakSet();
  /** Files being loaded, to report `_base_` cycles instead of recursing forever. */
  readonly stack: string[] = [];

  constructor(
    readonly fs: ConfigFs,
    public dialect: DialectId,
  ) {}

  /** Reads and parses a file (cached), substituting MMCV's predefined `{{fileDirname}}` variables. */
  open(path: string): SourceFile | undefined {
    const cached = this.files.get(path);
    if (cached) return cached;
    const raw = this.fs.readFile(path) ?? findBuiltinBase(path, this.dialect)?.text;
    if (raw === undefined) return undefined;
    const text = substitutePredefinedVars(raw, path);
    const { tree, diagnostics } = parsePython(text);
    for (const d of diagnostics) this.diagnostics.push({ ...d, file: path });
    const file = { path, text, tree, lines: new LineIndex(text) };
    this.files.set(path, file);
    return file;
  }

  /** Resolves a base named by `from`; records it and warns when it is missing. */
  openBase(written: string, path: string, from: SourceFile, span: Span): SourceFile | undefined {
    const onDisk = this.fs.readFile(path) !== undefined;
    const file = this.open(path);
    const source = onDisk ? 'file' : file ? 'builtin' : 'missing';
    this.bases.push({ written, path, from: from.path, source });
    if (!file) {
      this.report(from, span, 'warning', `base config '${written}' was not found (looked for ${path}); its keys are left out`);
    }
    return file;
  }

  report(file: SourceFile, span: Span | undefined, severity: Diagnostic['severity'], message: string): void {
    const d = span ? file.lines.diagnose(span, severity, message) : { line: 1, column: 1, severity, message };
    this.diagnostics.push({ ...d, file: file.path });
  }

  origin(file: SourceFile, span: Span): KeyOrigin {
    const a = file.lines.locate(span.start);
    const b = file.lines.locate(span.end);
    return { file: file.path, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }
}

/**
 * MMCV/MMEngine `_substitute_predefined_vars`: `{{ fileDirname }}`, `{{ fileBasename }}`,
 * `{{ fileBasenameNoExtension }}`, `{{ fileExtname }}` are replaced in the text before parsing.
 */
export function substitutePredefinedVars(text: string, path: string): string {
  if (!text.includes('{{')) return text;
  const base = basenamePath(path);
  const dot = base.lastIndexOf('.');
  const values: Record<string, string> = {
    fileDirname: dirnamePath(path),
    fileBasename: base,
    fileBasenameNoExtension: dot > 0 ? base.slice(0, dot) : base,
    fileExtname: dot > 0 ? base.slice(dot) : '',
  };
  return text.replace(/\{\{\s*(fileDirname|fileBasename|fileBasenameNoExtension|fileExtname)\s*\}\}/g, (_, k: string) => values[k] ?? '');
}
