/**
 * The syntax tree of the Python subset configs use. Every node keeps its source span
 * (UTF-16 offsets), so a writer can replace one value's text and leave the rest of the file,
 * comments included, as it was.
 */
import type { Span } from './diagnostics.ts';

export type Expr =
  | NameExpr
  | NumberExpr
  | StringExpr
  | FStringExpr
  | ConstExpr
  | EllipsisExpr
  | BaseVarExpr
  | ListExpr
  | TupleExpr
  | SetExpr
  | DictExpr
  | CallExpr
  | AttributeExpr
  | SubscriptExpr
  | SliceExpr
  | UnaryExpr
  | BinaryExpr
  | BoolExpr
  | CompareExpr
  | IfExpr
  | ComprehensionExpr
  | StarredExpr
  | UnsupportedExpr;

export interface NameExpr { kind: 'Name'; id: string; span: Span }
/** `isFloat` keeps `1.` and `1e3` apart from `1`; the value is the parsed number. */
/** `big`: the exact decimal text of an int literal outside JS's safe integer range. */
export interface NumberExpr { kind: 'Number'; value: number; isFloat: boolean; big?: string; span: Span }
/** One string literal or several implicitly concatenated ones; `pieces` are their spans. */
export interface StringExpr { kind: 'String'; value: string; pieces: Span[]; span: Span }
export interface FStringField { expr: Expr; conversion?: 's' | 'r' | 'a'; spec?: FStringPart[]; span: Span }
export type FStringPart = string | FStringField;
/** An f-string, possibly concatenated with plain strings; literal text and fields in order. */
export interface FStringExpr { kind: 'FString'; parts: FStringPart[]; span: Span }
export interface ConstExpr { kind: 'Const'; value: true | false | null; span: Span }
export interface EllipsisExpr { kind: 'Ellipsis'; span: Span }
/** `{{_base_.a.b}}`: MMCV/MMEngine replace it with the value at that path of the merged bases. */
export interface BaseVarExpr { kind: 'BaseVar'; path: string[]; span: Span }
export interface ListExpr { kind: 'List'; elts: Expr[]; span: Span }
export interface TupleExpr { kind: 'Tuple'; elts: Expr[]; parenthesized: boolean; span: Span }
export interface SetExpr { kind: 'Set'; elts: Expr[]; span: Span }
export type DictItem = { key: Expr; value: Expr; span: Span } | { spread: Expr; span: Span };
export interface DictExpr { kind: 'Dict'; items: DictItem[]; span: Span }
export type Arg =
  | { kind: 'positional'; value: Expr; span: Span }
  | { kind: 'keyword'; name: string; nameSpan: Span; value: Expr; span: Span }
  | { kind: 'star'; value: Expr; span: Span }
  | { kind: 'doubleStar'; value: Expr; span: Span };
export interface CallExpr { kind: 'Call'; func: Expr; args: Arg[]; span: Span }
export interface AttributeExpr { kind: 'Attribute'; value: Expr; attr: string; attrSpan: Span; span: Span }
export interface SubscriptExpr { kind: 'Subscript'; value: Expr; index: Expr; span: Span }
export interface SliceExpr { kind: 'Slice'; lower?: Expr; upper?: Expr; step?: Expr; span: Span }
export type UnaryOp = '-' | '+' | '~' | 'not';
export interface UnaryExpr { kind: 'Unary'; op: UnaryOp; operand: Expr; span: Span }
export type BinaryOp = '+' | '-' | '*' | '/' | '//' | '%' | '**' | '@' | '|' | '^' | '&' | '<<' | '>>';
export interface BinaryExpr { kind: 'Binary'; op: BinaryOp; left: Expr; right: Expr; opSpan: Span; span: Span }
export interface BoolExpr { kind: 'Bool'; op: 'and' | 'or'; values: Expr[]; span: Span }
export type CompareOp = '<' | '>' | '==' | '>=' | '<=' | '!=' | 'in' | 'not in' | 'is' | 'is not';
export interface CompareExpr { kind: 'Compare'; left: Expr; ops: CompareOp[]; comparators: Expr[]; span: Span }
export interface IfExpr { kind: 'If'; test: Expr; body: Expr; orelse: Expr; span: Span }
export interface ComprehensionFor { target: Expr; iter: Expr; ifs: Expr[] }
export interface ComprehensionExpr {
  kind: 'Comprehension';
  type: 'list' | 'set' | 'dict' | 'generator';
  /** The element; for a dict comprehension the key. */
  elt: Expr;
  value?: Expr;
  generators: ComprehensionFor[];
  span: Span;
}
export interface StarredExpr { kind: 'Starred'; value: Expr; span: Span }
/** Syntax that parses but that a config reader does not support (lambda, await, yield...). */
export interface UnsupportedExpr { kind: 'Unsupported'; what: string; span: Span }

export type Stmt =
  | AssignStmt
  | AugAssignStmt
  | ExprStmt
  | DelStmt
  | PassStmt
  | ImportStmt
  | ImportFromStmt
  | WithStmt
  | IfStmt
  | UnsupportedStmt;

/** `a = b = value`: targets in source order. */
export interface AssignStmt { kind: 'Assign'; targets: Expr[]; value: Expr; span: Span }
export interface AugAssignStmt { kind: 'AugAssign'; target: Expr; op: BinaryOp; value: Expr; span: Span }
export interface ExprStmt { kind: 'Expr'; value: Expr; span: Span }
export interface DelStmt { kind: 'Del'; targets: Expr[]; span: Span }
export interface PassStmt { kind: 'Pass'; span: Span }
export interface ImportAlias { name: string; asname?: string; span: Span }
export interface ImportStmt { kind: 'Import'; names: ImportAlias[]; span: Span }
/** `from ..a.b import x as y` has level 2, module 'a.b'; `import *` has names `[{ name: '*' }]`. */
export interface ImportFromStmt { kind: 'ImportFrom'; level: number; module: string; names: ImportAlias[]; span: Span }
export interface WithStmt { kind: 'With'; items: { context: Expr; asname?: string }[]; body: Stmt[]; span: Span }
/**
 * `if test: body` with its `elif`/`else` clauses; an `elif` is an `If` alone in `orelse`
 * (as in Python's own tree). Read like an expression: only the taken branch is evaluated.
 */
export interface IfStmt { kind: 'If'; test: Expr; body: Stmt[]; orelse: Stmt[]; span: Span }
/** A statement kind configs do not need (def, class, for...), kept only as a span. */
export interface UnsupportedStmt { kind: 'Unsupported'; keyword: string; span: Span }

/** A `#` comment, kept aside so a writer can put it back. */
export interface Comment {
  text: string;
  span: Span;
  /** True when nothing but whitespace precedes it on its line. */
  ownLine: boolean;
}

export interface Module {
  body: Stmt[];
  comments: Comment[];
  text: string;
}
