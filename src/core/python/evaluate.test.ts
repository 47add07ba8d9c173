import { describe, expect, it } from 'vitest';
import { printJson } from './jsonText.ts';
import { readPython } from './read.ts';
import { formatFloat } from './repr.ts';
import type { PyDict } from './value.ts';

function read(text: string): PyDict {
  const r = readPython(text);
  expect(r.diagnostics).toEqual([]);
  return r.value;
}

describe('evaluate with Python semantics', () => {
  it('keeps int and float apart through arithmetic', () => {
    const v = read(
      'a = 1.0 / 3\nb = 300 - 15\nc = 7 // 2 * 2 + 1\nd = 0.004 * 0.05\ne = -640 // 2\nf = -7 // 2\ng = 6 / 3\nh = 2 ** 3\ni = 2 ** -1\nj = 7 % -3\n',
    );
    expect(v).toEqual({ a: 1 / 3, b: 285, c: 7, d: 0.004 * 0.05, e: -320, f: -4, g: { $float: 2 }, h: 8, i: 0.5, j: -2 });
  });

  it('evaluates the idioms of MMDetection configs', () => {
    const v = read(
      [
        "img_scale = (640, 640)",
        "border = (-img_scale[0] // 2, -img_scale[1] // 2)",
        "norm = dict(mean=[1, 2], to_rgb=True)",
        "p = dict(type='Normalize', **norm)",
        "q = {**norm, 'std': [3]}",
        "root = 'data/' + 'coco/'",
        "heads = [dict(i=i) for i in range(2)] + [0] * 2",
        "keys = {f'stage.{s}.{b}': 1 for s, n in enumerate([1, 2]) for b in range(n)}",
        "keys.update({'x': 2})",
        "n = max(len(heads), min(3, 4), int(2.7), abs(-1), round(2.5), sum([1, 2.0]))",
        "c = norm.copy()",
        "c.pop('to_rgb')",
      ].join('\n'),
    );
    expect(v.border).toEqual({ $tuple: [-320, -320] });
    expect(Object.keys(v.p as object)).toEqual(['type', 'mean', 'to_rgb']);
    expect(v.q).toEqual({ mean: [1, 2], to_rgb: true, std: [3] });
    expect(v.root).toBe('data/coco/');
    expect(v.heads).toEqual([{ i: 0 }, { i: 1 }, 0, 0]);
    expect(Object.keys(v.keys as object)).toEqual(['stage.0.0', 'stage.1.0', 'stage.1.1', 'x']);
    expect(v.n).toBe(4);
    expect(v.c).toEqual({ mean: [1, 2] });
    expect(v.norm).toEqual({ mean: [1, 2], to_rgb: true });
  });

  it('reports unsupported code at its position and never runs it', () => {
    const r = readPython("import os\nx = os.system('rm -rf /')\ny = (lambda: 1)()\nz = open('f')\nok = 1\n");
    expect(r.value).toEqual({ ok: 1 });
    expect(r.diagnostics.map((d) => [d.line, d.severity])).toEqual([
      [1, 'warning'],
      [2, 'error'],
      [3, 'error'],
      [4, 'error'],
    ]);
  });

  it('formats floats like Python repr and JSON like json.dumps', () => {
    expect([1e-5, 0.0001, 2, 1e16, 1e15, 123.456, 1.5e-7, -0.5].map(formatFloat)).toEqual([
      '1e-05', '0.0001', '2.0', '1e+16', '1000000000000000.0', '123.456', '1.5e-07', '-0.5',
    ]);
    const v = read("a = dict(lr=2.0, eps=1e-05, n=3, t=(1, 'é'), none=None)\n");
    expect(printJson(v)).toBe('{"a": {"lr": 2.0, "eps": 1e-05, "n": 3, "t": [1, "\\u00e9"], "none": null}}');
  });
});
