import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastExp, fastPow } from './fastMath.ts';

const relErr = (a: number, b: number): number => Math.abs(a - b) / Math.max(Math.abs(b), Number.MIN_VALUE);

describe('fastMath', () => {
  it('fastExp stays within 1e-15 of Math.exp', () => {
    fc.assert(
      fc.property(fc.double({ min: -699, max: 699, noNaN: true }), (t) => relErr(fastExp(t), Math.exp(t)) < 1e-15),
    );
  });
  it('fastPow matches Math.pow to 1e-13 for schedule-like arguments', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 10, noNaN: true }), fc.double({ min: -3, max: 3, noNaN: true }), (x, y) =>
        relErr(fastPow(x, y), Math.pow(x, y)) < 1e-13,
      ),
    );
    fc.assert(
      fc.property(fc.double({ min: 0.9, max: 1, noNaN: true }), fc.integer({ min: 0, max: 2_000_000 }), (g, p) => {
        const want = Math.pow(g, p);
        return want < 1e-290 || relErr(fastPow(g, p), want) < 1e-12;
      }),
    );
  });
  it('keeps exact values at the edges', () => {
    expect(fastPow(1, 0.9)).toBe(1);
    expect(fastPow(0, 0.9)).toBe(0);
    expect(fastPow(0.5, 1)).toBe(0.5);
    expect(fastExp(0)).toBe(1);
  });
});
