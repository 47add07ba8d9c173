import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reprFloatsWithPython } from '../../../test/oracle/pythonFloatRepr.ts';
import { formatPyFloat } from './formatPyRepr.ts';

const seed = Number(process.env.FC_SEED ?? Date.now() % 100000);
console.log(`fast-check seed ${seed}`);

describe('formatPyFloat', () => {
  it("matches python3's repr(float)", () => {
    const xs = fc.sample(fc.double({ noNaN: true, noDefaultInfinity: true }), { seed, numRuns: 400 });
    xs.push(1e-5, 1e-4, 1e16, 1e15, 0.1, 2.5, -0, 123456789.125, 5e-324);
    const out = reprFloatsWithPython(xs.map((x) => (Object.is(x, -0) ? '-0.0' : x.toString())));
    expect(xs.map(formatPyFloat)).toEqual(out);
  });
});
