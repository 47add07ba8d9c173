/**
 * Dicts with non-string keys (mmpose `keypoint_info={0: ...}`, RTMO `epoch_attributes={280: ...}`,
 * mmdet3d `labels_map={0: 19}`): read, merged through `_base_`, written and dumped as JSON the way
 * Python does. python3 is the oracle: it reads the same dict literal (`ast.literal_eval`) and runs
 * our written text back.
 */
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPython } from './read.ts';
import { printJson } from './jsonText.ts';
import { printValue } from './printValue.ts';
import { reprPy } from './repr.ts';
import { dictFromEntries, keyEqual } from './pyMap.ts';
import { isPyMap, pyEqual, pyTuple } from './value.ts';
import type { PyValue } from './value.ts';
import { runPython3 } from '../../test/oracle/runPython3.ts';
import { runOracle } from '../../test/oracle/loadWithPython.ts';
import { createMemoryFs, loadConfig } from '../config/load/loadConfig.ts';
import type { DialectId } from '../config/load/loadConfig.ts';
import { encodeWirePyValue, pyValueSchema } from '../share/pyValueSchema.ts';

function readValue(text: string): PyValue | undefined {
  const r = readPython(`d = ${text}\n`);
  if (r.diagnostics.some((d) => d.severity === 'error')) return undefined;
  return r.value.d;
}

// Keys Python treats as equal in different spellings (1, 1.0, True), plus None, str and tuples.
const scalarKeyText = fc.oneof(
  fc.integer({ min: -3, max: 3 }).map(String),
  fc.constantFrom('1.0', '0.0', '-0.0', '2.5', '1e-05', '1e20', 'True', 'False', 'None', "'1'", "'a'", "'__proto__'", "'$map'", "'constructor'"),
);
// String keys a JS object would list first ('0', '1', '4294967294': array indexes) next to ones it
// keeps in place ('01', '-1', '4294967295', '1.0'), and ordinary names.
const stringKeyText = fc.constantFrom("'0'", "'1'", "'7'", "'10'", "'4294967294'", "'4294967295'", "'01'", "'-1'", "'1.0'", "'b'", "'lr'", "'__proto__'");
const keyText = fc.oneof(
  { weight: 4, arbitrary: scalarKeyText },
  { weight: 4, arbitrary: stringKeyText },
  { weight: 1, arbitrary: fc.array(scalarKeyText, { minLength: 1, maxLength: 3 }).map((ks) => `(${ks.join(', ')}${ks.length === 1 ? ',' : ''})`) },
);
const valueText = fc.oneof(fc.integer({ min: 0, max: 99 }).map(String), fc.constantFrom("{'a': 1}", "{0: 'x'}", '[1, 2.0]', '(3,)', 'None'));
// All-string dicts included: one holding a key like '1' must keep Python's order too.
const dictText = fc
  .array(fc.tuple(keyText, valueText), { minLength: 1, maxLength: 6 })
  .map((items) => `{${items.map(([k, v]) => `${k}: ${v}`).join(', ')}}`);

/** repr, json.dumps (or the TypeError json.dumps raises) of each literal, from one python3. */
function pythonShows(texts: readonly string[]): { repr: string; json: string | null }[] {
  const script = `
import ast, json, sys
out = []
for t in json.load(sys.stdin):
    d = ast.literal_eval(t)
    try:
        j = json.dumps(d)
    except TypeError:
        j = None
    out.append({'repr': repr(d), 'json': j})
print(json.dumps(out))
`;
  const run = runPython3(['-c', script], JSON.stringify(texts));
  if (run.status !== 0) throw new Error(`python3 failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as { repr: string; json: string | null }[];
}

/** repr of the value each written text assigns to `d`, from one python3. */
function pythonReprsOfWritten(texts: readonly string[]): string[] {
  const script = `
import json, sys
out = []
for t in json.load(sys.stdin):
    g = {}
    exec(t, g)
    out.append(repr(g['d']))
print(json.dumps(out))
`;
  const run = runPython3(['-c', script], JSON.stringify(texts));
  if (run.status !== 0) throw new Error(`python3 failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as string[];
}

describe('dict literals with non-string or integer-like keys against python3', () => {
  it('read, repr, json.dumps and the written text agree with Python (seeded)', () => {
    const seed = process.env.FC_SEED === undefined ? Math.floor(Math.random() * 0x7fffffff) : Number(process.env.FC_SEED);
    const texts = [...new Set(fc.sample(dictText, { seed, numRuns: 300 }))];
    const shows = pythonShows(texts);
    const values = texts.map(readValue);
    const written = values.map((v) => (v === undefined ? '' : `d = ${printValue(v, 0, 79, 4)}\n`));
    const back = pythonReprsOfWritten(written.filter((w) => w !== ''));
    let b = 0;
    texts.forEach((text, i) => {
      const v = values[i];
      const py = shows[i];
      const where = `seed ${seed} (FC_SEED=${seed} replays it): ${text}`;
      expect(v, where).toBeDefined();
      if (v === undefined || py === undefined) return;
      expect(reprPy(v), where).toBe(py.repr);
      if (py.json !== null) expect(printJson(v), where).toBe(py.json);
      expect(back[b++], `${where}\nwritten: ${written[i]}`).toBe(py.repr);
    });
  });

  it('1, 1.0 and True are one key: the first spelling stays, the last value wins', () => {
    const v = readValue("{1: 'a', 1.0: 'b', True: 'c', '1': 'd'}");
    expect(v === undefined ? '' : reprPy(v)).toBe("{1: 'c', '1': 'd'}");
    expect(keyEqual(pyTuple([1, true]), pyTuple([{ $float: 1 }, 1]))).toBe(true);
    expect(keyEqual({ $float: Number.NaN }, { $float: Number.NaN })).toBe(false);
  });

  it('unhashable keys are located errors, not crashes', () => {
    const result = readPython('a = 1\nd = {[1]: 2}\ne = {(1, [2]): 3}\n');
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => [d.line, d.message])).toEqual([
      [2, "unhashable type: 'list'"],
      [3, "unhashable type: 'list'"],
    ]);
  });

  it('operations configs use: d[k], k in d, len, get, items, update, pop, del, comprehension', () => {
    const result = readPython(
      [
        "m = {i: str(i) for i in range(3)}",
        "m[10] = 'ten'",
        "m.update({2.0: 'two'})",
        'del m[0]',
        'p = m.pop(1)',
        "out = [m[2], 10 in m, 1 in m, len(m), m.get(7, 'none'), list(m.items()), list(m), sorted(m.keys())]",
      ].join('\n') + '\n',
    );
    expect(result.diagnostics).toEqual([]);
    const out = result.value.out ?? null;
    expect(reprPy(out)).toBe("['two', True, False, 2, 'none', [(2, 'two'), (10, 'ten')], [2, 10], [2, 10]]");
  });

  it('keys never become object properties: __proto__ and $map keys beside int keys stay data', () => {
    const v = readValue("{0: 1, '__proto__': {'polluted': 1}, '$map': 2, 'constructor': 3}");
    expect(v !== undefined && isPyMap(v)).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(v === undefined ? '' : reprPy(v)).toBe("{0: 1, '__proto__': {'polluted': 1}, '$map': 2, 'constructor': 3}");
  });

  it("integer-like string keys keep their place: dict(b=1, **{'1': 2}) reads, prints as JSON and travels as Python has it", () => {
    const v = readValue("dict(b=1, **{'1': 2})");
    if (v === undefined) throw new Error('not read');
    expect(reprPy(v)).toBe("{'b': 1, '1': 2}");
    expect(printJson(v)).toBe('{"b": 1, "1": 2}');
    expect(printValue(v, 0, 79, 4)).toBe("{'b': 1, '1': 2}");
    const back = pyValueSchema.parse(JSON.parse(JSON.stringify(encodeWirePyValue(v))));
    expect(reprPy(back)).toBe("{'b': 1, '1': 2}");
    // '01', '-1' and '4294967295' are no array indexes: JS keeps them in place, so the plain form stays.
    const plain = readValue("{'b': 1, '01': 2, '-1': 3, '4294967295': 4}");
    expect(plain !== undefined && !isPyMap(plain)).toBe(true);
  });

  it("a plain dict cannot take an integer-like key in place: a located error, never a silent reorder", () => {
    const result = readPython("d = dict(b=1)\nd['1'] = 2\ne = dict(b=1)\ne.setdefault('0', 3)\n");
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => d.line)).toEqual([2, 4]);
  });

  it('share links and saved state carry maps (wire round trip); unhashable wire keys are refused', () => {
    const v = readValue("{0: dict(name='nose'), (1, 2.0): [1], None: True, 2.5: {'a': 1}}");
    if (v === undefined) throw new Error('not read');
    const back = pyValueSchema.parse(JSON.parse(JSON.stringify(encodeWirePyValue(v))));
    expect(pyEqual(back, v)).toBe(true);
    expect(reprPy(back)).toBe(reprPy(v));
    expect(pyValueSchema.safeParse({ $map: [[[1], 2]] }).success).toBe(false);
    // An all-string map on the wire comes back as a plain dict.
    expect(pyEqual(pyValueSchema.parse({ $map: [['a', 1]] }), dictFromEntries([['a', 1]]))).toBe(true);
  });
});

type FileSet = Record<string, string>;

const mergeSets: { name: string; files: FileSet }[] = [
  {
    name: 'mmpose-style keypoint_info in a base, merged key by key by the leaf',
    files: {
      'configs/_base_/coco.py': `dataset_info = dict(
    dataset_name='coco',
    keypoint_info={
        0: dict(name='nose', id=0, color=[51, 153, 255], type='upper', swap=''),
        1: dict(name='left_eye', id=1, color=[51, 153, 255], type='upper', swap='right_eye'),
    },
    joint_weights=[1., 1.])
labels_map = {0: 19, 1: 19, 2: 1}
`,
      'configs/leaf.py': `_base_ = ['./_base_/coco.py']
dataset_info = dict(keypoint_info={1: dict(swap='r_eye'), 2: dict(name='x', id=2)})
labels_map = {1.0: 7, True: 8, (0, 1): None}
epoch_attributes = {280: dict(proxy_target_cc=True, loss_mle=dict(loss_weight=1e-3))}
k = dataset_info['keypoint_info'][0]['name'] if False else 'x'
`,
    },
  },
  {
    name: '_delete_ inside a map value and a map replacing a str-keyed dict',
    files: {
      'configs/_base_/b.py': `a = {0: dict(x=1, y=2), 'keep': 1}\nb = dict(c=1)\n`,
      'configs/leaf.py': `_base_ = './_base_/b.py'\na = {0: dict(_delete_=True, z=3)}\nb = {5: 6}\n`,
    },
  },
  {
    name: "integer-like str keys ('1', '0') keep Python's order through reading and merging",
    files: {
      'configs/_base_/b.py': `m = {'b': 1, '1': 2}\nn = dict(b=1, **{'1': 2, '01': 3})\nk = dict(lr=0.1)\nj = {'4294967294': 0, '4294967295': 1, '-1': 2, '0': 3}\n`,
      'configs/leaf.py': `_base_ = './_base_/b.py'\nm = {'0': 5, 'b': 6}\nk = {'0': dict(x=1)}\nw = dict(zip(['z', '2', 'a'], [1, 2, 3]))\n`,
    },
  },
];

function oracleBatch(files: FileSet[], script: 'mmcv_loader.py' | 'mmengine_loader.py'): ReturnType<typeof runOracle> {
  const root = mkdtempSync(join(tmpdir(), 'mmcfg-map-'));
  try {
    const paths = files.map((set, i) => {
      for (const [rel, text] of Object.entries(set)) {
        const p = join(root, String(i), rel);
        mkdirSync(dirname(p), { recursive: true });
        writeFileSync(p, text, 'utf8');
      }
      return join(root, String(i), 'configs/leaf.py');
    });
    return runOracle(script, paths);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

describe.each([
  ['mmcv1' as DialectId, 'mmcv_loader.py' as const],
  ['mmengine' as DialectId, 'mmengine_loader.py' as const],
])('non-string keys through _base_ merges (%s) against python3', (dialect, script) => {
  const py = oracleBatch(
    mergeSets.map((s) => s.files),
    script,
  );
  it.each(mergeSets.map((s, i) => [s.name, i] as const))('%s', (_name, i) => {
    const set = mergeSets[i];
    const want = py[i];
    if (set === undefined || want === undefined) throw new Error('missing case');
    expect(want.ok, JSON.stringify(want)).toBe(true);
    const fs = createMemoryFs(Object.fromEntries(Object.entries(set.files).map(([p, t]) => [`/r/${p}`, t])));
    const ts = loadConfig('/r/configs/leaf.py', fs, { dialect });
    expect(ts.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    if (!want.ok) return;
    expect(reprPy(ts.config), `py: ${reprPy(want.config)}`).toBe(reprPy(want.config));
  });
});
