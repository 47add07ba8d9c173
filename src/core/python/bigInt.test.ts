/** Python ints stay exact past 2**53 through reading, JSON and the exported Python (python3 as oracle). */
import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { printJson } from './jsonText.ts';
import { printValue } from './printValue.ts';
import { readPython } from './read.ts';

function pythonJson(text: string): string {
  const script = 'import json,sys\ng={}\nexec(sys.stdin.read(), g)\nprint(json.dumps({k: v for k, v in g.items() if not k.startswith("__")}))';
  return execFileSync('python3', ['-c', script], { input: text, encoding: 'utf8' }).trim();
}

describe('big ints', () => {
  it('keeps seed = 2**53 + 1 and friends exact, as python3 does', () => {
    const text = [
      'seed = 2**53 + 1',
      'a = 9007199254740993',
      'b = -a * 3 // 7',
      'c = [seed > 2**53, seed == 2**53, 2**64 % 1000007, 1 << 70, (2**53 + 1) - 2**53, f"{seed}", str(seed), -(-a), 0xFFFFFFFFFFFFFFFFF, ~a, a & 0xFFFF]',
      'd = 2**53 + 1.0',
      'e = {"seed": 18446744073709551617}',
    ].join('\n');
    const r = readPython(text);
    expect(r.diagnostics).toEqual([]);
    expect(printJson(r.value)).toBe(pythonJson(text));
  });

  it('writes big ints back as Python that loads to the same value', () => {
    const r = readPython('seed = 2**53 + 1\nx = [-(10**30), (2**70,)]\n');
    const exported = Object.entries(r.value).map(([k, v]) => `${k} = ${printValue(v)}`).join('\n');
    expect(exported).toBe('seed = 9007199254740993\nx = [-1000000000000000000000000000000, (1180591620717411303424, )]');
    expect(printJson(readPython(exported).value)).toBe(pythonJson(exported));
  });

  it('matches python3 on random int arithmetic (seeded)', () => {
    const seed = 14_7;
    const big = fc.bigInt({ min: -(2n ** 80n), max: 2n ** 80n });
    const exprs = fc.sample(fc.tuple(big, fc.constantFrom('+', '-', '*', '//', '%', '&', '|', '^', '<', '==', '>='), big), { seed, numRuns: 200 })
      .filter(([, op, y]) => !((op === '//' || op === '%') && y === 0n))
      .map(([x, op, y], i) => `v${i} = (${x}) ${op} (${y})`);
    const text = exprs.join('\n');
    const r = readPython(text);
    expect(r.diagnostics, `seed ${seed}`).toEqual([]);
    expect(printJson(r.value), `seed ${seed}`).toBe(pythonJson(text));
  });

  it('refuses ints past 4,300 digits at their position instead of computing them', () => {
    const r = readPython('x = 2**10**9\ny = 1 << 100000\n');
    expect(r.diagnostics.map((d) => `${d.line}:${d.column}`)).toEqual(['1:6', '2:7']);
  });
});
