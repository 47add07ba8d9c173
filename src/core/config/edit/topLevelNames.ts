/** Which top-level statements of a config bind or read a name: what decides how a key may be patched. */
import type { AssignStmt, Module, Stmt } from '../../python/ast.ts';

/** True when the statement reads, binds or mutates `name` anywhere inside it. */
export function mentionsName(stmt: Stmt, name: string): boolean {
  if (stmt.kind === 'Import' || stmt.kind === 'ImportFrom') {
    return stmt.names.some((a) => (a.asname ?? a.name.split('.')[0]) === name);
  }
  if (stmt.kind === 'With' && stmt.items.some((i) => i.asname === name)) return true;
  return containsName(stmt, name);
}

function containsName(node: unknown, name: string): boolean {
  if (typeof node !== 'object' || node === null) return false;
  if (Array.isArray(node)) return node.some((n) => containsName(n, name));
  const n = node as { kind?: unknown; id?: unknown };
  if (n.kind === 'Name') return n.id === name;
  return Object.values(node).some((v) => containsName(v, name));
}

function assignsOnly(stmt: Stmt, name: string): stmt is AssignStmt {
  return stmt.kind === 'Assign' && stmt.targets.length === 1 && stmt.targets[0]?.kind === 'Name' && stmt.targets[0].id === name;
}

/**
 * The last top-level `name = value` when its value can be rewritten in place without changing
 * any other key: no later statement reads or mutates `name` (`custom_keys.update(...)`,
 * `max_epochs` read by `runner = dict(max_epochs=max_epochs)`). Earlier statements may read it,
 * since they ran before the rewritten one.
 */
export function findPatchableAssignment(tree: Module, name: string): AssignStmt | undefined {
  const body = tree.body;
  for (let i = body.length - 1; i >= 0; i--) {
    const stmt = body[i];
    if (stmt === undefined || !mentionsName(stmt, name)) continue;
    return assignsOnly(stmt, name) ? stmt : undefined;
  }
  return undefined;
}

/**
 * The single statement defining `name` when deleting it loses nothing else: it is the only
 * statement that mentions `name`, and its value does not read `name` either.
 */
export function findRemovableAssignment(tree: Module, name: string): AssignStmt | undefined {
  const mentioning = tree.body.filter((s) => mentionsName(s, name));
  const only = mentioning[0];
  if (mentioning.length !== 1 || only === undefined || !assignsOnly(only, name)) return undefined;
  return containsName(only.value, name) ? undefined : only;
}

/** Every top-level statement that mentions `name`, in file order. */
export function statementsMentioning(tree: Module, name: string): Stmt[] {
  return tree.body.filter((s) => mentionsName(s, name));
}

/** True when the statement is the file's `_base_ = ...`. */
export function isBaseAssignment(stmt: Stmt): boolean {
  return stmt.kind === 'Assign' && stmt.targets[0]?.kind === 'Name' && stmt.targets[0].id === '_base_';
}
