import type { I18nText } from '../fieldSpec.ts';
import { pyFloat, pyInt } from '../../python/value.ts';
import type { PyValue } from '../../python/value.ts';

export type Token =
  | { t: 'num'; value: PyValue; at: number }
  | { t: 'str'; value: string; at: number }
  | { t: 'name'; value: string; at: number }
  | { t: 'op'; value: string; at: number }
  | { t: 'end'; at: number };

export class LiteralSyntaxError extends Error {
  constructor(readonly text: I18nText) {
    super(text.en);
  }
}

const operators = ['**', '//', '(', ')', '[', ']', '{', '}', ',', ':', '=', '+', '-', '*', '/', '%'];
const numberPattern = /^(?:0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|(?:\d[\d_]*(?:\.[\d_]*)?|\.\d[\d_]*)(?:[eE][+-]?\d[\d_]*)?)/;
const namePattern = /^[A-Za-z_][A-Za-z0-9_]*/;

/** Splits Python literal text into tokens; throws LiteralSyntaxError on characters it cannot use. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? '';
    if (/\s/.test(ch)) {
      i += 1;
      continue;
    }
    const rest = text.slice(i);
    if (/^[0-9]/.test(ch) || (ch === '.' && /^\.\d/.test(rest))) {
      const match = numberPattern.exec(rest)?.[0] ?? '';
      tokens.push(readNumber(match, i));
      i += match.length;
      continue;
    }
    const prefix = /^[rRbBuU]?['"]/.exec(rest)?.[0];
    if (prefix !== undefined) {
      const { value, length } = readString(rest, prefix.length - 1, /^[rR]/.test(prefix), i);
      tokens.push({ t: 'str', value, at: i });
      i += length;
      continue;
    }
    const name = namePattern.exec(rest)?.[0];
    if (name !== undefined) {
      tokens.push({ t: 'name', value: name, at: i });
      i += name.length;
      continue;
    }
    const op = operators.find((o) => rest.startsWith(o));
    if (op === undefined) throw syntaxError(`unexpected character '${ch}'`, `无法识别的字符 '${ch}'`, i);
    tokens.push({ t: 'op', value: op, at: i });
    i += op.length;
  }
  tokens.push({ t: 'end', at: text.length });
  return tokens;
}

/** Builds the error for a position, counted from 1 as editors show columns. */
export function syntaxError(en: string, zh: string, at: number): LiteralSyntaxError {
  return new LiteralSyntaxError({ en: `${en} (column ${at + 1})`, zh: `${zh}（第 ${at + 1} 列）` });
}

function readNumber(raw: string, at: number): Token {
  const text = raw.replaceAll('_', '');
  // Ints stay exact past 2**53 (`BigInt` reads the 0x/0o/0b prefixes too), as Python's do.
  if (/^0[xXoObB]/.test(text)) return { t: 'num', value: pyInt(BigInt(text)), at };
  const isFloat = /[.eE]/.test(text);
  if (!isFloat && /^0\d/.test(text) && /[1-9]/.test(text)) {
    // Python 3 rejects `08`: leading zeros are only allowed on zero itself.
    throw syntaxError('leading zeros are not allowed in an int', '整数不能以 0 开头', at);
  }
  const value = Number(text);
  if (Number.isNaN(value)) throw syntaxError(`'${raw}' is not a number`, `'${raw}' 不是数字`, at);
  return { t: 'num', value: isFloat ? pyFloat(value) : pyInt(BigInt(text)), at };
}

const escapes: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '0': '\0', a: '\x07', b: '\b', f: '\f', v: '\v', '\n': '' };

function readString(rest: string, quoteAt: number, raw: boolean, at: number): { value: string; length: number } {
  const quote = rest[quoteAt] ?? "'";
  let value = '';
  let i = quoteAt + 1;
  while (i < rest.length) {
    const ch = rest[i] ?? '';
    if (ch === quote) return { value, length: i + 1 };
    if (ch === '\n') break;
    if (ch === '\\' && i + 1 < rest.length) {
      const next = rest[i + 1] ?? '';
      if (raw) {
        value += ch + next;
      } else if (next === 'x' && /^[0-9a-fA-F]{2}$/.test(rest.slice(i + 2, i + 4))) {
        value += String.fromCharCode(parseInt(rest.slice(i + 2, i + 4), 16));
        i += 4;
        continue;
      } else {
        value += escapes[next] ?? ch + next;
      }
      i += 2;
      continue;
    }
    value += ch;
    i += 1;
  }
  throw syntaxError('unterminated string', '字符串缺少结尾引号', at);
}
