import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePyValue } from '../../test/oracle/loadWithPython.ts';
import { isPyDict, isPyFloat, isPyTuple, pyEqual } from '../python/value.ts';
import type { PyDict, PyValue } from '../python/value.ts';
import { formatCfgOptionsLine, mergeFromDict, parseTrainCommand, renderCfgOptions } from './index.ts';

// A fixed seed per run keeps failures replayable; override with FC_SEED.
const seed = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31);
const oracle = join(import.meta.dirname, '../../test/oracle/apply_cfg_options.py');

type Dialect = 'mmcv1' | 'mmengine';
interface Case {
  base: PyValue;
  argv: string[];
  dialect: Dialect;
}

/** Runs every case through real argparse + the Python re-implementation in one process. */
function applyWithPython(cases: readonly Case[]): ({ config: PyValue } | { error: string })[] {
  const run = spawnSync('python3', [oracle], { input: JSON.stringify(cases), encoding: 'utf8', maxBuffer: 1 << 28 });
  if (run.status !== 0) throw new Error(run.stderr);
  const raw = JSON.parse(run.stdout) as ({ config: unknown } | { error: string })[];
  return raw.map((r) => ('config' in r ? { config: decodePyValue(r.config) } : r));
}

/** pyEqual, except that NaN equals NaN (`float('nan')` is a value DictAction can produce). */
function same(a: PyValue, b: PyValue): boolean {
  return pyEqual(withoutNaN(a), withoutNaN(b));
}
function withoutNaN(v: PyValue): PyValue {
  if (isPyFloat(v) && Number.isNaN(v.$float)) return 'NaN!';
  if (Array.isArray(v)) return v.map(withoutNaN);
  if (isPyTuple(v)) return { $tuple: v.$tuple.map(withoutNaN) };
  if (isPyDict(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, withoutNaN(x)]));
  return v;
}

const key = fc.constantFrom('lr', 'type', 'step', 'a', 'b', 'c', 'warmup', 'x_1', 'policy');
// Mostly names DictAction keeps as strings, some it cannot (spaces, commas, quotes, numbers as text).
const text = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('SGD', 'step', '', 'cos-ine', 'a.b', 'none', 'linear', 'x_y') },
  { weight: 1, arbitrary: fc.constantFrom('a b', '1', 'True', 'None', 'x,y', '[1]', "it's", '"q"', 'nan', '0.5') },
);
const scalar: fc.Arbitrary<PyValue> = fc.oneof(
  fc.integer({ min: -1000, max: 100000 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }).map((x) => (Number.isInteger(x) ? { $float: x } : x)),
  fc.constantFrom<PyValue>({ $float: 1 }, { $float: 0 }, 1e-5, 0.02, { $float: 1e20 }, true, false, null),
  text,
);
const { value } = fc.letrec<{ value: PyValue; dict: PyValue }>((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('dict'),
    fc.array(fc.oneof(scalar, tie('dict')), { maxLength: 3 }),
    fc.array(scalar, { maxLength: 3 }).map((items) => ({ $tuple: items }))),
  dict: fc.dictionary(key, tie('value'), { maxKeys: 4 }),
}));
const config = fc.dictionary(key, value, { minKeys: 1, maxKeys: 5 }) as fc.Arbitrary<PyDict>;

/** A config and a variant of it: many shared values, some changed, added or removed. */
const pair = fc.tuple(config, config, fc.array(fc.boolean(), { minLength: 5, maxLength: 5 })).map(([base, other, keep]) => {
  const derived: PyDict = {};
  Object.keys(base).forEach((k, i) => {
    if (keep[i % keep.length] || !Object.hasOwn(other, k)) derived[k] = base[k] ?? null;
    else derived[k] = other[k] ?? null;
  });
  for (const k of Object.keys(other)) if (!Object.hasOwn(derived, k) && !Object.hasOwn(base, k)) derived[k] = other[k] ?? null;
  return { base, derived };
});

describe(`--cfg-options both ways (seed ${seed}, replay with FC_SEED=${seed})`, () => {
  it('applying the rendered options to the bases with DictAction + merge_from_dict (python3) gives the config back', () => {
    const samples = fc.sample(fc.tuple(pair, fc.constantFrom<Dialect>('mmcv1', 'mmengine')), { seed, numRuns: 400 });
    const rendered = samples.map(([{ base, derived }]) => renderCfgOptions(derived, base));
    const cases: Case[] = samples.map(([{ base }, dialect], i) => {
      const args = rendered[i]?.args ?? [];
      return { base, argv: args.length > 0 ? ['--cfg-options', ...args] : [], dialect };
    });
    const results = applyWithPython(cases);
    let exact = 0;
    samples.forEach(([{ base, derived }, dialect], i) => {
      const r = rendered[i];
      const py = results[i];
      if (!r || !py) throw new Error('missing result');
      const where = JSON.stringify({ base, derived, args: r.args, impossible: r.impossible, py });
      if (!('config' in py)) throw new Error(`python rejected the rendered options: ${where}`);
      // The TS reading of the printed line agrees with Python's whether or not all was expressible.
      const line = `python tools/train.py c.py ${formatCfgOptionsLine(r.args)}`;
      const parsed = parseTrainCommand(line, dialect);
      if (r.args.length > 0) expect(same(mergeFromDict(base, parsed.options), py.config), where).toBe(true);
      if (r.impossible.length === 0) {
        exact++;
        expect(same(py.config, derived), where).toBe(true);
      } else {
        expect(same(py.config, derived), `reported impossible but reproduced: ${where}`).toBe(false);
      }
    });
    // Most random pairs are fully expressible; a generator that only made impossible cases would test nothing.
    expect(exact).toBeGreaterThan(samples.length / 4);
  });

  it('reads any k=v text the way DictAction and merge_from_dict do (python3 on the same argv)', () => {
    const token = fc.constantFrom('1', '0', '_', '.', 'e', '-', '+', ',', '(', ')', '[', ']', "'", '"', ' ', 'a', 'True', 'none', 'None', 'inf', 'nan', 'x', '2');
    const option = fc.tuple(fc.constantFrom('lr', 'a.b', 'a.0', 'lst.1', 'd._delete_', 'd.k', 'n.m.o'), fc.array(token, { maxLength: 8 }).map((t) => t.join('')));
    const arb = fc.tuple(fc.array(fc.array(option, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 2 }), fc.constantFrom<Dialect>('mmcv1', 'mmengine'));
    const base: PyDict = { lr: 0.02, a: { b: 1 }, lst: [{ t: 1 }, { t: 2 }], d: { k: 1, j: 2 }, n: 5 };
    const samples = fc.sample(arb, { seed, numRuns: 300 });
    const cases: Case[] = samples.map(([groups, dialect]) => ({
      base,
      argv: groups.flatMap((g) => ['--cfg-options', ...g.map(([k, v]) => `${k}=${v}`)]),
      dialect,
    }));
    const results = applyWithPython(cases);
    samples.forEach(([groups, dialect], i) => {
      const py = results[i];
      if (!py) throw new Error('missing result');
      const line = `python tools/train.py c.py ${groups.map((g) => formatCfgOptionsLine(g.map(([k, v]) => `${k}=${v}`))).join(' ')}`;
      const parsed = parseTrainCommand(line, dialect);
      let ts: { config: PyValue } | { error: string };
      try {
        if (parsed.problems.length > 0) throw new Error(parsed.problems.join('; '));
        ts = { config: mergeFromDict(base, parsed.options) };
      } catch (e) {
        ts = { error: String(e) };
      }
      const where = JSON.stringify({ line, py, ts });
      expect('config' in ts, where).toBe('config' in py);
      if ('config' in ts && 'config' in py) expect(same(ts.config, py.config), where).toBe(true);
    });
  });
});
