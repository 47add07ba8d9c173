/**
 * Format specs against python3: exact digits at any precision (CPython rounds the exact binary
 * value half to even), width/precision caps, and the errors Python raises. Seeded inputs.
 */
import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatWithSpec } from './formatSpec.ts';
import { EvalError } from './runtime.ts';
import { pyFloat } from './value.ts';

function pythonFormat(cases: readonly [number, string][]): string[] {
  const script = 'import json,sys\nprint(json.dumps([format(float(v), s) for v, s in json.load(sys.stdin)]))';
  return JSON.parse(execFileSync('python3', ['-c', script], { input: JSON.stringify(cases), encoding: 'utf8' })) as string[];
}

describe('formatWithSpec', () => {
  it('gives Python exact text for long precisions and ties', () => {
    const cases: [number, string][] = [
      [1.5, '.150f'], [1.5, '.300'], [1.5, '.200e'], [0.1, '.120f'], [0.125, '.2f'], [2.675, '.2f'], [0.5, '.0f'],
      [1.5, '.0f'], [2.5, '.0f'], [-1e-9, '.2f'], [9.9999, '.3g'], [99999.5, '.5'], [1e-320, '.30e'],
      [1.7976931348623157e308, '.20g'], [123456789.0, '.300g'], [0.000123, '.2%'], [1e22, '.1f'], [5e-324, '.1000f'],
    ];
    const got = cases.map(([v, s]) => formatWithSpec(pyFloat(v), s));
    expect(got).toEqual(pythonFormat(cases));
    // JSON cannot carry -0.0 to python3; Python prints f'{-0.0:.3f}' as '-0.000'.
    expect(formatWithSpec(pyFloat(-0), '.3f')).toBe('-0.000');
  });

  it('matches python3 on random floats and specs (seeded)', () => {
    const seed = 20261206;
    const spec = fc.tuple(fc.constantFrom('f', 'e', 'E', 'g', '', '%'), fc.integer({ min: 0, max: 400 }), fc.constantFrom('', '+', ' '));
    const cases = fc.sample(fc.tuple(fc.double({ noNaN: true, noDefaultInfinity: true }), spec), { seed, numRuns: 400 })
      .map(([v, [type, p, sign]]): [number, string] => [v === 0 ? 0 : v, `${sign}.${p}${type}`]);
    const expected = pythonFormat(cases);
    cases.forEach(([v, s], i) => expect(formatWithSpec(pyFloat(v), s), `seed ${seed}: format(${v}, '${s}')`).toBe(expected[i]));
  });

  it('refuses absurd widths before building anything, and precision on ints as Python does', () => {
    const t0 = Date.now();
    expect(() => formatWithSpec(1, '300000000')).toThrow(EvalError);
    expect(() => formatWithSpec(pyFloat(1.5), '.20000f')).toThrow(EvalError);
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(() => formatWithSpec(15, '.300')).toThrow('Precision not allowed in integer format specifier');
    expect(formatWithSpec(15, '.3f')).toBe('15.000');
    expect(formatWithSpec(1, '10000')).toHaveLength(10000);
  });
});
