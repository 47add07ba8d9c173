import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertWithBatchedOracle } from '../../test/oracle/assertWithBatchedOracle.ts';
import { reprFloatsWithPython } from '../../test/oracle/pythonFloatRepr.ts';
import { encodeForPython, reprWithPython } from '../../test/oracle/pythonRepr.ts';
import { describePyType, formatFloat, formatFloatSource, reprPy, reprSource, reprString, reprStringSource, strPy } from './repr.ts';
import type { PyValue } from './value.ts';
import { newDict, pyFloat, pyRef } from './value.ts';

describe('formatFloat / formatFloatSource', () => {
  it.each([
    [0.0001, '0.0001'], [1e-5, '1e-05'], [1, '1.0'], [2e-5, '2e-05'], [1e20, '1e+20'], [1e16, '1e+16'],
    [1e15, '1000000000000000.0'], [123.456, '123.456'], [-0, '-0.0'], [0, '0.0'], [1e-7, '1e-07'],
    [1.5e300, '1.5e+300'], [5e-324, '5e-324'], [0.1 + 0.2, '0.30000000000000004'], [1.2345678901234567e19, '1.2345678901234567e+19'],
    [Infinity, 'inf'], [-Infinity, '-inf'], [NaN, 'nan'],
  ])('repr(%s) is %s', (x, text) => {
    expect(formatFloat(x)).toBe(text);
  });

  it('writes non-finite floats as source that reads back', () => {
    expect([Infinity, -Infinity, NaN, 0.5].map(formatFloatSource)).toEqual(["float('inf')", "float('-inf')", "float('nan')", '0.5']);
  });

  it("matches python3's repr(float(s)) on any double (one python process)", () => {
    const doubles = fc.oneof(fc.double(), fc.double({ min: 1e-6, max: 1e17, noNaN: true }), fc.constantFrom(1e16, 1e-5, 1e-4, -0, 1e15, 9999999999999998));
    const stats = assertWithBatchedOracle(doubles, (x) => [Object.is(x, -0) ? '-0' : String(x)], reprFloatsWithPython, (x, [repr]) => expect(formatFloat(x)).toBe(repr), 5000);
    expect(stats).toMatchObject({ unbatched: 0 });
    expect(stats.batched).toBeGreaterThan(1000);
  });
});

describe('reprString', () => {
  it.each([
    ['abc', "'abc'"], ["it's", '"it\'s"'], ['say "hi"', "'say \"hi\"'"], [`'"`, `'\\'"'`], ['a\\b', "'a\\\\b'"],
    ['line\nnext\t', "'line\\nnext\\t'"], ['中文 é', "'中文 é'"], ['\u0000\u007f', "'\\x00\\x7f'"], ['\u2028', "'\\u2028'"],
    ['\u00a0\u00ad', "'\\xa0\\xad'"], ['\ud800', "'\\ud800'"], ['{{ x }}', "'{{ x }}'"],
  ])('%j is written %s', (s, text) => {
    expect(reprString(s)).toBe(text);
  });

  it('guards {{ in config source text, which mmcv 1.x would substitute', () => {
    expect(reprStringSource('{{ fileDirname }}')).toBe("'{\\x7b fileDirname }}'");
    expect(reprStringSource('{{{')).toBe("'{\\x7b{'");
  });
});

// Code points whose category is the same in every Unicode version since 6.0 (the Node and
// python3 on one machine may carry different Unicode tables; newly assigned characters differ).
const stableCodePoint = fc.oneof(
  fc.integer({ min: 0, max: 0x2ff }),
  fc.integer({ min: 0x370, max: 0x3ff }),
  fc.integer({ min: 0x2000, max: 0x206f }),
  fc.integer({ min: 0x3000, max: 0x303f }),
  fc.integer({ min: 0x4e00, max: 0x9fa5 }),
  // Lone low surrogates only: a high one followed by a low one would pair into any astral character.
  fc.integer({ min: 0xdc00, max: 0xdfff }),
  fc.integer({ min: 0xe000, max: 0xe0ff }),
  fc.integer({ min: 0xfeff, max: 0xfeff }),
  fc.integer({ min: 0xfff0, max: 0xffff }),
  fc.integer({ min: 0x1f600, max: 0x1f64f }),
);
const textArb = fc.oneof(
  fc.string({ unit: fc.constantFrom("'", '"', '\\', '\n', '\r', '\t', 'a', ' ', '{', '\x00', '\x7f', '\u00e9') }),
  fc.string({ unit: stableCodePoint.map((cp) => String.fromCodePoint(cp)), maxLength: 12 }),
);
const floatArb = fc.oneof(fc.double(), fc.constantFrom(1e16, 1e-5, -0, Infinity, -Infinity, NaN, 2.5)).map(pyFloat);
const intArb = fc.oneof(fc.integer(), fc.bigInt({ min: -(2n ** 80n), max: 2n ** 80n }).map((n) => (Number.isSafeInteger(Number(n)) ? Number(n) : { $int: n.toString() })));
const valueArb: fc.Arbitrary<PyValue> = fc.letrec<{ value: PyValue }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(null, true, false),
    intArb,
    floatArb,
    textArb,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.array(tie('value'), { maxLength: 3 }).map((items) => ({ $tuple: items })),
    fc.array(fc.tuple(textArb, tie('value')), { maxLength: 4 }).map((entries) => {
      const d = newDict();
      for (const [k, x] of entries) d[k] = x;
      return d;
    }),
  ),
})).value;

describe('reprPy', () => {
  it("matches python3's repr() of random values: quotes, escapes, unicode, floats, big ints, tuples, dicts", () => {
    const stats = assertWithBatchedOracle(valueArb, (v) => [JSON.stringify(encodeForPython(v))], reprWithPython, (v, [repr]) => expect(reprPy(v)).toBe(repr), 2000);
    expect(stats).toMatchObject({ unbatched: 0 });
  });

  it('writes the cases messages rely on', () => {
    expect(reprPy([5, 10, pyFloat(20)])).toBe('[5, 10, 20.0]');
    expect(reprPy({ $tuple: [1] })).toBe('(1,)');
    expect(reprPy({ a: 'x', b: null, c: true, "it's": { $int: '9007199254740993' } })).toBe(`{'a': 'x', 'b': None, 'c': True, "it's": 9007199254740993}`);
    expect(reprPy(pyRef('mmengine.hooks', 'CheckpointHook'))).toBe('mmengine.hooks.CheckpointHook');
    expect(strPy('it\'s')).toBe("it's");
    expect(reprSource([pyFloat(Infinity), 0.5])).toBe("[float('inf'), 0.5]");
    expect(describePyType([1])).toBe("<class 'list'>");
    expect(describePyType(pyFloat(1))).toBe("<class 'float'>");
    expect(describePyType({ $int: '9007199254740993' })).toBe("<class 'int'>");
  });
});
