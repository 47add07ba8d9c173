/**
 * Python config text -> syntax tree with positions and comments. Hand-written over our own
 * tokenizer (see tokenize.ts). It never throws and never runs anything: problems are diagnostics,
 * and a statement with a syntax error is left out of the tree while the rest is still read.
 */
import type { Expr, ImportAlias, Module, Stmt } from './ast.ts';
import { LineIndex } from './diagnostics.ts';
import type { Diagnostic, Span } from './diagnostics.ts';
import { ExpressionParser } from './parseExpression.ts';
import { ParseError, keywords } from './tokenStream.ts';
import { tokenizePython } from './tokenize.ts';
import type { Token } from './tokenize.ts';

export interface ParseResult {
  tree: Module;
  diagnostics: Diagnostic[];
}

const compoundKeywords = new Set(['elif', 'else', 'for', 'while', 'def', 'class', 'try', 'except', 'finally', 'async']);
/** Clauses that continue a compound statement already reported. */
const clauseKeywords = new Set(['elif', 'else', 'except', 'finally']);
const simpleUnsupported = new Set(['return', 'raise', 'global', 'nonlocal', 'assert', 'break', 'continue']);
const augOps: Record<string, string> = {
  '+=': '+', '-=': '-', '*=': '*', '/=': '/', '//=': '//', '%=': '%', '**=': '**', '@=': '@',
  '&=': '&', '|=': '|', '^=': '^', '<<=': '<<', '>>=': '>>',
};

/** Parses Python source into a {@link Module}; diagnostics carry 1-based line and column. */
export function parsePython(text: string): ParseResult {
  const lexed = tokenizePython(text);
  const parseErrors: { span: Span; message: string }[] = [];
  const parser = new StatementParser(lexed.tokens, text, parseErrors);
  const body = parser.parseBlock(false);
  // After a bracket that is never closed, the rest of the file is one line to the parser:
  // its complaints there are knock-on effects, as CPython's single message suggests.
  let unclosed = Infinity;
  for (const e of lexed.errors) if (e.message.endsWith('was never closed')) unclosed = Math.min(unclosed, e.span.start);
  const errors = [...lexed.errors, ...parseErrors.filter((e) => !(e.span.start > unclosed))];
  const lines = new LineIndex(text);
  const diagnostics = dedupeByLine(errors, lines);
  return { tree: { body, comments: lexed.comments, text }, diagnostics };
}

/** Keeps the first error of each line: later ones are usually knock-on effects. */
function dedupeByLine(errors: { span: Span; message: string }[], lines: LineIndex): Diagnostic[] {
  const seen = new Set<number>();
  const out: Diagnostic[] = [];
  for (const e of [...errors].sort((a, b) => a.span.start - b.span.start)) {
    const d = lines.diagnose(e.span, 'error', e.message);
    if (seen.has(d.line)) continue;
    seen.add(d.line);
    out.push(d);
  }
  return out;
}

class StatementParser extends ExpressionParser {
  constructor(
    tokens: Token[],
    text: string,
    private readonly errors: { span: Span; message: string }[],
  ) {
    super(tokens, text, (start, end) => this.parseFieldExpression(start, end));
  }

  /** Parses statements until eof, or until the dedent closing an indented block. */
  parseBlock(inBlock: boolean): Stmt[] {
    const body: Stmt[] = [];
    let lastUnsupported = false;
    for (;;) {
      const t = this.peek();
      if (t.kind === 'eof') break;
      if (t.kind === 'dedent') {
        this.next();
        if (inBlock) break;
        continue;
      }
      if (t.kind === 'newline') {
        this.next();
        continue;
      }
      if (t.kind === 'indent') {
        this.errors.push({ span: { start: t.start, end: t.end + 1 }, message: 'unexpected indent' });
        this.next();
        this.skipBlockBody();
        continue;
      }
      const before = this.pos;
      try {
        this.depth = 0;
        const stmts = this.parseStatement(lastUnsupported);
        lastUnsupported = stmts.length === 1 && stmts[0]?.kind === 'Unsupported';
        for (const s of stmts) body.push(s);
      } catch (e) {
        if (!(e instanceof ParseError)) throw e;
        this.errors.push({ span: e.span, message: e.message });
        this.skipToLineEnd();
        lastUnsupported = false;
      }
      if (this.pos === before) this.next();
    }
    return body;
  }

  private skipToLineEnd(): void {
    while (this.peek().kind !== 'newline' && this.peek().kind !== 'eof') this.next();
    if (this.peek().kind === 'newline') this.next();
  }

  /** Skips an indented block whose indent token was already consumed. */
  private skipBlockBody(): void {
    let level = 1;
    while (level > 0 && this.peek().kind !== 'eof') {
      const t = this.next();
      if (t.kind === 'indent') level++;
      else if (t.kind === 'dedent') level--;
    }
  }

  private parseStatement(afterUnsupported: boolean): Stmt[] {
    const t = this.peek();
    if (t.kind === 'name') {
      if (t.text === 'with') return [this.parseWith()];
      if (t.text === 'if') return [this.parseIf()];
      if (compoundKeywords.has(t.text)) return [this.skipCompound(t, afterUnsupported && clauseKeywords.has(t.text))];
    }
    if (t.kind === 'op' && t.text === '@') return [this.skipCompound(t, false)];
    const stmts: Stmt[] = [];
    for (;;) {
      stmts.push(this.parseSimpleStatement());
      if (!this.eatOp(';')) break;
      if (this.peek().kind === 'newline' || this.peek().kind === 'eof') break;
    }
    const end = this.peek();
    if (end.kind !== 'newline' && end.kind !== 'eof') throw this.errorAtCurrent('invalid syntax');
    this.next();
    return stmts;
  }

  /** Records a def/class/if/for... statement as unsupported and skips its whole body. */
  private skipCompound(t: Token, quiet: boolean): Stmt {
    const keyword = t.text === '@' ? 'decorator' : t.text;
    if (!quiet) {
      this.errors.push({
        span: { start: t.start, end: t.end },
        message: `'${keyword}' statements are not supported in a config: it is read, never run`,
      });
    }
    let end = t.end;
    while (this.peek().kind !== 'newline' && this.peek().kind !== 'eof') end = this.next().end;
    this.next();
    if (this.peek().kind === 'indent') {
      this.next();
      this.skipBlockBody();
      end = this.tokens[this.pos - 1]?.start ?? end;
    }
    if (keyword === 'decorator' && this.isKeyword('def')) this.skipCompound(this.peek(), true);
    if (keyword === 'decorator' && this.isKeyword('class')) this.skipCompound(this.peek(), true);
    return { kind: 'Unsupported', keyword, span: { start: t.start, end } };
  }

  private parseSimpleStatement(): Stmt {
    const t = this.peek();
    if (t.kind === 'name') {
      switch (t.text) {
        case 'import':
          return this.parseImport();
        case 'from':
          return this.parseFromImport();
        case 'pass':
          this.next();
          return { kind: 'Pass', span: { start: t.start, end: t.end } };
        case 'del': {
          this.next();
          const targets = this.parseTestList(false);
          const list = targets.kind === 'Tuple' && !targets.parenthesized ? targets.elts : [targets];
          for (const target of list) this.checkTarget(target, 'delete');
          return { kind: 'Del', targets: list, span: { start: t.start, end: targets.span.end } };
        }
        default:
          if (simpleUnsupported.has(t.text)) {
            let end = t.end;
            while (this.peek().kind !== 'newline' && this.peek().kind !== 'eof' && !this.isOp(';')) end = this.next().end;
            this.errors.push({
              span: { start: t.start, end: t.end },
              message: `'${t.text}' statements are not supported in a config: it is read, never run`,
            });
            return { kind: 'Unsupported', keyword: t.text, span: { start: t.start, end } };
          }
      }
    }
    const first = this.parseTestList();
    if (this.isOp('=')) {
      const targets = [first];
      let value = first;
      while (this.eatOp('=')) {
        value = this.parseTestList();
        targets.push(value);
      }
      targets.pop();
      for (const target of targets) this.checkTarget(target, 'assign to');
      return { kind: 'Assign', targets, value, span: { start: first.span.start, end: value.span.end } };
    }
    const op = this.peek();
    const aug = op.kind === 'op' ? augOps[op.text] : undefined;
    if (aug !== undefined) {
      this.next();
      if (!['Name', 'Attribute', 'Subscript'].includes(first.kind)) {
        throw new ParseError(first.span, `'${describe(first)}' is an illegal expression for augmented assignment`);
      }
      const value = this.parseTestList();
      return { kind: 'AugAssign', target: first, op: aug as never, value, span: { start: first.span.start, end: value.span.end } };
    }
    if (this.isOp(':')) throw this.errorAtCurrent('annotated assignments are not supported in a config');
    return { kind: 'Expr', value: first, span: first.span };
  }

  private checkTarget(target: Expr, verb: string): void {
    switch (target.kind) {
      case 'Name':
        if (keywords.has(target.id)) throw new ParseError(target.span, `cannot ${verb} ${target.id}`);
        return;
      case 'Attribute':
      case 'Subscript':
        return;
      case 'Tuple':
      case 'List':
        for (const e of target.elts) this.checkTarget(e, verb);
        return;
      case 'Starred':
        if (verb === 'delete') break;
        this.checkTarget(target.value, verb);
        return;
      default:
        break;
    }
    throw new ParseError(target.span, `cannot ${verb} ${describe(target)}`);
  }

  private parseDottedName(): { name: string; span: Span } {
    const first = this.peek();
    if (first.kind !== 'name' || keywords.has(first.text)) throw this.errorAtCurrent('expected a module name');
    this.next();
    let name = first.text;
    let end = first.end;
    while (this.isOp('.') && this.peek(1).kind === 'name') {
      this.next();
      const part = this.next();
      name += `.${part.text}`;
      end = part.end;
    }
    return { name, span: { start: first.start, end } };
  }

  private parseAlias(dotted: boolean): ImportAlias {
    const { name, span } = dotted ? this.parseDottedName() : this.parsePlainName();
    if (!this.eatKeyword('as')) return { name, span };
    const as = this.parsePlainName();
    return { name, asname: as.name, span: { start: span.start, end: as.span.end } };
  }

  private parsePlainName(): { name: string; span: Span } {
    const t = this.peek();
    if (t.kind !== 'name' || keywords.has(t.text)) throw this.errorAtCurrent('expected a name');
    this.next();
    return { name: t.text, span: { start: t.start, end: t.end } };
  }

  private parseImport(): Stmt {
    const kw = this.next();
    const names = [this.parseAlias(true)];
    while (this.eatOp(',')) names.push(this.parseAlias(true));
    const last = names[names.length - 1];
    return { kind: 'Import', names, span: { start: kw.start, end: last ? last.span.end : kw.end } };
  }

  private parseFromImport(): Stmt {
    const kw = this.next();
    let level = 0;
    for (;;) {
      if (this.eatOp('.')) level++;
      else if (this.eatOp('...')) level += 3;
      else break;
    }
    const module = this.isKeyword('import') ? '' : this.parseDottedName().name;
    if (level === 0 && module === '') throw this.errorAtCurrent('expected a module name');
    if (!this.eatKeyword('import')) throw this.errorAtCurrent("expected 'import'");
    const names: ImportAlias[] = [];
    const star = this.eatOp('*');
    if (star) names.push({ name: '*', span: { start: star.start, end: star.end } });
    else {
      const paren = this.eatOp('(');
      names.push(this.parseAlias(false));
      while (this.eatOp(',')) {
        if (paren && this.isOp(')')) break;
        names.push(this.parseAlias(false));
      }
      if (paren) this.expectOp(')', "expected ')'");
    }
    const end = this.tokens[this.pos - 1]?.end ?? kw.end;
    return { kind: 'ImportFrom', level, module, names, span: { start: kw.start, end } };
  }

  private parseWith(): Stmt {
    const kw = this.next();
    const items: { context: Expr; asname?: string }[] = [];
    do {
      const context = this.parseTest();
      const asname = this.eatKeyword('as') ? this.parsePlainName().name : undefined;
      items.push({ context, asname });
    } while (this.eatOp(','));
    this.expectOp(':', "expected ':'");
    let body: Stmt[];
    if (this.peek().kind === 'newline') {
      this.next();
      if (this.peek().kind !== 'indent') throw this.errorAtCurrent("expected an indented block after 'with' statement");
      this.next();
      body = this.parseBlock(true);
    } else body = this.parseStatement(false);
    const end = this.tokens[this.pos - 1]?.start ?? kw.end;
    return { kind: 'With', items, body, span: { start: kw.start, end } };
  }

  /** `if`/`elif` (the keyword is current) with its clauses; `elif` nests as a lone `If` in `orelse`. */
  private parseIf(): Stmt {
    const kw = this.next();
    const test = this.parseNamedTest();
    this.expectOp(':', "expected ':'");
    const body = this.parseSuite(kw.text);
    let orelse: Stmt[] = [];
    if (this.isKeyword('elif')) orelse = [this.parseIf()];
    else if (this.isKeyword('else')) {
      const elseKw = this.next();
      this.expectOp(':', "expected ':'");
      orelse = this.parseSuite(elseKw.text);
    }
    const end = this.tokens[this.pos - 1]?.start ?? kw.end;
    return { kind: 'If', test, body, orelse, span: { start: kw.start, end: Math.max(end, test.span.end) } };
  }

  private parseNamedTest(): Expr {
    const test = this.parseTest();
    if (this.isOp(':=')) throw this.errorAtCurrent("assignment expressions ':=' are not supported in a config");
    return test;
  }

  /** The body after a clause's `:`: an indented block, or simple statements on the same line. */
  private parseSuite(keyword: string): Stmt[] {
    if (this.peek().kind === 'newline') {
      this.next();
      if (this.peek().kind !== 'indent') throw this.errorAtCurrent(`expected an indented block after '${keyword}' statement`);
      this.next();
      return this.parseBlock(true);
    }
    return this.parseStatement(false);
  }

  /** Parses the expression of an f-string field, reporting errors at their real offsets. */
  private parseFieldExpression(start: number, end: number): Expr {
    const lexed = tokenizePython(this.text, start, end, true);
    const first = lexed.errors[0];
    if (first) throw new ParseError(first.span, `f-string: ${first.message}`);
    const sub = new ExpressionParser(lexed.tokens, this.text, (s, e) => this.parseFieldExpression(s, e));
    return sub.parseWhole();
  }
}

function describe(e: Expr): string {
  switch (e.kind) {
    case 'Number':
    case 'String':
    case 'Const':
    case 'FString':
      return 'literal';
    case 'Call':
      return 'function call';
    case 'Binary':
    case 'Unary':
      return 'expression';
    default:
      return e.kind.toLowerCase();
  }
}
