/**
 * Each hostile-input family of issue 14 ends in a located message within bounded time, and real
 * sizes below the limits still read (compared with python3 where Python gives a value).
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config/load/loadConfig.ts';
import { createMemoryFs } from './config/load/fileSystem.ts';
import { limits } from './limits.ts';
import { printJson } from './python/jsonText.ts';
import { readPython } from './python/read.ts';
import { simulateMmengine } from './dialects/mmengine/schedule/simulate.ts';

function timed<T>(f: () => T): T {
  const t0 = Date.now();
  const out = f();
  expect(Date.now() - t0).toBeLessThan(5000);
  return out;
}

function errorsOf(text: string): string[] {
  return timed(() => readPython(text)).diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.line}:${d.column} ${d.message}`);
}

describe('hostile input gives a located error in bounded time', () => {
  const families: [string, string, RegExp][] = [
    ['1+ chain', `x = ${'1+'.repeat(10000)}1`, /^1:5 .*nested too deeply/],
    ['[0] chain', `x = y${'[0]'.repeat(10000)}`, /^1:5 .*nested too deeply/],
    ['attribute chain', `x = ${'a.'.repeat(10000)}a`, /^1:5 .*nested too deeply/],
    ['call chain', `x = f${'()'.repeat(10000)}`, /^1:5 .*nested too deeply/],
    ['lambda chain', `x = ${'lambda:'.repeat(10000)}1`, /^1:\d+ too many nested/],
    ['if-else chain', `x = ${'1 if 1 else '.repeat(10000)}1`, /^1:\d+ too many nested/],
    ['power chain', `x = ${'2**'.repeat(10000)}1`, /^1:\d+ too many nested/],
    ['150,000 brackets', `x = ${'('.repeat(150000)}`, /^1:5 '\(' was never closed/],
    ['list doubling', 'x = [0]*150000\nx += x', /^2:1 a list of more than/],
    ['star of a long string', "y = [*'x'*300000]", /^1:\d+ (a list|a string) of more than/],
    ['extend by itself', 'z = [0]*150000\nz.extend(z)', /^2:\d+ a list of more than/],
    ['cyclic list', 'x = []\nx.append(x)', /^1:1 'x': value nested too deeply .* containing itself/],
    ['deep value', `x = []\n${'x = [x]\n'.repeat(1000)}`, /^1001:1 'x': value nested too deeply/],
    ['huge format width', "x = f'{1:300000000}'", /^1:7 a format width or precision above/],
    ['f-string doubling', "s = 'x' * 1000000\nt = f'{s}{s}{s}'", /^2:5 a string of more than/],
  ];
  for (const [name, text, expected] of families) {
    it(name, () => {
      const errors = errorsOf(text);
      expect(errors.length, errors.join('\n')).toBeGreaterThan(0);
      expect(errors[0]).toMatch(expected);
    });
  }

  it('still reads a 998-term sum like Python', () => {
    const text = `x = ${'1+'.repeat(998)}1\ny = f'{1.5:.150f}'\n`;
    const out = execFileSync('python3', ['-c', 'import json,sys\ng={}\nexec(sys.stdin.read(),g)\nprint(json.dumps([g["x"], g["y"]]))'], { input: text, encoding: 'utf8' });
    const r = readPython(text);
    expect(r.diagnostics).toEqual([]);
    expect(printJson([r.value.x ?? null, r.value.y ?? null])).toBe(out.trim());
  });

  it('loads each base once however often the chain names it', () => {
    const files: Record<string, string> = {};
    const fan = 40;
    for (let level = 0; level < 4; level++) {
      for (let i = 0; i < fan; i++) {
        const names = level === 3 ? '[]' : `[${Array.from({ length: fan }, (_, j) => `'./l${level + 1}_${j}.py'`).join(', ')}]`;
        files[`/c/l${level}_${i}.py`] = `_base_ = ${names}\nk${level}_${i} = ${i}\n`;
      }
    }
    files['/c/root.py'] = "_base_ = ['./l0_0.py']\n";
    const r = timed(() => loadConfig('/c/root.py', createMemoryFs(files), { dialect: 'mmcv1' }));
    expect(r.diagnostics.some((d) => d.message.startsWith('Duplicate key'))).toBe(true);
  });

  it('refuses a base that is not a config file, and an oversized file', () => {
    const fs = createMemoryFs({ '/c/a.py': "_base_ = ['/dev/zero']\nx = 1\n", '/c/big.py': `x = '${'a'.repeat(limits.fileSize.value)}'\n`, '/c/b.py': "_base_ = ['./big.py']\n" });
    const a = loadConfig('/c/a.py', fs, { dialect: 'mmcv1' });
    expect(a.diagnostics.map((d) => `${d.line} ${d.message}`)).toEqual(["1 base config '/dev/zero' is not a .py, .json or .yaml file; only py/yml/yaml/json types are supported"]);
    const b = loadConfig('/c/b.py', fs, { dialect: 'mmcv1' });
    expect(b.diagnostics.map((d) => d.message)).toContain(limits.fileSize.message);
  });

  it('caps MMEngine runs at the same iteration count as the MMCV 1.x side, at train_cfg', () => {
    const r = readPython(
      "train_cfg = dict(type='IterBasedTrainLoop', max_iters=1000000000)\noptim_wrapper = dict(type='OptimWrapper', optimizer=dict(type='SGD', lr=0.01))\nparam_scheduler = []\n",
    );
    const result = timed(() => simulateMmengine(r.value, { itersPerEpoch: 100 }));
    expect(result).toEqual({ ok: false, error: { message: `${limits.iterations.message} (this run has 1000000000)`, path: ['train_cfg', 'max_iters'] } });
  });
});
