/** Decoding of Python string literal tokens (prefixes, quotes, escapes). */

export interface StringLiteralParts {
  prefix: string;
  isRaw: boolean;
  isBytes: boolean;
  isFormat: boolean;
  /** Offset (in the token text) where the content between the quotes starts and ends. */
  bodyStart: number;
  bodyEnd: number;
}

/** Splits a string token into prefix flags and the content range between its quotes. */
export function splitStringLiteral(token: string, unterminated = false): StringLiteralParts {
  let i = 0;
  while (i < token.length && token[i] !== '"' && token[i] !== "'") i++;
  const prefix = token.slice(0, i).toLowerCase();
  const q = token[i] ?? '"';
  const triple = token.startsWith(q + q + q, i);
  const quoteLen = triple ? 3 : 1;
  const bodyStart = Math.min(token.length, i + quoteLen);
  const bodyEnd = unterminated ? token.length : Math.max(bodyStart, token.length - quoteLen);
  return {
    prefix,
    isRaw: prefix.includes('r'),
    isBytes: prefix.includes('b'),
    isFormat: prefix.includes('f'),
    bodyStart,
    bodyEnd,
  };
}

const simpleEscapes: Record<string, string> = {
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
};

/** Applies Python's backslash escapes to literal content, as a non-raw `str` literal does. */
export function unescapePython(body: string): string {
  if (!body.includes('\\')) return body.replace(/\r\n?/g, '\n');
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i] ?? '';
    if (c === '\r') {
      out += '\n';
      if (body[i + 1] === '\n') i++;
      continue;
    }
    if (c !== '\\' || i + 1 >= body.length) {
      out += c;
      continue;
    }
    const n = body[i + 1] ?? '';
    if (n === '\n') {
      i++;
      continue;
    }
    if (n === '\r') {
      i += body[i + 2] === '\n' ? 2 : 1;
      continue;
    }
    const simple = simpleEscapes[n];
    if (simple !== undefined) {
      out += simple;
      i++;
      continue;
    }
    const hexLen = n === 'x' ? 2 : n === 'u' ? 4 : n === 'U' ? 8 : 0;
    if (hexLen > 0) {
      const hex = body.slice(i + 2, i + 2 + hexLen);
      if (hex.length === hexLen && /^[0-9a-fA-F]+$/.test(hex)) {
        const cp = parseInt(hex, 16);
        out += cp <= 0x10ffff ? String.fromCodePoint(cp) : '\ufffd';
        i += 1 + hexLen;
        continue;
      }
    }
    const oct = /^[0-7]{1,3}/.exec(body.slice(i + 1, i + 4));
    if (oct) {
      out += String.fromCodePoint(parseInt(oct[0], 8));
      i += oct[0].length;
      continue;
    }
    // Unknown escapes keep their backslash in Python.
    out += c;
  }
  return out;
}
