/**
 * Evaluates a parsed config module without executing anything: only literals, names, the
 * arithmetic, comprehensions, builtins and methods configs use. Every other construct becomes a
 * diagnostic at its position and the statement is skipped; the rest of the module still runs.
 */
import { applyBinary, applyCompare, applyUnary } from './arith.ts';
import type { Arg, Expr, FStringPart, ImportFromStmt, ImportStmt, Module, Stmt, WithStmt } from './ast.ts';
import { builtinNames, callBuiltin, storable } from './builtins.ts';
import type { Keywords } from './builtins.ts';
import { LineIndex } from './diagnostics.ts';
import type { Diagnostic, Span } from './diagnostics.ts';
import { formatWithSpec } from './formatSpec.ts';
import { callMethod, hookValue } from './methods.ts';
import { reprPy, strPy } from './repr.ts';
import { EvalError, OpaqueValue, appendItems, isDictValue, iterate, numeric, truthy, typeName } from './runtime.ts';
import type { ConfigDictSet, Val } from './runtime.ts';
import { limits } from '../limits.ts';
import { valueLimitBroken } from './valueDepth.ts';
import { hasKey, isIndexLikeKey, isPyMap, isPyRef, isPyTuple, pyRef, pyTuple, refToString } from './value.ts';
import { dictDelete, dictEntries, dictFromEntries, dictGet, dictSet, isAnyDict, unhashableReason } from './pyMap.ts';
import type { AnyDict } from './pyMap.ts';
import type { PyValue } from './value.ts';

export { EvalError, OpaqueValue } from './runtime.ts';
export type { ConfigDictSet, Val } from './runtime.ts';

/** What the loaders plug in for the parts that depend on MMCV vs MMEngine semantics. */
export interface EvaluateOptions {
  /** Names defined before the module runs (MMEngine's `_base_`, a lazy config's base names). */
  globals?: Map<string, Val>;
  /** Dicts that behave as `ConfigDict` (attribute access, recursive `update`). */
  configDicts?: ConfigDictSet;
  /** The value of `{{_base_.a.b}}`; undefined when the bases have no such key. */
  resolveBaseVar?: (path: string[]) => PyValue | undefined;
  /**
   * Handles an import statement: bind names with `bind`, throw {@link EvalError} to report.
   * Without it, imports are not run: a warning is given and the names become opaque.
   */
  onImport?: (stmt: ImportStmt | ImportFromStmt, bind: (name: string, value: Val) => void) => void;
  /** Handles a `with` statement (MMEngine's `with read_base():`); without it, an error. */
  onWith?: (stmt: WithStmt, runBody: () => void) => void;
}

export interface EvaluateResult {
  /** Module-level names in Python's dict order (first assignment; re-added after `del`). */
  globals: Map<string, Val>;
  /** Span of the statement that last assigned each module-level name. */
  definitions: Map<string, Span>;
  diagnostics: Diagnostic[];
}

type Scope = { vars: Map<string, Val>; parent?: Scope };

/**
 * Work allowed for one module (expression steps plus items built). Real configs use a few
 * thousand; the cap keeps hostile input (`[i for i in range(10**6) for j in range(10**6)]`)
 * from freezing the page.
 */
const workBudget = limits.work.value;

function sizeOf(v: Val): number {
  if (typeof v === 'string') return v.length >> 4;
  if (Array.isArray(v)) return v.length;
  return isPyTuple(v) ? v.$tuple.length : 0;
}

/** Evaluates a module's statements in order, as `exec` would, within the config subset. */
export function evaluateModule(tree: Module, options: EvaluateOptions = {}): EvaluateResult {
  return new Evaluator(tree, options).run();
}

class Evaluator {
  private readonly globals: Map<string, Val>;
  private readonly definitions = new Map<string, Span>();
  private readonly diagnostics: Diagnostic[] = [];
  private readonly lines: LineIndex;
  private readonly configDicts: ConfigDictSet;
  private work = 0;

  constructor(
    private readonly tree: Module,
    private readonly options: EvaluateOptions,
  ) {
    this.globals = options.globals ?? new Map();
    this.configDicts = options.configDicts ?? new WeakSet();
    this.lines = new LineIndex(tree.text);
  }

  run(): EvaluateResult {
    this.runBlock(this.tree.body);
    this.dropTooDeepValues();
    return { globals: this.globals, definitions: this.definitions, diagnostics: this.diagnostics };
  }

  private runBlock(body: Stmt[]): void {
    for (const stmt of body) {
      if (this.work > workBudget) break;
      try {
        this.exec(stmt);
      } catch (e) {
        if (e instanceof RangeError) {
          // A stack overflow or an array/string too large for JS, from a value or expression past
          // the limits: Python raises RecursionError or MemoryError there; report it at the statement.
          this.diagnostics.push(this.lines.diagnose(stmt.span, 'error', tooLargeMessage(e)));
          continue;
        }
        if (!(e instanceof EvalError)) throw e;
        this.diagnostics.push(this.lines.diagnose(e.span ?? stmt.span, 'error', e.message));
      }
    }
  }

  /** Module names whose value nests past the limit (or contains itself) are reported and dropped. */
  private dropTooDeepValues(): void {
    for (const [name, v] of this.globals) {
      const broken = v instanceof OpaqueValue ? undefined : valueLimitBroken(v);
      if (broken === undefined) continue;
      const span = this.definitions.get(name) ?? this.tree.body[0]?.span ?? { start: 0, end: 0 };
      this.diagnostics.push(this.lines.diagnose(span, 'error', `'${name}': ${limits[broken].message}`));
      this.globals.delete(name);
    }
  }

  private exec(stmt: Stmt): void {
    switch (stmt.kind) {
      case 'Assign': {
        const value = this.evaluateExpr(stmt.value, undefined);
        for (const target of stmt.targets) {
          this.assign(target, value, undefined);
          if (target.kind === 'Name') this.definitions.set(target.id, stmt.span);
        }
        return;
      }
      case 'AugAssign':
        this.execAugAssign(stmt.target, stmt.op, stmt.value);
        return;
      case 'Expr':
        this.evaluateExpr(stmt.value, undefined);
        return;
      case 'Del':
        for (const target of stmt.targets) this.delete(target);
        return;
      case 'Pass':
      case 'Unsupported':
        // Unsupported statements were reported by the parser.
        return;
      case 'Import':
      case 'ImportFrom':
        this.execImport(stmt);
        return;
      case 'If':
        this.runBlock(this.takeBranch(stmt.test) ? stmt.body : stmt.orelse);
        return;
      case 'With':
        if (!this.options.onWith) throw new EvalError("'with' statements are not supported in a config", stmt.span);
        this.options.onWith(stmt, () => this.runBlock(stmt.body));
        return;
    }
  }

  /**
   * The truth of an `if` statement's condition. It must be known when the file is read: a value
   * from an import (or anything else the reader cannot know) would make the branch a guess.
   */
  private takeBranch(test: Expr): boolean {
    const value = this.evaluateExpr(test, undefined);
    if (value instanceof OpaqueValue) {
      throw new EvalError(`the condition of this 'if' is not known when the config is read (${value.description})`, test.span);
    }
    return truthy(value);
  }

  private execImport(stmt: ImportStmt | ImportFromStmt): void {
    const bind = (name: string, value: Val): void => {
      this.globals.set(name, value);
      this.definitions.set(name, stmt.span);
    };
    if (this.options.onImport) {
      this.options.onImport(stmt, bind);
      return;
    }
    for (const alias of stmt.names) {
      if (alias.name === '*') throw new EvalError("'import *' cannot be read without running the module", alias.span);
      const name = alias.asname ?? (stmt.kind === 'Import' ? (alias.name.split('.')[0] ?? alias.name) : alias.name);
      bind(name, new OpaqueValue(`imported name '${name}'`));
    }
    this.diagnostics.push(
      this.lines.diagnose(stmt.span, 'warning', 'imports are not run when reading a config; the names they bind are unknown'),
    );
  }

  private execAugAssign(target: Expr, op: Parameters<typeof applyBinary>[0], valueExpr: Expr): void {
    const current = this.evaluateExpr(target, undefined);
    const value = this.evaluateExpr(valueExpr, undefined);
    if (op === '+' && Array.isArray(current)) {
      // `list += iterable` extends the same list object in Python.
      appendItems(current, iterate(value, valueExpr.span));
      return;
    }
    const result = this.withSpan(target.span, () => applyBinary(op, current, value));
    this.assign(target, result, undefined);
  }

  private withSpan<T>(span: Span, f: () => T): T {
    try {
      return f();
    } catch (e) {
      if (e instanceof EvalError && e.span === undefined) e.span = span;
      throw e;
    }
  }

  private lookup(name: string, scope: Scope | undefined, span: Span): Val {
    for (let s = scope; s; s = s.parent) {
      if (s.vars.has(name)) return s.vars.get(name) ?? null;
    }
    if (this.globals.has(name)) return this.globals.get(name) ?? null;
    if (builtinNames.has(name)) throw new EvalError(`the builtin '${name}' can only be called here, not used as a value`, span);
    throw new EvalError(`name '${name}' is not defined`, span);
  }

  private assign(target: Expr, value: Val, scope: Scope | undefined): void {
    switch (target.kind) {
      case 'Name':
        (scope ? scope.vars : this.globals).set(target.id, value);
        return;
      case 'Tuple':
      case 'List': {
        const items = iterate(value, target.span);
        const star = target.elts.findIndex((e) => e.kind === 'Starred');
        const fixed = target.elts.length - (star >= 0 ? 1 : 0);
        if (star < 0 ? items.length !== fixed : items.length < fixed) {
          throw new EvalError(`cannot unpack ${items.length} values into ${fixed} targets`, target.span);
        }
        target.elts.forEach((e, i) => {
          if (star < 0 || i < star) this.assign(e, items[i] ?? null, scope);
          else if (i === star && e.kind === 'Starred') this.assign(e.value, items.slice(i, items.length - (fixed - i)), scope);
          else this.assign(e, items[items.length - (target.elts.length - i)] ?? null, scope);
        });
        return;
      }
      case 'Attribute': {
        const obj = this.evaluateExpr(target.value, scope);
        if (!isDictValue(obj) || !this.configDicts.has(obj)) {
          throw new EvalError(`'${typeName(obj, this.configDicts)}' object has no attribute '${target.attr}' to set`, target.span);
        }
        obj[target.attr] = hookValue(storable(value), this.configDicts);
        return;
      }
      case 'Subscript': {
        const obj = this.evaluateExpr(target.value, scope);
        const index = this.evaluateExpr(target.index, scope);
        this.withSpan(target.span, () => this.setItem(obj, index, storable(value)));
        return;
      }
      default:
        throw new EvalError('cannot assign to this expression', target.span);
    }
  }

  private setItem(obj: Val, index: Val, value: PyValue): void {
    if (isDictValue(obj)) {
      if (typeof index !== 'string' || isIndexLikeKey(index)) {
        throw new EvalError(
          'a dict written with string keys cannot take a non-string or integer-like key later; write the key in the dict literal instead',
        );
      }
      obj[index] = this.configDicts.has(obj) ? hookValue(value, this.configDicts) : value;
    } else if (isPyMap(obj)) {
 if (index instanceof OpaqueValue) throw new EvalError(`${index.description} cannot be a dict key`);
      const why = unhashableReason(index);
      if (why !== undefined) throw new EvalError(why);
      dictSet(obj, index, this.configDicts.has(obj) ? hookValue(value, this.configDicts) : value);
    } else if (Array.isArray(obj)) {
      obj[this.listIndex(obj, index)] = value;
    } else throw new EvalError(`'${typeName(obj)}' object does not support item assignment`);
  }

  private listIndex(list: readonly unknown[], index: Val): number {
    const n = numeric(index);
    if (!n || n.isFloat) throw new EvalError(`list indices must be integers, not ${typeName(index)}`);
    const i = n.value < 0 ? list.length + n.value : n.value;
    if (i < 0 || i >= list.length) throw new EvalError('list index out of range');
    return i;
  }

  private delete(target: Expr): void {
    switch (target.kind) {
      case 'Name':
        if (!this.globals.delete(target.id)) throw new EvalError(`name '${target.id}' is not defined`, target.span);
        this.definitions.delete(target.id);
        return;
      case 'Attribute': {
        const obj = this.evaluateExpr(target.value, undefined);
        if (!isDictValue(obj) || !this.configDicts.has(obj) || !hasKey(obj, target.attr)) {
          throw new EvalError(`'${typeName(obj, this.configDicts)}' object has no attribute '${target.attr}'`, target.span);
        }
        delete obj[target.attr];
        return;
      }
      case 'Subscript': {
        const obj = this.evaluateExpr(target.value, undefined);
        const index = this.evaluateExpr(target.index, undefined);
        if (isDictValue(obj) && typeof index === 'string') {
          if (!hasKey(obj, index)) throw new EvalError(`KeyError: ${reprPy(index)}`, target.span);
          delete obj[index];
        } else if (isPyMap(obj) && !(index instanceof OpaqueValue)) {
          if (!dictDelete(obj, index)) throw new EvalError(`KeyError: ${reprPy(index)}`, target.span);
        } else if (Array.isArray(obj)) {
          obj.splice(this.withSpan(target.span, () => this.listIndex(obj, index)), 1);
        } else throw new EvalError(`'${typeName(obj)}' object does not support item deletion`, target.span);
        return;
      }
      case 'Tuple':
      case 'List':
        for (const e of target.elts) this.delete(e);
        return;
      default:
        throw new EvalError('cannot delete this expression', target.span);
    }
  }

  private evaluateExpr(expr: Expr, scope: Scope | undefined): Val {
    return this.withSpan(expr.span, () => {
      const v = this.evalInner(expr, scope);
      this.spend(1 + (expr.kind === 'Binary' || expr.kind === 'Call' ? sizeOf(v) : 0));
      return v;
    });
  }

  private spend(units: number): void {
    this.work += units;
    if (this.work > workBudget) throw new EvalError(limits.work.message);
  }

  private evalPy(expr: Expr, scope: Scope | undefined): PyValue {
    const v = this.evaluateExpr(expr, scope);
    if (v instanceof OpaqueValue) throw new EvalError(`${v.description} comes from an import, which is not run`, expr.span);
    return v;
  }

  private evalInner(expr: Expr, scope: Scope | undefined): Val {
    switch (expr.kind) {
      case 'Number':
        if (expr.big !== undefined) return { $int: expr.big };
        return expr.isFloat ? (Number.isInteger(expr.value) || !Number.isFinite(expr.value) ? { $float: expr.value } : expr.value) : expr.value;
      case 'String':
        return expr.value;
      case 'FString':
        return this.evalFString(expr.parts, scope);
      case 'Const':
        return expr.value;
      case 'Ellipsis':
        throw new EvalError("'...' (Ellipsis) is not a config value");
      case 'BaseVar':
        return this.evalBaseVar(expr.path);
      case 'Name':
        return this.lookup(expr.id, scope, expr.span);
      case 'List':
        return this.evalItems(expr.elts, scope);
      case 'Tuple':
        return pyTuple(this.evalItems(expr.elts, scope));
      case 'Set':
        throw new EvalError('sets are not supported in config values; use a list or tuple');
      case 'Dict':
        return this.evalDict(expr, scope);
      case 'Call':
        return this.evalCall(expr.func, expr.args, scope);
      case 'Attribute':
        return this.getAttribute(this.evaluateExpr(expr.value, scope), expr.attr, expr.attrSpan);
      case 'Subscript':
        return this.getItem(this.evalPy(expr.value, scope), expr.index, scope);
      case 'Slice':
        throw new EvalError('a slice is only allowed inside [ ]');
      case 'Unary':
        return applyUnary(expr.op, this.evalPy(expr.operand, scope));
      case 'Binary': {
        const left = this.evalPy(expr.left, scope);
        const right = this.evalPy(expr.right, scope);
        return this.withSpan(expr.opSpan, () => applyBinary(expr.op, left, right));
      }
      case 'Bool': {
        let last: Val = null;
        for (const v of expr.values) {
          last = this.evaluateExpr(v, scope);
          if (expr.op === 'and' ? !truthy(last) : truthy(last)) return last;
        }
        return last;
      }
      case 'Compare': {
        let left = this.evalPy(expr.left, scope);
        for (let i = 0; i < expr.ops.length; i++) {
          const op = expr.ops[i];
          const rightExpr = expr.comparators[i];
          if (op === undefined || rightExpr === undefined) break;
          const right = this.evalPy(rightExpr, scope);
          if (!applyCompare(op, left, right)) return false;
          left = right;
        }
        return true;
      }
      case 'If':
        return truthy(this.evaluateExpr(expr.test, scope)) ? this.evaluateExpr(expr.body, scope) : this.evaluateExpr(expr.orelse, scope);
      case 'Comprehension':
        return this.evalComprehension(expr, scope);
      case 'Starred':
        throw new EvalError("can't use starred expression here");
      case 'Unsupported':
        throw new EvalError(`'${expr.what}' is not supported in a config`);
    }
  }

  private evalBaseVar(path: string[]): PyValue {
    const value = this.options.resolveBaseVar?.(path);
    if (value === undefined) throw new EvalError(`'{{_base_.${path.join('.')}}}' does not name a value of the base configs`);
    return value;
  }

  private evalItems(elts: Expr[], scope: Scope | undefined): PyValue[] {
    const out: PyValue[] = [];
    for (const e of elts) {
      if (e.kind === 'Starred') appendItems(out, iterate(this.evalPy(e.value, scope), e.span));
      else out.push(this.evalPy(e, scope));
    }
    return out;
  }

  private evalDict(expr: Extract<Expr, { kind: 'Dict' }>, scope: Scope | undefined): AnyDict {
    const entries: [PyValue, PyValue][] = [];
    for (const item of expr.items) {
      if ('spread' in item) {
        const v = this.evalPy(item.spread, scope);
        if (!isAnyDict(v)) throw new EvalError(`'${typeName(v)}' object is not a mapping`, item.spread.span);
        for (const entry of dictEntries(v)) entries.push(entry);
      } else {
        const key = this.evalKey(item.key, scope);
        entries.push([key, this.evalPy(item.value, scope)]);
      }
    }
    return dictFromEntries(entries);
  }

  /** A dict key: any hashable value (str, int, float, bool, None, a tuple of them), as Python allows. */
  private evalKey(expr: Expr, scope: Scope | undefined): PyValue {
    const key = this.evalPy(expr, scope);
    const why = unhashableReason(key);
    if (why !== undefined) throw new EvalError(why, expr.span);
    return key;
  }

  private evalArgs(args: Arg[], scope: Scope | undefined): { pos: Val[]; kw: Keywords } {
    const pos: Val[] = [];
    const kw: Keywords = [];
    const seen = new Set<string>();
    const addKeyword = (name: string, value: Val, span: Span): void => {
      if (seen.has(name)) throw new EvalError(`got multiple values for keyword argument '${name}'`, span);
      seen.add(name);
      kw.push([name, value]);
    };
    for (const arg of args) {
      switch (arg.kind) {
        case 'positional':
          pos.push(this.evaluateExpr(arg.value, scope));
          break;
        case 'star':
          appendItems(pos, iterate(this.evalPy(arg.value, scope), arg.span));
          break;
        case 'keyword':
          addKeyword(arg.name, this.evaluateExpr(arg.value, scope), arg.span);
          break;
        case 'doubleStar': {
          const v = this.evalPy(arg.value, scope);
          if (isPyMap(v)) {
            // A map of string keys (one like '1' makes a str dict a map) passes them on in order.
            for (const [k, x] of v.$map) {
              if (typeof k !== 'string') throw new EvalError('keywords must be strings', arg.span);
              addKeyword(k, x, arg.span);
            }
            break;
          }
          if (!isDictValue(v)) throw new EvalError(`argument after ** must be a mapping, not ${typeName(v)}`, arg.span);
          for (const [k, x] of Object.entries(v)) addKeyword(k, x, arg.span);
          break;
        }
      }
    }
    return { pos, kw };
  }

  private evalCall(func: Expr, args: Arg[], scope: Scope | undefined): Val {
    if (func.kind === 'Name') {
      const bound = this.isBound(func.id, scope);
      if (!bound && builtinNames.has(func.id)) {
        const { pos, kw } = this.evalArgs(args, scope);
        return callBuiltin(func.id, pos, kw);
      }
      const callee = this.lookup(func.id, scope, func.span);
      throw new EvalError(
        isPyRef(callee) || callee instanceof OpaqueValue
          ? `calling the imported '${func.id}' is not supported: a config is read, never run`
          : `calling '${func.id}' is not supported in a config`,
        func.span,
      );
    }
    if (func.kind === 'Attribute') {
      const obj = this.evaluateExpr(func.value, scope);
      if (isPyRef(obj)) throw new EvalError(`calling '${refToString(obj)}.${func.attr}' is not supported: a config is read, never run`, func.span);
      const { pos, kw } = this.evalArgs(args, scope);
      return this.withSpan(func.attrSpan, () => callMethod(obj, func.attr, pos, kw, this.configDicts));
    }
    throw new EvalError('only dict(), list() and similar builtins and a few methods can be called in a config', func.span);
  }

  private isBound(name: string, scope: Scope | undefined): boolean {
    for (let s = scope; s; s = s.parent) if (s.vars.has(name)) return true;
    return this.globals.has(name);
  }

  private getAttribute(obj: Val, attr: string, span: Span): Val {
    if (isPyRef(obj)) {
      // mmengine's LazyAttr: its module is the parent's full path, its name the attribute.
      return pyRef(obj.$ref === obj.module ? obj.module : refToString(obj), attr);
    }
    if (isDictValue(obj) && this.configDicts.has(obj)) {
      if (!hasKey(obj, attr)) throw new EvalError(`'ConfigDict' object has no attribute '${attr}'`, span);
      return obj[attr] ?? null;
    }
    if (obj instanceof OpaqueValue) throw new EvalError(`${obj.description} comes from an import, which is not run`, span);
    throw new EvalError(`'${typeName(obj)}' object has no attribute '${attr}'`, span);
  }

  private getItem(obj: PyValue, indexExpr: Expr, scope: Scope | undefined): PyValue {
    const seq = Array.isArray(obj) ? obj : isPyTuple(obj) ? obj.$tuple : typeof obj === 'string' ? Array.from(obj) : undefined;
    if (indexExpr.kind === 'Slice') {
      if (!seq) throw new EvalError(`'${typeName(obj)}' object is not subscriptable with a slice`);
      const bound = (e: Expr | undefined): number | undefined => {
        if (e === undefined) return undefined;
        const v = this.evalPy(e, scope);
        if (v === null) return undefined;
        const n = numeric(v);
        if (!n || n.isFloat) throw new EvalError('slice indices must be integers or None', e.span);
        return n.value;
      };
      const items = sliceItems(seq, bound(indexExpr.lower), bound(indexExpr.upper), bound(indexExpr.step));
      return Array.isArray(obj) ? items : isPyTuple(obj) ? pyTuple(items) : items.join('');
    }
    const index = this.evalPy(indexExpr, scope);
    if (isDictValue(obj) || isPyMap(obj)) {
      const found = dictGet(obj, index);
      if (found === undefined) throw new EvalError(`KeyError: ${reprPy(index)}`);
      return found;
    }
    if (seq) return seq[this.listIndex(seq, index)] ?? null;
    throw new EvalError(`'${typeName(obj)}' object is not subscriptable`);
  }

  /** An f-string's text, charged to the work budget like any other string it builds. */
  private evalFString(parts: FStringPart[], scope: Scope | undefined): string {
    const out: string[] = [];
    let length = 0;
    for (const part of parts) {
      let piece: string;
      if (typeof part === 'string') piece = part;
      else {
        const v = this.evalPy(part.expr, scope);
        const spec = part.spec ? this.evalFString(part.spec, scope) : '';
        const converted = part.conversion === 'r' || part.conversion === 'a' ? reprPy(v) : part.conversion === 's' ? strPy(v) : v;
        piece = this.withSpan(part.span, () => formatWithSpec(converted, spec));
      }
      length += piece.length;
      if (length > limits.stringLength.value) throw new EvalError(limits.stringLength.message);
      this.spend(piece.length >> 4);
      out.push(piece);
    }
    return out.join('');
  }

  private evalComprehension(expr: Extract<Expr, { kind: 'Comprehension' }>, outer: Scope | undefined): PyValue {
    const scope: Scope = { vars: new Map(), parent: outer };
    const list: PyValue[] = [];
    const entries: [PyValue, PyValue][] = [];
    const visit = (level: number): void => {
      const gen = expr.generators[level];
      if (gen === undefined) {
        if (expr.type === 'dict') {
          const key = this.evalKey(expr.elt, scope);
          entries.push([key, expr.value ? this.evalPy(expr.value, scope) : null]);
        } else list.push(this.evalPy(expr.elt, scope));
        return;
      }
      // The first iterable is evaluated in the enclosing scope, as Python does.
      const items = iterate(this.evalPy(gen.iter, level === 0 ? outer : scope), gen.iter.span);
      for (const item of items) {
        this.spend(1);
        this.assign(gen.target, item, scope);
        if (gen.ifs.every((cond) => truthy(this.evaluateExpr(cond, scope)))) visit(level + 1);
      }
    };
    visit(0);
    if (expr.type === 'set') throw new EvalError('sets are not supported in config values; use a list or tuple');
    return expr.type === 'dict' ? dictFromEntries(entries) : list;
  }
}

function tooLargeMessage(e: RangeError): string {
  return /call stack/i.test(e.message) ? `RecursionError: ${limits.valueDepth.message}` : `MemoryError: the value is too large (${e.message})`;
}

function sliceItems<T>(seq: readonly T[], lower: number | undefined, upper: number | undefined, step = 1): T[] {
  if (step === 0) throw new EvalError('slice step cannot be zero');
  const n = seq.length;
  const clamp = (i: number, lo: number, hi: number): number => Math.min(Math.max(i < 0 ? i + n : i, lo), hi);
  const out: T[] = [];
  if (step > 0) {
    const start = lower === undefined ? 0 : clamp(lower, 0, n);
    const stop = upper === undefined ? n : clamp(upper, 0, n);
    for (let i = start; i < stop; i += step) out.push(seq[i] as T);
  } else {
    const start = lower === undefined ? n - 1 : clamp(lower, -1, n - 1);
    const stop = upper === undefined ? -1 : clamp(upper, -1, n - 1);
    for (let i = start; i > stop; i += step) out.push(seq[i] as T);
  }
  return out;
}
