/** Cursor over tokens shared by the expression and statement parsers. */
import type { Span } from './diagnostics.ts';
import type { Token } from './tokenize.ts';
import { limits } from '../limits.ts';

/** Thrown inside the parser only; caught per statement and turned into a diagnostic. */
export class ParseError extends Error {
  constructor(
    readonly span: Span,
    message: string,
  ) {
    super(message);
  }
}

export const keywords = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue',
  'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in',
  'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);

/** Deeper nesting than this is reported instead of recursing (CPython stops near 200 too). */
const maxDepth = limits.parenDepth.value;
/** Longer left-nested chains (`1+1+...`, `x[0][0]...`) than this are reported: every tree walker recurses. */
const maxTreeDepth = limits.expressionDepth.value;

export class TokenStream {
  protected pos = 0;
  protected depth = 0;

  constructor(protected readonly tokens: Token[]) {}

  protected peek(offset = 0): Token {
    const t = this.tokens[Math.min(this.pos + offset, this.tokens.length - 1)];
    // The tokenizer always ends with an eof token, so this fallback is never used.
    return t ?? { kind: 'eof', text: '', start: 0, end: 0 };
  }

  protected next(): Token {
    const t = this.peek();
    if (this.pos < this.tokens.length - 1) this.pos++;
    return t;
  }

  protected isOp(text: string, offset = 0): boolean {
    const t = this.peek(offset);
    return t.kind === 'op' && t.text === text;
  }

  protected isKeyword(word: string, offset = 0): boolean {
    const t = this.peek(offset);
    return t.kind === 'name' && t.text === word;
  }

  protected eatOp(text: string): Token | undefined {
    return this.isOp(text) ? this.next() : undefined;
  }

  protected eatKeyword(word: string): Token | undefined {
    return this.isKeyword(word) ? this.next() : undefined;
  }

  protected expectOp(text: string, what?: string): Token {
    const t = this.eatOp(text);
    if (t) return t;
    throw this.errorAtCurrent(what ?? `expected '${text}'`);
  }

  protected errorAtCurrent(message: string): ParseError {
    const t = this.peek();
    if (t.kind === 'newline' || t.kind === 'eof') {
      const prev = this.tokens[this.pos - 1];
      const at = prev ? prev.end : t.start;
      return new ParseError({ start: at, end: at }, message === 'invalid syntax' ? 'unexpected end of line' : message);
    }
    const detail = message === 'invalid syntax' ? `invalid syntax: unexpected '${t.kind === 'indent' ? 'indent' : t.text}'` : message;
    return new ParseError({ start: t.start, end: t.end }, detail);
  }

  /** Guards recursion so hostile input gives a diagnostic, not a stack overflow. */
  protected enter(span: Span): void {
    if (++this.depth > maxDepth) {
      this.depth = 0;
      throw new ParseError(span, limits.parenDepth.message);
    }
  }

  protected leave(): void {
    this.depth--;
  }

  private readonly treeDepth = new WeakMap<object, number>();

  /**
   * Records the depth of a node built by a loop (a left-nested chain does not recurse in the
   * parser, but the evaluator and printers recurse over it) and reports it past the limit.
   */
  protected chained<T extends { span: Span }>(node: T, ...children: { span: Span }[]): T {
    let d = 0;
    for (const c of children) d = Math.max(d, this.treeDepth.get(c) ?? 1);
    if (d + 1 > maxTreeDepth) throw new ParseError(node.span, limits.expressionDepth.message);
    this.treeDepth.set(node, d + 1);
    return node;
  }
}
