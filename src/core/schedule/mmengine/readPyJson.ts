import { pyFloat, type PyDict, type PyValue } from '../../python/value.ts';

/**
 * Parses JSON text into PyValues, keeping Python's int/float spelling (`10` is an int, `10.0`
 * and `1e-05` are floats), which `JSON.parse` loses. Arrays become lists. Used to read the
 * golden cases, whose configs were written by Python's `json.dumps`.
 */
export function readPyJson(text: string): PyValue {
  let pos = 0;
  const fail = (what: string): never => {
    throw new SyntaxError(`readPyJson: ${what} at offset ${pos}`);
  };
  const skipSpace = (): void => {
    while (pos < text.length && ' \t\n\r'.includes(text[pos] ?? '')) pos++;
  };
  const readString = (): string => {
    const start = pos;
    pos++;
    while (pos < text.length && text[pos] !== '"') pos += text[pos] === '\\' ? 2 : 1;
    pos++;
    return JSON.parse(text.slice(start, pos)) as string;
  };
  const readValue = (): PyValue => {
    skipSpace();
    const ch = text[pos];
    if (ch === '{') {
      pos++;
      const out = Object.create(null) as PyDict;
      skipSpace();
      if (text[pos] === '}') {
        pos++;
        return out;
      }
      for (;;) {
        skipSpace();
        const key = readString();
        skipSpace();
        if (text[pos] !== ':') fail('expected ":"');
        pos++;
        out[key] = readValue();
        skipSpace();
        if (text[pos] === ',') pos++;
        else if (text[pos] === '}') {
          pos++;
          return out;
        } else fail('expected "," or "}"');
      }
    }
    if (ch === '[') {
      pos++;
      const out: PyValue[] = [];
      skipSpace();
      if (text[pos] === ']') {
        pos++;
        return out;
      }
      for (;;) {
        out.push(readValue());
        skipSpace();
        if (text[pos] === ',') pos++;
        else if (text[pos] === ']') {
          pos++;
          return out;
        } else fail('expected "," or "]"');
      }
    }
    if (ch === '"') return readString();
    for (const [word, value] of [['true', true], ['false', false], ['null', null], ['NaN', pyFloat(Number.NaN)], ['Infinity', pyFloat(Infinity)], ['-Infinity', pyFloat(-Infinity)]] as const) {
      if (text.startsWith(word, pos)) {
        pos += word.length;
        return value;
      }
    }
    const match = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(pos, pos + 64));
    if (match === null) return fail('unexpected character');
    pos += match[0].length;
    const n = Number(match[0]);
    return match[1] !== undefined || match[2] !== undefined ? pyFloat(n) : n;
  };
  const value = readValue();
  skipSpace();
  if (pos !== text.length) fail('trailing text');
  return value;
}
