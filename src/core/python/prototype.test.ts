/**
 * Config text must never reach `Object.prototype`, and `__proto__`, `constructor`, `toString`,
 * `$float` are ordinary dict keys (issue 14.1). Values are compared with python3 running the same
 * text, where the program is valid Python.
 */
import { execFileSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../config/load/loadConfig.ts';
import { createMemoryFs } from '../config/load/fileSystem.ts';
import { printJson } from './jsonText.ts';
import { readPython } from './read.ts';

function prototypeNames(): string[] {
  return Object.getOwnPropertyNames(Object.prototype).sort();
}
const cleanNames = prototypeNames();

/** The program's globals as `json.dumps` prints them in python3. */
function pythonJson(text: string): string {
  const script = `import json,sys\ng={}\nexec(sys.stdin.read(), g)\nprint(json.dumps({k: v for k, v in g.items() if not k.startswith('__')}))`;
  return execFileSync('python3', ['-c', script], { input: text, encoding: 'utf8' }).trim();
}

afterEach(() => {
  expect(prototypeNames()).toEqual(cleanNames);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

const vectors: [string, string][] = [
  ['item assignment through __proto__', "x = {}\nx['__proto__'] = {}\nx['__proto__']['polluted'] = 1\n"],
  ['get of __proto__', "x = {'__proto__': {}}\ny = x.get('__proto__')\ny['polluted'] = 1\nz = x.get('constructor', 3)\n"],
  ['setdefault of __proto__', "x = {}\ny = x.setdefault('__proto__', {})\ny['polluted'] = 1\n"],
  ['toString as a key', "x = {}\nx['__proto__'] = {}\nx['__proto__']['toString'] = 1\ny = {'toString': 2}\n"],
  ['$float as a key', "x = {}\nx['__proto__'] = {}\nx['__proto__']['$float'] = 0\ny = {'$float': 1}\nz = dict(a=1)\n"],
  ['$tuple and $ref as keys', "x = {'$tuple': [1]}\ny = {'$ref': 'a', 'module': 'b'}\n"],
  ['both special keys survive', "x = {'__proto__': 1, 'constructor': 2}\ny = dict(**x)\nz = {**x, 'hasOwnProperty': 3}\n"],
  ['update, pop and in', "x = {}\nx.update({'__proto__': 1})\ny = x.pop('__proto__')\nz = 'constructor' in x\nw = dict([('__proto__', 4)])\n"],
  ['dict comprehension', "x = {k: 1 for k in ['__proto__', 'constructor', 'valueOf']}\n"],
];

describe('prototype-free dicts', () => {
  for (const [name, text] of vectors) {
    it(`${name}: same value as python3, prototype untouched`, () => {
      const r = readPython(text);
      expect(r.diagnostics).toEqual([]);
      expect(JSON.parse(printJson(r.value))).toEqual(JSON.parse(pythonJson(text)));
      expect(printJson(r.value)).toBe(pythonJson(text));
    });
  }

  it('reports a missing inherited name as a KeyError instead of reading Object.prototype', () => {
    const r = readPython("x = {}\nx['__proto__']['polluted'] = 1\ny = {}\nz = y['toString']\n");
    expect(r.diagnostics.map((d) => [d.line, d.message])).toEqual([
      [2, "KeyError: '__proto__'"],
      [4, "KeyError: 'toString'"],
    ]);
  });

  it('keeps the keys through _base_ merges and MMEngine _base_ attribute access', () => {
    const fs = createMemoryFs({
      '/c/base.py': "a = {'__proto__': 1, 'constructor': {'x': 1}, '$float': 2}\n",
      '/c/child.py': "_base_ = ['./base.py']\na = {'constructor': {'y': 2}}\n",
      '/c/engine.py': "_base_ = ['./base.py']\nb = _base_.a['constructor']\nc = _base_.a.get('__proto__')\n",
    });
    const child = loadConfig('/c/child.py', fs, { dialect: 'mmcv1' });
    expect(child.diagnostics).toEqual([]);
    expect(printJson(child.config)).toBe('{"a": {"__proto__": 1, "constructor": {"x": 1, "y": 2}, "$float": 2}}');
    const engine = loadConfig('/c/engine.py', fs, { dialect: 'mmengine' });
    expect(engine.diagnostics).toEqual([]);
    expect(printJson(engine.config)).toBe('{"a": {"__proto__": 1, "constructor": {"x": 1}, "$float": 2}, "b": {"x": 1}, "c": 1}');
  });

  it('an MMEngine _base_.__proto__ is an error, not Object.prototype', () => {
    const fs = createMemoryFs({
      '/c/base.py': 'a = 1\n',
      '/c/engine.py': "_base_ = ['./base.py']\n_base_.__proto__['polluted'] = 1\nb = _base_.toString\n",
    });
    const r = loadConfig('/c/engine.py', fs, { dialect: 'mmengine' });
    expect(r.diagnostics.map((d) => d.line)).toEqual([2, 3]);
  });
});
