import type { PyDict, PyValue } from '../../python/value.ts';
import { applyBinary, applyUnary } from '../../python/arith.ts';
import type { BinaryOp, UnaryOp } from '../../python/ast.ts';
import { EvalError, makeNumber } from '../../python/runtime.ts';
import { dictFromEntries } from '../../python/pyMap.ts';
import { isPyNumber, newDict, numberOf } from '../../python/value.ts';
import type { I18nText } from '../fieldSpec.ts';
import type { Token } from './tokenize.ts';
import { LiteralSyntaxError, syntaxError, tokenize } from './tokenize.ts';

export type LiteralResult<T> = { ok: true; value: T } | { ok: false; message: I18nText };

/**
 * Reads one Python literal: numbers with arithmetic (`0.02 * 8 / 16`, `2 ** -3`), strings,
 * True/False/None, lists, tuples, dicts, `dict(k=v)` and `float('inf')`. It never evaluates
 * text as code; int and float stay apart as Python keeps them (`1.0 / 10` float, `3 // 2` int).
 */
export function parsePyLiteral(text: string): LiteralResult<PyValue> {
  return runParser(text, (p) => p.parseExpression());
}

/**
 * Reads comma-separated literals without brackets (`8, 11`), as a form field allows; an empty
 * text gives no items. `[8, 11]` reads as one item (a list): callers decide whether to unwrap.
 */
export function parsePyLiteralSequence(text: string): LiteralResult<PyValue[]> {
  return runParser(text, (p) => p.parseBareSequence());
}

function runParser<T>(text: string, read: (p: LiteralParser) => T): LiteralResult<T> {
  try {
    const parser = new LiteralParser(tokenize(text));
    const value = read(parser);
    parser.expectEnd();
    return { ok: true, value };
  } catch (err) {
    if (err instanceof LiteralSyntaxError) return { ok: false, message: err.text };
    throw err;
  }
}

class LiteralParser {
  private pos = 0;

  constructor(private readonly tokens: Token[]) {}

  parseBareSequence(): PyValue[] {
    if (this.peek().t === 'end') return [];
    const items: PyValue[] = [];
    for (;;) {
      items.push(this.parseExpression());
      if (!this.acceptOp(',')) break;
      if (this.peek().t === 'end') break;
    }
    return items;
  }

  parseExpression(): PyValue {
    let left = this.parseTerm();
    for (;;) {
      const op = this.acceptOp('+') ?? this.acceptOp('-');
      if (op === undefined) return left;
      left = binary(op, left, this.parseTerm());
    }
  }

  expectEnd(): void {
    const tok = this.peek();
    if (tok.t !== 'end') throw syntaxError(`unexpected ${describe(tok)}`, `多余的 ${describe(tok)}`, tok.at);
  }

  private parseTerm(): PyValue {
    let left = this.parseUnary();
    for (;;) {
      const op = this.acceptOp('*') ?? this.acceptOp('//') ?? this.acceptOp('/') ?? this.acceptOp('%');
      if (op === undefined) return left;
      left = binary(op, left, this.parseUnary());
    }
  }

  private parseUnary(): PyValue {
    const op = this.acceptOp('-') ?? this.acceptOp('+');
    if (op === undefined) return this.parsePower();
    const operand = this.parseUnary();
    if (!isPyNumber(operand)) throw syntaxError(`'${op.value}' needs a number`, `'${op.value}' 只能用于数字`, op.at);
    return applyNumeric(op, [operand], () => applyUnary(op.value as UnaryOp, operand));
  }

  private parsePower(): PyValue {
    const base = this.parsePrimary();
    const op = this.acceptOp('**');
    // `**` binds tighter than a unary minus on its left but takes one on its right: -2 ** -1.
    return op === undefined ? base : binary(op, base, this.parseUnary());
  }

  private parsePrimary(): PyValue {
    const tok = this.next();
    switch (tok.t) {
      case 'num':
        return tok.value;
      case 'str': {
        let value = tok.value;
        // Python joins adjacent string literals: 'a' 'b' is 'ab'.
        for (let more = this.peek(); more.t === 'str'; more = this.peek()) {
          value += more.value;
          this.pos += 1;
        }
        return value;
      }
      case 'name':
        return this.parseName(tok);
      case 'op':
        if (tok.value === '(') return this.parseParenthesized();
        if (tok.value === '[') return this.parseItems(']');
        if (tok.value === '{') return this.parseBraceDict();
        throw syntaxError(`unexpected '${tok.value}'`, `此处不应出现 '${tok.value}'`, tok.at);
      case 'end':
        throw syntaxError('a value is missing', '缺少值', tok.at);
    }
  }

  private parseName(tok: Token & { t: 'name' }): PyValue {
    switch (tok.value) {
      case 'True':
        return true;
      case 'False':
        return false;
      case 'None':
        return null;
      case 'dict':
        this.expectOp('(');
        return this.parseKeywordDict();
      case 'float':
        this.expectOp('(');
        return this.parseFloatCall(tok.at);
      default:
        throw syntaxError(
          `'${tok.value}' is a name, not a literal (quote a string: '${tok.value}')`,
          `'${tok.value}' 是变量名而非字面量（字符串请加引号：'${tok.value}'）`,
          tok.at,
        );
    }
  }

  private parseParenthesized(): PyValue {
    if (this.acceptOp(')')) return { $tuple: [] };
    const first = this.parseExpression();
    if (this.acceptOp(')')) return first;
    this.expectOp(',');
    const items = [first];
    while (!this.acceptOp(')')) {
      items.push(this.parseExpression());
      if (this.acceptOp(',')) continue;
      this.expectOp(')', true);
      break;
    }
    return { $tuple: items };
  }

  private parseItems(close: string): PyValue[] {
    const items: PyValue[] = [];
    while (!this.acceptOp(close)) {
      items.push(this.parseExpression());
      if (this.acceptOp(',')) continue;
      this.expectOp(close, true);
      break;
    }
    return items;
  }

  private parseBraceDict(): PyValue {
    // Entries first: a key like '1' keeps its place only in the map form (dictFromEntries).
    const entries: [string, PyValue][] = [];
    while (!this.acceptOp('}')) {
      const keyTok = this.peek();
      const key = this.parseExpression();
      if (typeof key !== 'string') throw syntaxError('config dict keys must be strings', '配置字典的键必须是字符串', keyTok.at);
      this.expectOp(':');
      entries.push([key, this.parseExpression()]);
      if (this.acceptOp(',')) continue;
      this.expectOp('}', true);
      break;
    }
    return dictFromEntries(entries);
  }

  private parseKeywordDict(): PyDict {
    const out = newDict();
    while (!this.acceptOp(')')) {
      const keyTok = this.next();
      if (keyTok.t !== 'name') throw syntaxError('expected key=value', '应为 键=值', keyTok.at);
      this.expectOp('=');
      out[keyTok.value] = this.parseExpression();
      if (this.acceptOp(',')) continue;
      this.expectOp(')', true);
      break;
    }
    return out;
  }

  private parseFloatCall(at: number): PyValue {
    const arg = this.parseExpression();
    this.acceptOp(',');
    this.expectOp(')');
    if (isPyNumber(arg)) return makeNumber(numberOf(arg) ?? 0, true);
    const word = typeof arg === 'string' ? arg.trim().toLowerCase() : undefined;
    const special: Record<string, number> = { inf: Infinity, '+inf': Infinity, '-inf': -Infinity, infinity: Infinity, '-infinity': -Infinity, nan: NaN };
    if (word !== undefined && Object.hasOwn(special, word)) return { $float: special[word] ?? NaN };
    if (word !== undefined && word !== '' && !Number.isNaN(Number(word))) return makeNumber(Number(word), true);
    throw syntaxError('float() needs a number or a numeric string', 'float() 需要数字或数字字符串', at);
  }

  private peek(): Token {
    return this.tokens[this.pos] ?? { t: 'end', at: 0 };
  }

  private next(): Token {
    const tok = this.peek();
    if (tok.t !== 'end') this.pos += 1;
    return tok;
  }

  private acceptOp(value: string): (Token & { t: 'op' }) | undefined {
    const tok = this.peek();
    if (tok.t === 'op' && tok.value === value) {
      this.pos += 1;
      return tok;
    }
    return undefined;
  }

  private expectOp(value: string, orComma = false): void {
    if (this.acceptOp(value)) return;
    const tok = this.peek();
    const wanted = orComma ? `',' or '${value}'` : `'${value}'`;
    throw syntaxError(`expected ${wanted}, found ${describe(tok)}`, `应为 ${wanted}，实际为 ${describe(tok)}`, tok.at);
  }
}

function describe(tok: Token): string {
  switch (tok.t) {
    case 'end':
      return 'end of text';
    case 'str':
      return 'a string';
    case 'num':
      return 'a number';
    default:
      return `'${tok.value}'`;
  }
}

/**
 * A numeric operator through the reader's arithmetic ({@link applyBinary} / {@link applyUnary}),
 * so a form field computes `3 // 2`, `2 ** -3` or `-1 % 3` exactly as a config file does; only
 * numbers combine here (a field holds one value, not string or list arithmetic).
 */
function applyNumeric(op: Token & { t: 'op' }, operands: PyValue[], apply: () => PyValue): PyValue {
  if (!operands.every(isPyNumber)) {
    throw syntaxError(`'${op.value}' only combines numbers`, `'${op.value}' 只能用于数字之间`, op.at);
  }
  try {
    return apply();
  } catch (err) {
    if (err instanceof EvalError) throw syntaxError(err.message, `Python 会报错：${err.message}`, op.at);
    throw err;
  }
}

function binary(op: Token & { t: 'op' }, left: PyValue, right: PyValue): PyValue {
  return applyNumeric(op, [left, right], () => applyBinary(op.value as BinaryOp, left, right));
}
