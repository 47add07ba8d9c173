/** Splitting of f-string literal content into text and `{expression!conv:spec}` fields. */
import type { Expr, FStringField, FStringPart } from './ast.ts';
import { ParseError } from './tokenStream.ts';
import { unescapePython } from './stringLiteral.ts';

/**
 * Splits the content between an f-string's quotes. `absStart` is the content's offset in the
 * file, so field expressions keep real positions; `parse` parses one field's expression text.
 */
export function splitFString(
  body: string,
  absStart: number,
  isRaw: boolean,
  parse: (start: number, end: number) => Expr,
): FStringPart[] {
  const parts: FStringPart[] = [];
  let literal = '';
  const flush = (): void => {
    if (literal !== '') parts.push(isRaw ? literal : unescapePython(literal));
    literal = '';
  };
  let i = 0;
  while (i < body.length) {
    const c = body[i];
    if (c === '{' && body[i + 1] === '{') {
      literal += '{';
      i += 2;
    } else if (c === '}' && body[i + 1] === '}') {
      literal += '}';
      i += 2;
    } else if (c === '}') {
      throw new ParseError({ start: absStart + i, end: absStart + i + 1 }, "f-string: single '}' is not allowed");
    } else if (c === '{') {
      flush();
      const field = readField(body, i, absStart, isRaw, parse);
      parts.push(field.field);
      i = field.end;
    } else {
      literal += c;
      i++;
    }
  }
  flush();
  return parts;
}

function readField(
  body: string,
  open: number,
  absStart: number,
  isRaw: boolean,
  parse: (start: number, end: number) => Expr,
): { field: FStringField; end: number } {
  const exprEnd = scanExpression(body, open + 1);
  if (exprEnd >= body.length) {
    throw new ParseError({ start: absStart + open, end: absStart + body.length }, "f-string: expecting '}'");
  }
  if (body.slice(open + 1, exprEnd).trim() === '') {
    throw new ParseError({ start: absStart + open, end: absStart + exprEnd + 1 }, 'f-string: empty expression not allowed');
  }
  const expr = parse(absStart + open + 1, absStart + exprEnd);
  let i = exprEnd;
  let conversion: FStringField['conversion'];
  if (body[i] === '!') {
    const conv = body[i + 1];
    if (conv !== 's' && conv !== 'r' && conv !== 'a') {
      throw new ParseError({ start: absStart + i, end: absStart + i + 2 }, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
    }
    conversion = conv;
    i += 2;
  }
  let spec: FStringPart[] | undefined;
  if (body[i] === ':') {
    const specStart = i + 1;
    let depth = 0;
    i = specStart;
    while (i < body.length && !(depth === 0 && body[i] === '}')) {
      if (body[i] === '{') depth++;
      else if (body[i] === '}') depth--;
      i++;
    }
    spec = splitFString(body.slice(specStart, i), absStart + specStart, isRaw, parse);
  }
  if (body[i] !== '}') {
    throw new ParseError({ start: absStart + open, end: absStart + Math.min(i, body.length) }, "f-string: expecting '}'");
  }
  return {
    field: { expr, conversion, spec, span: { start: absStart + open, end: absStart + i + 1 } },
    end: i + 1,
  };
}

/** Finds where a field's expression ends: a top-level `!` (not `!=`), `:` or `}`. */
function scanExpression(body: string, from: number): number {
  let depth = 0;
  let i = from;
  while (i < body.length) {
    const c = body[i];
    if (c === '"' || c === "'") {
      const q = c;
      i++;
      while (i < body.length && body[i] !== q) i += body[i] === '\\' ? 2 : 1;
      i++;
      continue;
    }
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || (c === '}' && depth > 0)) depth--;
    else if (depth === 0 && (c === '}' || c === ':' || (c === '!' && body[i + 1] !== '='))) return i;
    i++;
  }
  return i;
}
