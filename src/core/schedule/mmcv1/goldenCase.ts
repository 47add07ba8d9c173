import { isPyDict, pyFloat, pyTuple, type PyDict, type PyValue } from '../../python/value.ts';
import { dialectIds, isDialectId } from '../../dialects/info.ts';
import type { DialectId } from '../../dialects/types.ts';

/** A training setup in the golden-case format of `test-data/golden/README.md` (`expected` left out). */
export interface GoldenCaseInput {
  name: string;
  style: DialectId;
  itersPerEpoch: number;
  totalIters: number | null;
  config: PyDict;
}

/** Keys whose JSON arrays were tuples in the `.py` file (MMCV's cyclic hooks refuse lists). */
const tupleKeys = new Set(['target_ratio', 'betas']);

/**
 * Reads a golden-case JSON text. Numbers keep Python's int/float spelling (`1` vs `1.0`), which
 * `JSON.parse` would lose, and `target_ratio`/`betas` arrays become tuples, as the README says.
 * Throws a SyntaxError-like Error with the offset on malformed JSON or a missing field.
 */
export function readGoldenCase(text: string): GoldenCaseInput {
  const root = parsePyJson(text);
  if (!isPyDict(root)) throw new Error('the case is not a JSON object');
  const style = root.style;
  if (!isDialectId(style)) throw new Error(`"style" must be ${dialectIds.map((id) => `"${id}"`).join(' or ')}`);
  const ipe = root.iters_per_epoch;
  if (typeof ipe !== 'number' || !Number.isInteger(ipe)) throw new Error('"iters_per_epoch" must be an integer');
  if (!isPyDict(root.config)) throw new Error('"config" must be an object');
  const total = root.total_iters;
  return {
    name: typeof root.name === 'string' ? root.name : '',
    style,
    itersPerEpoch: ipe,
    totalIters: typeof total === 'number' ? total : null,
    config: restoreTuples(root.config) as PyDict,
  };
}

function restoreTuples(v: PyValue, key?: string): PyValue {
  if (Array.isArray(v)) {
    const items = v.map((x) => restoreTuples(x));
    return key !== undefined && tupleKeys.has(key) ? pyTuple(items) : items;
  }
  if (isPyDict(v)) {
    const out: PyDict = {};
    for (const [k, x] of Object.entries(v)) out[k] = restoreTuples(x, k);
    return out;
  }
  return v;
}

/** JSON to PyValue: a number written with `.` or an exponent is a Python float. */
export function parsePyJson(text: string): PyValue {
  let pos = 0;
  const fail = (what: string): never => {
    throw new Error(`${what} at offset ${pos}`);
  };
  const skip = (): void => {
    while (pos < text.length && ' \t\n\r'.includes(text[pos] ?? '')) pos++;
  };
  const numberPattern = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const value = (): PyValue => {
    skip();
    const ch = text[pos];
    if (ch === '{') {
      pos++;
      const out: PyDict = {};
      skip();
      if (text[pos] === '}') {
        pos++;
        return out;
      }
      for (;;) {
        skip();
        if (text[pos] !== '"') fail('expected a key');
        const key = string();
        skip();
        if (text[pos] !== ':') fail('expected ":"');
        pos++;
        out[key] = value();
        skip();
        if (text[pos] === ',') {
          pos++;
          continue;
        }
        if (text[pos] === '}') {
          pos++;
          return out;
        }
        fail('expected "," or "}"');
      }
    }
    if (ch === '[') {
      pos++;
      const out: PyValue[] = [];
      skip();
      if (text[pos] === ']') {
        pos++;
        return out;
      }
      for (;;) {
        out.push(value());
        skip();
        if (text[pos] === ',') {
          pos++;
          continue;
        }
        if (text[pos] === ']') {
          pos++;
          return out;
        }
        fail('expected "," or "]"');
      }
    }
    if (ch === '"') return string();
    for (const [word, result] of [
      ['true', true],
      ['false', false],
      ['null', null],
      ['NaN', pyFloat(Number.NaN)],
      ['Infinity', pyFloat(Number.POSITIVE_INFINITY)],
      ['-Infinity', pyFloat(Number.NEGATIVE_INFINITY)],
    ] as const) {
      if (text.startsWith(word, pos)) {
        pos += word.length;
        return result;
      }
    }
    numberPattern.lastIndex = pos;
    const m = numberPattern.exec(text);
    if (!m) return fail('unexpected character');
    pos += m[0].length;
    const n = Number(m[0]);
    return /[.eE]/.test(m[0]) ? pyFloat(n) : n;
  };
  const string = (): string => {
    const startAt = pos;
    pos++;
    while (pos < text.length && text[pos] !== '"') pos += text[pos] === '\\' ? 2 : 1;
    if (pos >= text.length) fail('unterminated string');
    pos++;
    return JSON.parse(text.slice(startAt, pos)) as string;
  };
  const result = value();
  skip();
  if (pos !== text.length) fail('unexpected trailing text');
  return result;
}
