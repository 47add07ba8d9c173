import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPyFloat } from './formatPyRepr.ts';

const seed = Number(process.env.FC_SEED ?? Date.now() % 100000);
console.log(`fast-check seed ${seed}`);

function hasPython(): boolean {
  try {
    execFileSync('python3', ['--version']);
    return true;
  } catch {
    return false;
  }
}

describe('formatPyFloat', () => {
  it.skipIf(!hasPython())("matches python3's repr(float)", () => {
    const xs = fc.sample(fc.double({ noNaN: true, noDefaultInfinity: true }), { seed, numRuns: 400 });
    xs.push(1e-5, 1e-4, 1e16, 1e15, 0.1, 2.5, -0, 123456789.125, 5e-324);
    const script = 'import sys,json\nfor x in json.load(sys.stdin): print(repr(float(x)))';
    const input = JSON.stringify(xs.map((x) => (Object.is(x, -0) ? '-0.0' : x.toString())));
    const out = execFileSync('python3', ['-c', script], { input }).toString().trim().split('\n');
    expect(xs.map(formatPyFloat)).toEqual(out);
  });
});
