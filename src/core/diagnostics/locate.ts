/**
 * Finds where the loaded files write a field: in the file the source map names for the top-level
 * key, the deepest dict entry written literally; when a base file writes a deeper part of the path
 * (the leaf sets `lr_config.step`, the base `lr_config.warmup_ratio`), that base's entry.
 */
import type { Expr, Stmt } from '../python/ast.ts';
import type { Span } from '../python/diagnostics.ts';
import { findDictEntry } from '../python/locate.ts';
import type { ConfigSources, SourceRange } from './types.ts';

function locateDepth(body: readonly Stmt[], path: readonly string[]): { span: Span; depth: number } | undefined {
  const [top, ...rest] = path;
  for (let i = body.length - 1; i >= 0; i--) {
    const stmt = body[i];
    if (stmt?.kind !== 'Assign' || !stmt.targets.some((t) => t.kind === 'Name' && t.id === top)) continue;
    let span: Span = stmt.span;
    let value: Expr = stmt.value;
    let depth = 1;
    for (const key of rest) {
      const entry = /^\d+$/.test(key) ? listItem(value, Number(key)) : findDictEntry(value, key);
      if (!entry) break;
      span = entry.entry;
      value = entry.value;
      depth++;
    }
    return { span, depth };
  }
  return undefined;
}

function listItem(expr: Expr, index: number): { entry: Span; value: Expr } | undefined {
  if (expr.kind !== 'List' && expr.kind !== 'Tuple') return undefined;
  const item = expr.elts[index];
  return item ? { entry: item.span, value: item } : undefined;
}

/** The file and span of the most specific place a file of the chain writes `path` literally. */
export function locatePathSpan(sources: ConfigSources, path: readonly string[]): { file: string; span: Span } | undefined {
  const top = path[0];
  if (top === undefined) return undefined;
  const origin = sources.sourceMap[top]?.file;
  let best: { file: string; span: Span; depth: number } | undefined;
  const names = [...sources.files.keys()].sort((a, b) => Number(b === origin) - Number(a === origin));
  for (const name of names) {
    const file = sources.files.get(name);
    if (!file) continue;
    const found = locateDepth(file.tree.body, path);
    if (found && (best === undefined || found.depth > best.depth)) best = { file: name, ...found };
  }
  return best && { file: best.file, span: best.span };
}

/** The range of the most specific place a file of the chain writes `path`, or undefined. */
export function locatePath(sources: ConfigSources, path: readonly string[]): SourceRange | undefined {
  const best = locatePathSpan(sources, path);
  if (!best) {
    const top = path[0];
    const o = top === undefined ? undefined : sources.sourceMap[top];
    return o && { file: o.file, line: o.line, column: o.column, endLine: o.endLine, endColumn: o.endColumn };
  }
  const file = sources.files.get(best.file);
  if (!file) return undefined;
  const a = file.lines.locate(best.span.start);
  const b = file.lines.locate(Math.max(best.span.start, best.span.end));
  return { file: best.file, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}
