import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertWithBatchedOracle } from '../../test/oracle/assertWithBatchedOracle.ts';
import { encodeForPython, jsonDumpsWithPython } from '../../test/oracle/pythonRepr.ts';
import { limits } from '../limits.ts';
import { printJson } from './jsonText.ts';
import { JsonReadError, readPyJson } from './readJson.ts';
import { reprPy } from './repr.ts';
import type { PyValue } from './value.ts';
import { hasKey, isPyDict, newDict, pyFloat } from './value.ts';

// JSON has no tuples, so values here are lists, dicts and scalars; repr compares them (NaN included).
const jsonValueArb: fc.Arbitrary<PyValue> = fc.letrec<{ value: PyValue }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(null, true, false),
    fc.integer(),
    fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }).map((n) => (Number.isSafeInteger(Number(n)) ? Number(n) : { $int: n.toString() })),
    fc.oneof(fc.double(), fc.constantFrom(1, 1e16, 1e-5, -0, 2.5)).map(pyFloat),
    fc.string({ unit: 'binary' }),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.array(fc.tuple(fc.string(), tie('value')), { maxLength: 4 }).map((entries) => {
      const d = newDict();
      for (const [k, x] of entries) d[k] = x;
      return d;
    }),
  ),
})).value;

describe('readPyJson', () => {
  it('keeps the float spelling of integral numbers and big ints exact', () => {
    expect(readPyJson('{"a": 1, "b": 1.0, "c": 1e-05, "d": [2, 2.5], "e": -0, "f": 9007199254740993}')).toEqual({
      a: 1,
      b: { $float: 1 },
      c: 1e-5,
      d: [2, 2.5],
      e: 0,
      f: { $int: '9007199254740993' },
    });
    expect(reprPy(readPyJson('[NaN, -Infinity, -0.0]'))).toBe('[nan, -inf, -0.0]');
  });

  it("reads python3's json.dumps of random values back to the same value (one python process)", () => {
    const stats = assertWithBatchedOracle(jsonValueArb, (v) => [JSON.stringify(encodeForPython(v))], jsonDumpsWithPython, (v, [text]) => {
      expect(reprPy(readPyJson(text ?? ''))).toBe(reprPy(v));
    }, 1000);
    expect(stats).toMatchObject({ unbatched: 0 });
  });

  it('reads back what printJson writes', () => {
    fc.assert(fc.property(jsonValueArb, fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }), (v, indent) => {
      expect(reprPy(readPyJson(printJson(v, indent)))).toBe(reprPy(v));
    }));
  });

  it('makes prototype-free dicts: __proto__ is an ordinary key', () => {
    const d = readPyJson('{"__proto__": {"polluted": 1}, "constructor": 2}');
    expect(isPyDict(d) && hasKey(d, '__proto__') && hasKey(d, 'constructor')).toBe(true);
    expect(Object.getPrototypeOf(d)).toBe(null);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses hostile input with a located error instead of a crash', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(() => readPyJson(deep)).toThrow(JsonReadError);
    expect(() => readPyJson(deep)).toThrow(limits.valueDepth.message);
    expect(() => readPyJson(`[${'0,'.repeat(limits.listLength.value)}0]`)).toThrow(limits.listLength.message);
    expect(() => readPyJson(' '.repeat(limits.fileSize.value + 1))).toThrow(limits.fileSize.message);
    for (const bad of ['', '{', '[1,]', '{"a" 1}', '"abc', '"\\x"', '01', '1 2', '{1: 2}', 'nul']) {
      expect(() => readPyJson(bad), bad).toThrow(JsonReadError);
    }
  });

  it('never throws anything but JsonReadError on any text', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
      try {
        readPyJson(text);
      } catch (err) {
        expect(err).toBeInstanceOf(JsonReadError);
      }
    }), { numRuns: 2000 });
  });
});
