/**
 * pyCos against CPython's math.cos (glibc 2.36) near 0 and pi, where the schedules compute
 * cos + 1 or 1 - cos (test-data/golden/math/cos_near_ends.json, made with /usr/bin/python3).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testDataDir } from '../../test/testData.ts';
import { pyCos } from './mathCos.ts';

const golden = JSON.parse(readFileSync(join(testDataDir, 'golden/math/cos_near_ends.json'), 'utf8')) as { pairs: [number, number][] };

/** How far `got` is from Python's cosine, relative to the cos ± 1 a schedule computes from it. */
function scheduleError(got: number, want: number): number {
  return Math.abs(got - want) / Math.min(1 + want, 1 - want);
}

describe('pyCos', () => {
  it('gives the schedules Python’s cos ± 1 to 1e-13 at every stored argument, and its exact bits at almost all', () => {
    // At cos = ±1 exactly the bound has no room: the bits must agree.
    const worst = golden.pairs.filter(([x, c]) => (1 + c === 0 || 1 - c === 0 ? pyCos(x) !== c : !(scheduleError(pyCos(x), c) <= 1e-13)));
    expect(worst).toEqual([]);
    const exact = golden.pairs.filter(([x, c]) => pyCos(x) === c).length;
    console.log(`pyCos: ${exact} of ${golden.pairs.length} bit-identical to math.cos`);
    // glibc is not correctly rounded at a few near-ties; pyCos is (checked with 60-digit decimals).
    expect(exact).toBeGreaterThanOrEqual(golden.pairs.length - 10);
  });

  it('is needed: Math.cos (V8) leaves that bound at steps of real schedule lengths', () => {
    const off = golden.pairs.filter(([x, c]) => 1 + c !== 0 && 1 - c !== 0 && scheduleError(Math.cos(x), c) > 1e-13);
    expect(off.length).toBeGreaterThanOrEqual(3);
  });

  it('is cos(pi) = -1 and cos(0) = 1 exactly, so a full period still divides by zero where Python does', () => {
    expect(pyCos(Math.PI)).toBe(-1);
    expect(pyCos(0)).toBe(1);
  });
});
