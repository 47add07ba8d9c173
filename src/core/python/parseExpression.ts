/** Recursive-descent parser for Python expressions, following CPython's grammar precedence. */
import type {
  Arg,
  BinaryOp,
  CompareOp,
  ComprehensionFor,
  DictItem,
  Expr,
  FStringPart,
  StringExpr,
} from './ast.ts';
import type { Span } from './diagnostics.ts';
import { splitFString } from './fstring.ts';
import { splitStringLiteral, unescapePython } from './stringLiteral.ts';
import { ParseError, TokenStream, keywords } from './tokenStream.ts';
import type { Token } from './tokenize.ts';

const compareOps = new Set(['<', '>', '==', '>=', '<=', '!=']);
const binaryLevels: BinaryOp[][] = [['|'], ['^'], ['&'], ['<<', '>>'], ['+', '-'], ['*', '/', '//', '%', '@']];

/** Callback that parses the expression text inside an f-string field at absolute offsets. */
export type SubParse = (start: number, end: number) => Expr;

export class ExpressionParser extends TokenStream {
  constructor(
    tokens: Token[],
    protected readonly text: string,
    protected readonly subParse: SubParse,
  ) {
    super(tokens);
  }

  /** Parses the whole token list as one expression list (an f-string field). */
  parseWhole(): Expr {
    const expr = this.parseTestList();
    if (this.peek().kind !== 'eof') throw this.errorAtCurrent('invalid syntax');
    return expr;
  }

  /** `test (',' test)* [',']`: a bare comma list becomes an unparenthesized tuple. */
  parseTestList(allowStar = true): Expr {
    const first = allowStar ? this.parseStarOrTest() : this.parseTest();
    if (!this.isOp(',')) return first;
    const elts = [first];
    while (this.eatOp(',')) {
      if (!this.startsExpression()) break;
      elts.push(allowStar ? this.parseStarOrTest() : this.parseTest());
    }
    const last = elts[elts.length - 1] ?? first;
    return { kind: 'Tuple', elts, parenthesized: false, span: { start: first.span.start, end: last.span.end } };
  }

  protected startsExpression(): boolean {
    const t = this.peek();
    if (t.kind === 'name') return !keywords.has(t.text) || ['not', 'lambda', 'None', 'True', 'False', 'await'].includes(t.text);
    if (t.kind === 'number' || t.kind === 'string' || t.kind === 'baseVar') return true;
    return t.kind === 'op' && ['(', '[', '{', '-', '+', '~', '...', '*'].includes(t.text);
  }

  protected parseStarOrTest(): Expr {
    const star = this.eatOp('*');
    if (!star) return this.parseTest();
    const value = this.parseBinary(0);
    return { kind: 'Starred', value, span: { start: star.start, end: value.span.end } };
  }

  /** `or_test ['if' or_test 'else' test] | lambda`. */
  parseTest(): Expr {
    const t = this.peek();
    if (t.kind === 'name' && t.text === 'lambda') return this.parseLambda();
    const body = this.parseOr();
    if (!this.isKeyword('if')) return body;
    this.next();
    const test = this.parseOr();
    const elseToken = this.eatKeyword('else');
    if (!elseToken) throw this.errorAtCurrent("expected 'else' after 'if' expression");
    this.enter({ start: elseToken.start, end: elseToken.end });
    const orelse = this.parseTest();
    this.leave();
    return { kind: 'If', test, body, orelse, span: { start: body.span.start, end: orelse.span.end } };
  }

  private parseLambda(): Expr {
    const start = this.next();
    while (!this.isOp(':') && this.peek().kind !== 'newline' && this.peek().kind !== 'eof') this.next();
    this.expectOp(':');
    this.enter({ start: start.start, end: start.end });
    const body = this.parseTest();
    this.leave();
    return { kind: 'Unsupported', what: 'lambda', span: { start: start.start, end: body.span.end } };
  }

  private parseOr(): Expr {
    return this.parseBoolChain('or', () => this.parseAnd());
  }

  private parseAnd(): Expr {
    return this.parseBoolChain('and', () => this.parseNot());
  }

  private parseBoolChain(op: 'and' | 'or', operand: () => Expr): Expr {
    const first = operand();
    if (!this.isKeyword(op)) return first;
    const values = [first];
    while (this.eatKeyword(op)) values.push(operand());
    const last = values[values.length - 1] ?? first;
    return { kind: 'Bool', op, values, span: { start: first.span.start, end: last.span.end } };
  }

  private parseNot(): Expr {
    const not = this.eatKeyword('not');
    if (!not) return this.parseComparison();
    this.enter({ start: not.start, end: not.end });
    const operand = this.parseNot();
    this.leave();
    return { kind: 'Unary', op: 'not', operand, span: { start: not.start, end: operand.span.end } };
  }

  private parseComparison(): Expr {
    const left = this.parseBinary(0);
    const ops: CompareOp[] = [];
    const comparators: Expr[] = [];
    for (;;) {
      const t = this.peek();
      let op: CompareOp | undefined;
      if (t.kind === 'op' && compareOps.has(t.text)) {
        this.next();
        op = t.text as CompareOp;
      } else if (this.isKeyword('in')) {
        this.next();
        op = 'in';
      } else if (this.isKeyword('not') && this.isKeyword('in', 1)) {
        this.next();
        this.next();
        op = 'not in';
      } else if (this.isKeyword('is')) {
        this.next();
        op = this.eatKeyword('not') ? 'is not' : 'is';
      }
      if (op === undefined) break;
      ops.push(op);
      comparators.push(this.parseBinary(0));
    }
    if (ops.length === 0) return left;
    const last = comparators[comparators.length - 1] ?? left;
    return { kind: 'Compare', left, ops, comparators, span: { start: left.span.start, end: last.span.end } };
  }

  /** Left-associative binary levels from `|` down to `*`, then unary and `**`. */
  protected parseBinary(level: number): Expr {
    const ops = binaryLevels[level];
    if (ops === undefined) return this.parseFactor();
    let left = this.parseBinary(level + 1);
    for (;;) {
      const t = this.peek();
      if (t.kind !== 'op' || !(ops as string[]).includes(t.text)) return left;
      this.next();
      const right = this.parseBinary(level + 1);
      const node: Expr = {
        kind: 'Binary',
        op: t.text as BinaryOp,
        left,
        right,
        opSpan: { start: t.start, end: t.end },
        span: { start: left.span.start, end: right.span.end },
      };
      left = this.chained(node, left, right);
    }
  }

  private parseFactor(): Expr {
    const t = this.peek();
    if (t.kind === 'op' && (t.text === '-' || t.text === '+' || t.text === '~')) {
      this.next();
      this.enter({ start: t.start, end: t.end });
      const operand = this.parseFactor();
      this.leave();
      return { kind: 'Unary', op: t.text, operand, span: { start: t.start, end: operand.span.end } };
    }
    return this.parsePower();
  }

  private parsePower(): Expr {
    const t = this.peek();
    let base: Expr;
    if (t.kind === 'name' && t.text === 'await') {
      this.next();
      const operand = this.parsePrimary();
      base = { kind: 'Unsupported', what: 'await', span: { start: t.start, end: operand.span.end } };
    } else base = this.parsePrimary();
    const op = this.eatOp('**');
    if (!op) return base;
    this.enter({ start: op.start, end: op.end });
    const right = this.parseFactor();
    this.leave();
    return {
      kind: 'Binary',
      op: '**',
      left: base,
      right,
      opSpan: { start: op.start, end: op.end },
      span: { start: base.span.start, end: right.span.end },
    };
  }

  private parsePrimary(): Expr {
    let expr = this.parseAtom();
    for (;;) {
      if (this.eatOp('.')) {
        const name = this.peek();
        if (name.kind !== 'name') throw this.errorAtCurrent('expected a name after "."');
        this.next();
        const node: Expr = {
          kind: 'Attribute',
          value: expr,
          attr: name.text,
          attrSpan: { start: name.start, end: name.end },
          span: { start: expr.span.start, end: name.end },
        };
        expr = this.chained(node, expr);
      } else if (this.isOp('(')) {
        const open = this.next();
        this.enter({ start: open.start, end: open.end });
        const args = this.parseArgs();
        const close = this.expectOp(')', "expected ')' or ',' in the argument list");
        this.leave();
        expr = this.chained({ kind: 'Call', func: expr, args, span: { start: expr.span.start, end: close.end } }, expr);
      } else if (this.isOp('[')) {
        const open = this.next();
        this.enter({ start: open.start, end: open.end });
        const index = this.parseSubscript();
        const close = this.expectOp(']', "expected ']'");
        this.leave();
        expr = this.chained({ kind: 'Subscript', value: expr, index, span: { start: expr.span.start, end: close.end } }, expr, index);
      } else return expr;
    }
  }

  private parseArgs(): Arg[] {
    const args: Arg[] = [];
    while (!this.isOp(')')) {
      const t = this.peek();
      if (this.eatOp('**')) {
        const value = this.parseTest();
        args.push({ kind: 'doubleStar', value, span: { start: t.start, end: value.span.end } });
      } else if (this.eatOp('*')) {
        const value = this.parseTest();
        args.push({ kind: 'star', value, span: { start: t.start, end: value.span.end } });
      } else if (t.kind === 'name' && !keywords.has(t.text) && this.isOp('=', 1)) {
        this.next();
        this.next();
        const value = this.parseTest();
        args.push({
          kind: 'keyword',
          name: t.text,
          nameSpan: { start: t.start, end: t.end },
          value,
          span: { start: t.start, end: value.span.end },
        });
      } else {
        let value = this.parseTest();
        if (this.isKeyword('for') || this.isKeyword('async')) {
          const generators = this.parseComprehensionFors();
          value = {
            kind: 'Comprehension',
            type: 'generator',
            elt: value,
            generators,
            span: { start: value.span.start, end: this.peek().start },
          };
        }
        args.push({ kind: 'positional', value, span: value.span });
      }
      if (!this.eatOp(',')) break;
    }
    return args;
  }

  private parseSubscript(): Expr {
    const first = this.parseSliceItem();
    if (!this.isOp(',')) return first;
    const elts = [first];
    while (this.eatOp(',')) {
      if (this.isOp(']')) break;
      elts.push(this.parseSliceItem());
    }
    const last = elts[elts.length - 1] ?? first;
    return { kind: 'Tuple', elts, parenthesized: false, span: { start: first.span.start, end: last.span.end } };
  }

  private parseSliceItem(): Expr {
    const start = this.peek().start;
    const lower = this.isOp(':') ? undefined : this.parseTest();
    if (!this.isOp(':')) {
      if (lower === undefined) throw this.errorAtCurrent('invalid syntax');
      return lower;
    }
    this.next();
    const upper = this.isOp(':') || this.isOp(']') || this.isOp(',') ? undefined : this.parseTest();
    let step: Expr | undefined;
    if (this.eatOp(':')) step = this.isOp(']') || this.isOp(',') ? undefined : this.parseTest();
    return { kind: 'Slice', lower, upper, step, span: { start, end: this.tokens[this.pos - 1]?.end ?? start } };
  }

  protected parseComprehensionFors(): ComprehensionFor[] {
    const generators: ComprehensionFor[] = [];
    while (this.isKeyword('for') || this.isKeyword('async')) {
      const kw = this.next();
      if (kw.text === 'async') throw new ParseError({ start: kw.start, end: kw.end }, "'async' comprehensions are not supported");
      const target = this.parseTargetList();
      if (!this.eatKeyword('in')) throw this.errorAtCurrent("expected 'in'");
      const iter = this.parseOr();
      const ifs: Expr[] = [];
      while (this.eatKeyword('if')) ifs.push(this.parseOr());
      generators.push({ target, iter, ifs });
    }
    return generators;
  }

  /** Targets of `for ... in`: names, attributes, subscripts, tuples of them (no `in` operator). */
  private parseTargetList(): Expr {
    const first = this.parseStarTarget();
    if (!this.isOp(',')) return first;
    const elts = [first];
    while (this.eatOp(',')) {
      if (this.isKeyword('in')) break;
      elts.push(this.parseStarTarget());
    }
    const last = elts[elts.length - 1] ?? first;
    return { kind: 'Tuple', elts, parenthesized: false, span: { start: first.span.start, end: last.span.end } };
  }

  private parseStarTarget(): Expr {
    const star = this.eatOp('*');
    const value = this.parseBinary(0);
    return star ? { kind: 'Starred', value, span: { start: star.start, end: value.span.end } } : value;
  }

  private parseAtom(): Expr {
    const t = this.peek();
    switch (t.kind) {
      case 'number':
        this.next();
        return parseNumber(t);
      case 'string':
        return this.parseStrings();
      case 'baseVar': {
        this.next();
        const path = /_base_\.([\w.]+)/.exec(t.text)?.[1] ?? '';
        return { kind: 'BaseVar', path: path.split('.'), span: { start: t.start, end: t.end } };
      }
      case 'name':
        return this.parseNameAtom(t);
      case 'op':
        if (t.text === '(' || t.text === '[' || t.text === '{') {
          this.next();
          this.enter({ start: t.start, end: t.end });
          const expr = t.text === '(' ? this.parseParen(t) : t.text === '[' ? this.parseList(t) : this.parseBrace(t);
          this.leave();
          return expr;
        }
        if (t.text === '...') {
          this.next();
          return { kind: 'Ellipsis', span: { start: t.start, end: t.end } };
        }
        throw this.errorAtCurrent('invalid syntax');
      default:
        throw this.errorAtCurrent(t.kind === 'indent' ? 'unexpected indent' : 'invalid syntax');
    }
  }

  private parseNameAtom(t: Token): Expr {
    const span = { start: t.start, end: t.end };
    if (t.text === 'True' || t.text === 'False' || t.text === 'None') {
      this.next();
      return { kind: 'Const', value: t.text === 'None' ? null : t.text === 'True', span };
    }
    if (t.text === 'yield') {
      this.next();
      const value = this.startsExpression() ? this.parseTestList() : undefined;
      return { kind: 'Unsupported', what: 'yield', span: { start: t.start, end: value ? value.span.end : t.end } };
    }
    if (keywords.has(t.text)) throw this.errorAtCurrent('invalid syntax');
    this.next();
    return { kind: 'Name', id: t.text, span };
  }

  private parseParen(open: Token): Expr {
    const close = this.eatOp(')');
    if (close) return { kind: 'Tuple', elts: [], parenthesized: true, span: { start: open.start, end: close.end } };
    const first = this.parseStarOrTest();
    if (this.isKeyword('for') || this.isKeyword('async')) {
      const generators = this.parseComprehensionFors();
      const end = this.expectOp(')', "expected ')'");
      return { kind: 'Comprehension', type: 'generator', elt: first, generators, span: { start: open.start, end: end.end } };
    }
    if (this.isOp(':=')) throw this.errorAtCurrent("the walrus operator ':=' is not supported");
    if (this.eatOp(')')) {
      return first.kind === 'Starred' ? fail(first.span, 'cannot use starred expression here') : first;
    }
    const elts = [first];
    while (this.eatOp(',')) {
      if (this.isOp(')')) break;
      elts.push(this.parseStarOrTest());
    }
    const end = this.expectOp(')', "expected ')' or ','");
    return { kind: 'Tuple', elts, parenthesized: true, span: { start: open.start, end: end.end } };
  }

  private parseList(open: Token): Expr {
    const elts: Expr[] = [];
    if (!this.isOp(']')) {
      const first = this.parseStarOrTest();
      if (this.isKeyword('for') || this.isKeyword('async')) {
        const generators = this.parseComprehensionFors();
        const end = this.expectOp(']', "expected ']'");
        return { kind: 'Comprehension', type: 'list', elt: first, generators, span: { start: open.start, end: end.end } };
      }
      elts.push(first);
      while (this.eatOp(',')) {
        if (this.isOp(']')) break;
        elts.push(this.parseStarOrTest());
      }
    }
    const end = this.expectOp(']', "expected ']' or ','");
    return { kind: 'List', elts, span: { start: open.start, end: end.end } };
  }

  private parseBrace(open: Token): Expr {
    const empty = this.eatOp('}');
    if (empty) return { kind: 'Dict', items: [], span: { start: open.start, end: empty.end } };
    const items: DictItem[] = [];
    const setElts: Expr[] = [];
    let isDict: boolean | undefined;
    for (;;) {
      const t = this.peek();
      if (isDict !== false && this.eatOp('**')) {
        isDict = true;
        const spread = this.parseBinary(0);
        items.push({ spread, span: { start: t.start, end: spread.span.end } });
      } else {
        const key = isDict === true ? this.parseTest() : this.parseStarOrTest();
        if (isDict === undefined) isDict = this.isOp(':');
        if (isDict) {
          this.expectOp(':', "expected ':' after a dict key");
          const value = this.parseTest();
          if (items.length === 0 && (this.isKeyword('for') || this.isKeyword('async'))) {
            const generators = this.parseComprehensionFors();
            const end = this.expectOp('}', "expected '}'");
            return { kind: 'Comprehension', type: 'dict', elt: key, value, generators, span: { start: open.start, end: end.end } };
          }
          items.push({ key, value, span: { start: key.span.start, end: value.span.end } });
        } else {
          if (setElts.length === 0 && (this.isKeyword('for') || this.isKeyword('async'))) {
            const generators = this.parseComprehensionFors();
            const end = this.expectOp('}', "expected '}'");
            return { kind: 'Comprehension', type: 'set', elt: key, generators, span: { start: open.start, end: end.end } };
          }
          setElts.push(key);
        }
      }
      if (!this.eatOp(',') || this.isOp('}')) break;
    }
    const end = this.expectOp('}', "expected '}' or ','");
    const span = { start: open.start, end: end.end };
    return isDict ? { kind: 'Dict', items, span } : { kind: 'Set', elts: setElts, span };
  }

  /** Adjacent string literals are one value in Python (`'a' 'b'` is `'ab'`). */
  private parseStrings(): Expr {
    const pieces: Token[] = [];
    while (this.peek().kind === 'string') pieces.push(this.next());
    const first = pieces[0];
    const last = pieces[pieces.length - 1];
    if (!first || !last) throw this.errorAtCurrent('invalid syntax');
    const span = { start: first.start, end: last.end };
    const parts: FStringPart[] = [];
    let hasFormat = false;
    let bytes = 0;
    for (const piece of pieces) {
      const lit = splitStringLiteral(piece.text, piece.unterminated);
      if (lit.isBytes) bytes++;
      const body = piece.text.slice(lit.bodyStart, lit.bodyEnd);
      if (lit.isFormat) {
        hasFormat = true;
        parts.push(...splitFString(body, piece.start + lit.bodyStart, lit.isRaw, this.subParse));
      } else parts.push(lit.isRaw ? body.replace(/\r\n?/g, '\n') : unescapePython(body));
    }
    if (bytes > 0) {
      if (bytes !== pieces.length) throw new ParseError(span, 'cannot mix bytes and nonbytes literals');
      return { kind: 'Unsupported', what: 'bytes literal', span };
    }
    if (hasFormat) return { kind: 'FString', parts, span };
    const value: StringExpr = {
      kind: 'String',
      value: parts.join(''),
      pieces: pieces.map((p) => ({ start: p.start, end: p.end })),
      span,
    };
    return value;
  }
}

function fail(span: Span, message: string): never {
  throw new ParseError(span, message);
}

/** Reads a number token: `1` int, `1.`/`1e3`/`.5` float, hex/octal/binary int. */
function parseNumber(t: Token): Expr {
  const span = { start: t.start, end: t.end };
  const raw = t.text.replace(/_/g, '');
  if (/[jJ]$/.test(raw)) return { kind: 'Unsupported', what: 'complex number', span };
  const prefix = raw.slice(0, 2).toLowerCase();
  if (prefix === '0x' || prefix === '0o' || prefix === '0b') {
    const base = prefix === '0x' ? 16 : prefix === '0o' ? 8 : 2;
    const value = parseInt(raw.slice(2), base);
    return Number.isSafeInteger(value) ? { kind: 'Number', value, isFloat: false, span } : bigLiteral(BigInt(raw), span);
  }
  const isFloat = /[.eE]/.test(raw);
  if (!isFloat && raw.length > 1 && raw.startsWith('0') && /[1-9]/.test(raw)) {
    throw new ParseError(span, 'leading zeros in decimal integer literals are not permitted');
  }
  if (!isFloat && !Number.isSafeInteger(Number(raw))) return bigLiteral(BigInt(raw), span);
  return { kind: 'Number', value: Number(raw), isFloat, span };
}

/** An int literal past the safe range keeps its exact value (see bigInt.ts); 4,300 digits at most, as CPython. */
function bigLiteral(n: bigint, span: Span): Expr {
  const text = n.toString();
  if (text.length > 4300) throw new ParseError(span, 'Exceeds the limit (4300 digits) for integer string conversion');
  return { kind: 'Number', value: Number(n), isFloat: false, big: text, span };
}
