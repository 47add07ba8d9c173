import { describe, expect, it } from 'vitest';
import { pyFloat, pyTuple } from '../../python/value.ts';
import { describePyType, formatPyFloat, formatPyRepr } from './pyFormat.ts';
import { roundHalfEven, titleCasePy } from './pyOps.ts';

describe('Python formatting used in upstream messages', () => {
  it('writes floats as repr() does', () => {
    const cases: [number, string][] = [
      [1e-5, '1e-05'],
      [0.0001, '0.0001'],
      [1e16, '1e+16'],
      [1234567890123456.0, '1234567890123456.0'],
      [123, '123.0'],
      [1.5e-7, '1.5e-07'],
      [0.1, '0.1'],
      [-2.5, '-2.5'],
      [1.2345678901234567e19, '1.2345678901234567e+19'],
      [0, '0.0'],
      [Number.POSITIVE_INFINITY, 'inf'],
    ];
    for (const [x, text] of cases) expect(formatPyFloat(x)).toBe(text);
  });
  it('writes containers and types as Python does', () => {
    expect(formatPyRepr([5, 10, pyFloat(20)])).toBe('[5, 10, 20.0]');
    expect(formatPyRepr(pyTuple([1]))).toBe('(1,)');
    expect(formatPyRepr({ a: 'x', b: null, c: true })).toBe("{'a': 'x', 'b': None, 'c': True}");
    expect(describePyType([1])).toBe("<class 'list'>");
    expect(describePyType(pyFloat(1))).toBe("<class 'float'>");
    expect(describePyType(pyTuple([]))).toBe("<class 'tuple'>");
  });
  it('title-cases and rounds like Python', () => {
    expect(titleCasePy('cosineannealing')).toBe('Cosineannealing');
    expect(titleCasePy('flat_cosine')).toBe('Flat_Cosine');
    expect(titleCasePy('a1b')).toBe('A1B');
    expect([0.5, 1.5, 2.5, 3.5, 2.4999, 7.5000001].map(roundHalfEven)).toEqual([0, 2, 2, 4, 2, 8]);
  });
});
