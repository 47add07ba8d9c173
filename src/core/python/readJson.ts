/** JSON text to config values, keeping what `JSON.parse` loses: Python's int/float spelling. */
import { limits } from '../limits.ts';
import { dictFromEntries } from './pyMap.ts';
import { pyFloat, pyInt } from './value.ts';
import type { PyValue } from './value.ts';

/** Malformed or oversized JSON; the message names the offset. */
export class JsonReadError extends SyntaxError {}

const words: readonly (readonly [string, PyValue])[] = [
  ['true', true],
  ['false', false],
  ['null', null],
  ['NaN', pyFloat(Number.NaN)],
  ['Infinity', pyFloat(Number.POSITIVE_INFINITY)],
  ['-Infinity', pyFloat(Number.NEGATIVE_INFINITY)],
];

const numberPattern = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * Reads JSON as Python's `json.loads` would: a number written with `.` or an exponent is a float
 * (`1.0` stays a float, `1` an int, ints past 2**53 exact), `NaN`/`Infinity` are accepted, arrays
 * become lists, objects become prototype-free dicts (`__proto__` is an ordinary key, the last of
 * duplicate keys wins). Files come from users (`mmcfg curves case.json`), so the size, nesting
 * and list limits of {@link limits} apply. Throws {@link JsonReadError} with the offset.
 */
export function readPyJson(text: string): PyValue {
  let pos = 0;
  const fail = (what: string): never => {
    throw new JsonReadError(`${what} at offset ${pos}`);
  };
  if (text.length > limits.fileSize.value) fail(limits.fileSize.message);
  const skip = (): void => {
    while (pos < text.length && ' \t\n\r'.includes(text[pos] ?? '')) pos++;
  };
  const string = (): string => {
    const startAt = pos;
    pos++;
    while (pos < text.length && text[pos] !== '"') pos += text[pos] === '\\' ? 2 : 1;
    if (pos >= text.length) fail('unterminated string');
    pos++;
    try {
      return JSON.parse(text.slice(startAt, pos)) as string;
    } catch {
      pos = startAt;
      return fail('invalid string');
    }
  };
  const container = <T>(close: string, out: T, readItem: () => void): T => {
    pos++;
    skip();
    if (text[pos] === close) {
      pos++;
      return out;
    }
    for (;;) {
      readItem();
      skip();
      if (text[pos] === ',') pos++;
      else if (text[pos] === close) {
        pos++;
        return out;
      } else fail(`expected "," or "${close}"`);
    }
  };
  const value = (depth: number): PyValue => {
    skip();
    const ch = text[pos];
    if (ch === '{' || ch === '[') {
      if (depth >= limits.valueDepth.value) fail(limits.valueDepth.message);
      if (ch === '[') {
        const list: PyValue[] = [];
        return container(']', list, () => {
          if (list.length >= limits.listLength.value) fail(limits.listLength.message);
          list.push(value(depth + 1));
        });
      }
      // Collected as entries first: a key like "1" keeps its place only in the map form (dictFromEntries).
      const entries: [string, PyValue][] = [];
      container('}', entries, () => {
        skip();
        if (text[pos] !== '"') fail('expected a key');
        const key = string();
        skip();
        if (text[pos] !== ':') fail('expected ":"');
        pos++;
        entries.push([key, value(depth + 1)]);
      });
      return dictFromEntries(entries);
    }
    if (ch === '"') return string();
    for (const [word, result] of words) {
      if (text.startsWith(word, pos)) {
        pos += word.length;
        return result;
      }
    }
    numberPattern.lastIndex = pos;
    const m = numberPattern.exec(text);
    if (!m) return fail('unexpected character');
    pos += m[0].length;
    if (/[.eE]/.test(m[0])) return pyFloat(Number(m[0]));
    // `-0` is the int 0 in Python.
    return pyInt(BigInt(m[0]));
  };
  const result = value(0);
  skip();
  if (pos !== text.length) fail('unexpected trailing text');
  return result;
}
