/**
 * Reader speed for `npm run bench`: every fixture config and the pathological inputs of the
 * reader's property test (deep nesting, huge repetitions), best of five runs each. Prints figures,
 * asserts nothing: the unit tests check the reader's contract, not the wall clock.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readPython } from '../src/core/python/read.ts';
import { testDataDir } from '../src/test/testData.ts';

function listPy(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return listPy(p);
    return name.endsWith('.py') ? [p] : [];
  });
}

function bestOf(text: string, runs = 5): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    readPython(text);
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

export function benchReader(): string[] {
  const fixtures = join(testDataDir, 'fixtures/mmdet');
  const texts = [...listPy(join(fixtures, 'v2')), ...listPy(join(fixtures, 'v3'))].map((p) => readFileSync(p, 'utf8'));
  const times = texts.map((t) => bestOf(t)).sort((a, b) => a - b);
  const lines = [`fixtures: ${texts.length} files, median ${times[Math.floor(times.length / 2)]?.toFixed(2)} ms, max ${times.at(-1)?.toFixed(2)} ms`];
  const hostile: Record<string, string> = {
    "'[' * 5000": `x = ${'['.repeat(5000)}${']'.repeat(5000)}\n`,
    "'-' * 5000": `x = ${'-'.repeat(5000)}1\n`,
    "'(' * 3000": `x = ${'('.repeat(3000)}\n`,
    'huge repetitions': "x = [i for i in range(10**5) for j in range(10**5)]\ny = [0] * 10**9\nz = 'ab' * 10**8\n" + 'w = list(range(150000))\n'.repeat(50),
  };
  for (const [name, text] of Object.entries(hostile)) lines.push(`${name}: ${bestOf(text).toFixed(2)} ms`);
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) for (const line of benchReader()) console.log(line);
