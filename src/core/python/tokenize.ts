/**
 * Python tokenizer for config files: logical lines, INDENT/DEDENT, strings in every quote style,
 * numbers, and `{{_base_.x}}` placeholders. Comments go to a side list. Never throws: problems
 * become diagnostics and the scan goes on.
 */
import type { Comment } from './ast.ts';
import type { Span } from './diagnostics.ts';

export type TokenKind =
  | 'name'
  | 'number'
  | 'string'
  | 'op'
  | 'baseVar'
  | 'newline'
  | 'indent'
  | 'dedent'
  | 'eof';

export interface Token {
  kind: TokenKind;
  /** Source text of the token (for a string: the whole literal with prefix and quotes). */
  text: string;
  start: number;
  end: number;
  /** Set on a string literal that runs to the end of the line or file without its closing quote. */
  unterminated?: boolean;
}

export interface TokenizeResult {
  tokens: Token[];
  comments: Comment[];
  errors: { span: Span; message: string }[];
}

const operators = [
  '**=', '//=', '>>=', '<<=', '...', '->', ':=', '**', '//', '>>', '<<', '<=', '>=', '==', '!=',
  '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '@=',
  '+', '-', '*', '/', '%', '@', '&', '|', '^', '~', '<', '>', '(', ')', '[', ']', '{', '}', ',', ':',
  '.', ';', '=',
];
const closers: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
const stringPrefixes = new Set(['r', 'u', 'b', 'f', 'br', 'rb', 'fr', 'rf']);
const identifierRe = /[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*/uy;
const numberRe =
  /(?:0[xX](?:_?[0-9a-fA-F])+|0[oO](?:_?[0-7])+|0[bB](?:_?[01])+|(?:\d(?:_?\d)*\.(?:\d(?:_?\d)*)?|\.\d(?:_?\d)*|\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?[jJ]?)/y;
const baseVarRe = /\{\{\s*_base_\.([\w.]+)\s*\}\}/y;

/** Splits Python source into tokens, the way CPython's tokenizer does for the config subset. */
export function tokenizePython(text: string, from = 0, to = text.length, inBrackets = false): TokenizeResult {
  const tokens: Token[] = [];
  const comments: Comment[] = [];
  const errors: { span: Span; message: string }[] = [];
  const indents: number[] = [0];
  const brackets: { ch: string; at: number }[] = [];
  let pos = from;
  let atLineStart = !inBrackets;

  const push = (kind: TokenKind, start: number, end: number): void => {
    tokens.push({ kind, text: text.slice(start, end), start, end });
  };
  const lastIsNewline = (): boolean => {
    const last = tokens[tokens.length - 1];
    return last === undefined || last.kind === 'newline' || last.kind === 'indent' || last.kind === 'dedent';
  };

  while (pos < to) {
    if (atLineStart && brackets.length > 0) atLineStart = false;
    if (atLineStart) {
      atLineStart = false;
      let col = 0;
      let p = pos;
      while (p < to) {
        const c = text[p];
        if (c === ' ') col++;
        else if (c === '\t') col = (Math.floor(col / 8) + 1) * 8;
        else if (c === '\f') col = 0;
        else break;
        p++;
      }
      const c = text[p];
      if (p >= to || c === '\n' || c === '\r' || c === '#' || (c === '\\' && isLineBreak(text, p + 1))) {
        // Blank and comment-only lines do not change indentation.
        pos = p;
      } else {
        const top = indents[indents.length - 1] ?? 0;
        if (col > top) {
          indents.push(col);
          push('indent', pos, p);
        } else if (col < top) {
          while (col < (indents[indents.length - 1] ?? 0)) {
            indents.pop();
            push('dedent', p, p);
          }
          if (col !== indents[indents.length - 1]) {
            errors.push({ span: { start: pos, end: p }, message: 'unindent does not match any outer indentation level' });
            indents.push(col);
          }
        }
        pos = p;
      }
      continue;
    }
    const c = text[pos] ?? '';
    if (c === ' ' || c === '\t' || c === '\f') {
      pos++;
      continue;
    }
    if (c === '\n' || c === '\r') {
      const end = c === '\r' && text[pos + 1] === '\n' ? pos + 2 : pos + 1;
      if (brackets.length === 0 && !inBrackets && !lastIsNewline()) push('newline', pos, end);
      pos = end;
      atLineStart = true;
      continue;
    }
    if (c === '#') {
      let e = pos;
      while (e < to && text[e] !== '\n' && text[e] !== '\r') e++;
      let b = pos - 1;
      while (b >= from && (text[b] === ' ' || text[b] === '\t' || text[b] === '\f')) b--;
      const ownLine = b < from || text[b] === '\n' || text[b] === '\r';
      comments.push({ text: text.slice(pos, e), span: { start: pos, end: e }, ownLine });
      pos = e;
      continue;
    }
    if (c === '\\') {
      if (isLineBreak(text, pos + 1)) {
        pos += text[pos + 1] === '\r' && text[pos + 2] === '\n' ? 3 : 2;
        continue;
      }
      errors.push({ span: { start: pos, end: pos + 1 }, message: 'unexpected character after line continuation character' });
      pos++;
      continue;
    }
    if (c === '{' && text[pos + 1] === '{') {
      baseVarRe.lastIndex = pos;
      const m = baseVarRe.exec(text);
      if (m && pos + m[0].length <= to) {
        push('baseVar', pos, pos + m[0].length);
        pos += m[0].length;
        continue;
      }
    }
    identifierRe.lastIndex = pos;
    const ident = identifierRe.exec(text);
    if (ident) {
      const word = ident[0];
      const q = text[pos + word.length];
      if ((q === '"' || q === "'") && stringPrefixes.has(word.toLowerCase())) {
        pos = scanString(text, pos, pos + word.length, to, tokens, errors);
        continue;
      }
      push('name', pos, pos + word.length);
      pos += word.length;
      continue;
    }
    if (c === '"' || c === "'") {
      pos = scanString(text, pos, pos, to, tokens, errors);
      continue;
    }
    if ((c >= '0' && c <= '9') || (c === '.' && /[0-9]/.test(text[pos + 1] ?? ''))) {
      numberRe.lastIndex = pos;
      const m = numberRe.exec(text);
      const len = m ? m[0].length : 1;
      push('number', pos, pos + len);
      pos += len;
      continue;
    }
    const op = operators.find((o) => text.startsWith(o, pos));
    if (op !== undefined) {
      if (op === '(' || op === '[' || op === '{') brackets.push({ ch: op, at: pos });
      else if (op in closers) {
        const open = brackets[brackets.length - 1];
        if (open === undefined) {
          errors.push({ span: { start: pos, end: pos + 1 }, message: `unmatched '${op}'` });
        } else if (open.ch !== closers[op]) {
          errors.push({
            span: { start: pos, end: pos + 1 },
            message: `closing parenthesis '${op}' does not match opening parenthesis '${open.ch}'`,
          });
          brackets.pop();
        } else brackets.pop();
      }
      push('op', pos, pos + op.length);
      pos += op.length;
      continue;
    }
    const cp = text.codePointAt(pos) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    errors.push({
      span: { start: pos, end: pos + width },
      message: `invalid character '${String.fromCodePoint(cp)}' (U+${cp.toString(16).toUpperCase().padStart(4, '0')})`,
    });
    pos += width;
  }
  for (const open of brackets) {
    errors.push({ span: { start: open.at, end: open.at + 1 }, message: `'${open.ch}' was never closed` });
  }
  if (!inBrackets) {
    if (!lastIsNewline()) push('newline', to, to);
    while (indents.length > 1) {
      indents.pop();
      push('dedent', to, to);
    }
  }
  push('eof', to, to);
  return { tokens, comments, errors };
}

function isLineBreak(text: string, pos: number): boolean {
  const c = text[pos];
  return c === '\n' || c === '\r';
}

/** Scans a string literal whose quote starts at `quoteAt`; returns the offset after it. */
function scanString(
  text: string,
  start: number,
  quoteAt: number,
  to: number,
  tokens: Token[],
  errors: { span: Span; message: string }[],
): number {
  const q = text[quoteAt] ?? '"';
  const triple = text.startsWith(q + q + q, quoteAt);
  let p = quoteAt + (triple ? 3 : 1);
  while (p < to) {
    const c = text[p];
    if (c === '\\') {
      p += text[p + 1] === '\r' && text[p + 2] === '\n' ? 3 : 2;
      continue;
    }
    if (!triple && (c === '\n' || c === '\r')) break;
    if (triple ? text.startsWith(q + q + q, p) : c === q) {
      const end = p + (triple ? 3 : 1);
      tokens.push({ kind: 'string', text: text.slice(start, end), start, end });
      return end;
    }
    p++;
  }
  errors.push({
    span: { start, end: Math.min(p, to) },
    message: triple ? 'unterminated triple-quoted string literal' : 'unterminated string literal',
  });
  const end = Math.min(p, to);
  // Keep a token so the parser sees a value and does not report a second error here.
  tokens.push({ kind: 'string', text: text.slice(start, end), start, end, unterminated: true });
  return end;
}
