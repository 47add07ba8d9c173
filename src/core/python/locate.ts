/** Finds where a config key is written in a module, for diagnostics and source maps. */
import type { Expr, Module } from './ast.ts';
import type { Span } from './diagnostics.ts';

/** The `key=value` (or `'key': value`) entry for `key` in a `dict(...)` call or `{...}` display. */
export function findDictEntry(expr: Expr, key: string): { entry: Span; value: Expr } | undefined {
  if (expr.kind === 'Dict') {
    for (let i = expr.items.length - 1; i >= 0; i--) {
      const item = expr.items[i];
      if (item && 'key' in item && item.key.kind === 'String' && item.key.value === key) return { entry: item.span, value: item.value };
    }
  } else if (expr.kind === 'Call' && expr.func.kind === 'Name' && expr.func.id === 'dict') {
    for (let i = expr.args.length - 1; i >= 0; i--) {
      const arg = expr.args[i];
      if (arg?.kind === 'keyword' && arg.name === key) return { entry: arg.span, value: arg.value };
    }
  }
  return undefined;
}

/**
 * The span of the deepest entry of `path` written in the module: the last top-level assignment of
 * `path[0]`, then nested `dict(...)`/`{...}` entries as far as they are literally written.
 */
export function locateKeyPath(tree: Module, path: readonly string[]): Span | undefined {
  const [top, ...rest] = path;
  if (top === undefined) return undefined;
  for (let i = tree.body.length - 1; i >= 0; i--) {
    const stmt = tree.body[i];
    if (stmt?.kind !== 'Assign' || !stmt.targets.some((t) => t.kind === 'Name' && t.id === top)) continue;
    let span: Span = stmt.span;
    let value: Expr = stmt.value;
    for (const key of rest) {
      const entry = findDictEntry(value, key);
      if (!entry) break;
      span = entry.entry;
      value = entry.value;
    }
    return span;
  }
  return undefined;
}
