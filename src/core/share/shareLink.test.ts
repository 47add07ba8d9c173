import { unwritableTopLevelKeys } from '../config/write/topLevelNames.ts';
import fc from 'fast-check';
import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { presets } from '../model/presets.ts';
import type { SharePayload } from './sharePayload.ts';
import { decodeShareLink, encodeShareLink, makeShareLink, maxShareUrlChars } from './shareLink.ts';
import { pyDictArb } from '../../test/pyValueArbitraries.ts';
import { readPython } from '../python/read.ts';
import { reprPy } from '../python/repr.ts';

const seed = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31);

const preset = presets[0];
if (!preset) throw new Error('no presets');
const base: SharePayload = { name: 'faster_rcnn', config: preset.config, scheduleBase: '1x', exportMode: 'inherit', dialect: 'mmcv1' };

const link = (json: unknown) => '#c=' + compressToEncodedURIComponent(typeof json === 'string' ? json : JSON.stringify(json));

describe('share links', () => {
  it('round-trips a preset', () => {
    const hash = encodeShareLink(base);
    expect(hash.startsWith('#c=')).toBe(true);
    expect(decodeShareLink(hash)).toEqual({ ok: true, payload: base });
    expect(decodeShareLink('https://x.test/app/' + hash)).toEqual({ ok: true, payload: base });
  });

  it('keeps int vs float, tuples, special floats and key order', () => {
    const config = { b: { $float: 1 }, a: [{ $tuple: ['train', 1] }], c: { $float: Infinity }, d: { $float: NaN }, e: { $float: -0 }, f: 0.1 };
    const r = decodeShareLink(encodeShareLink({ ...base, config }));
    if (!r.ok) throw new Error(r.message.en);
    expect(Object.keys(r.payload.config)).toEqual(['b', 'a', 'c', 'd', 'e', 'f']);
    expect(r.payload.config).toEqual(config);
    expect(Object.is((r.payload.config.e as { $float: number }).$float, -0)).toBe(true);
  });

  it("keeps an integer-like string key where Python has it ({'b': 1, '1': 2} read from a file)", () => {
    const r0 = readPython("custom_keys = {'backbone': dict(lr_mult=0.1), '0': dict(lr_mult=2.0), '4294967294': 1}\n");
    const config = { optimizer: { type: 'SGD', lr: 0.02, paramwise_cfg: { custom_keys: r0.value.custom_keys ?? null } } };
    const r = decodeShareLink(encodeShareLink({ ...base, config }));
    if (!r.ok) throw new Error(r.message.en);
    expect(reprPy(r.payload.config)).toBe(reprPy(config));
    expect(reprPy(r.payload.config)).toContain("{'backbone': {'lr_mult': 0.1}, '0': {'lr_mult': 2.0}, '4294967294': 1}");
  });

  it('keeps a `constructor` key (mmdet optimizers use it) without touching prototypes', () => {
    const config = { optimizer: { constructor: 'LearningRateDecayOptimizerConstructor', type: 'AdamW' }, constructor: { prototype: { polluted: 1 } } };
    const r = decodeShareLink(encodeShareLink({ ...base, config }));
    expect(r.ok && r.payload.config).toEqual(config);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ['', 'no-payload'],
    ['#c=', 'no-payload'],
    ['#c=!!!not-lz', 'not-compressed'],
    [link('not json {'), 'not-json'],
    [link({ v: 99, n: 'x', c: {}, b: '1x', e: 'inherit', d: 'mmcv1' }), 'unknown-version'],
    [link({ n: 'x' }), 'invalid-content'],
    [link([1, 2]), 'invalid-content'],
    [link({ v: 1, n: 'x', c: [], b: '1x', e: 'inherit', d: 'mmcv1' }), 'invalid-content'],
    [link({ v: 1, n: 'x', c: {}, b: '3x', e: 'inherit', d: 'mmcv1' }), 'invalid-content'],
    [link({ v: 1, n: 'x', c: { a: { $float: 'x' } }, b: '1x', e: 'inherit', d: 'mmcv1' }), 'invalid-content'],
    [link({ v: 1, n: 'x', c: {}, b: '1x', e: 'inherit', d: 'mmcv1', extra: 1 }), 'invalid-content'],
    [link('{"v":1,"n":"x","c":{"__proto__":{"polluted":1}},"b":"1x","e":"inherit","d":"mmcv1"}'), 'forbidden-key'],
    [link('{"v":1,"c":' + '['.repeat(65) + ']'.repeat(65) + '}'), 'too-deep'],
    [link({ v: 1, n: 'x', c: { big: 'x'.repeat(210_000) }, b: '1x', e: 'inherit', d: 'mmcv1' }), 'too-large'],
  ])('refuses %#', (hash, problem) => {
    const r = decodeShareLink(hash);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem).toBe(problem);
      expect(r.message.en.length).toBeGreaterThan(10);
      expect(r.message.zh.length).toBeGreaterThan(5);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('stops a decompression bomb early', () => {
    // Each character repeats the previous run one longer: output grows quadratically.
    const hash = '#c=' + compressToEncodedURIComponent('a'.repeat(3_000_000));
    const started = Date.now();
    const r = decodeShareLink(hash);
    expect(r.ok).toBe(false);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('keys no config file can hold', () => {
  it.each([['a b'], ['text'], ['__x'], ['class'], ['pretty_text']])('%j at the top level is refused with a message', (key) => {
    const r = decodeShareLink(encodeShareLink({ ...base, config: { [key]: 1 } }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message.en).toMatch(/cannot be Python names/);
  });

  it('env_variables is a reserved name only for MMEngine configs; nested keys are free', () => {
    expect(decodeShareLink(encodeShareLink({ ...base, config: { env_variables: 1 } })).ok).toBe(true);
    expect(decodeShareLink(encodeShareLink({ ...base, dialect: 'mmengine', config: { env_variables: 1 } })).ok).toBe(false);
    expect(decodeShareLink(encodeShareLink({ ...base, config: { x: { 'a b': 1, text: 2 } } })).ok).toBe(true);
  });
});

describe(`share link properties (seed ${seed}, replay with FC_SEED=${seed})`, () => {
  it('decode(encode(x)) = x', () => {
    fc.assert(
      fc.property(pyDictArb, fc.string({ unit: 'grapheme', maxLength: 20 }), fc.constantFrom('mmcv1', 'mmengine' as const), (config, name, dialect) => {
        const payload: SharePayload = { ...base, name, config, dialect };
        const decoded = decodeShareLink(encodeShareLink(payload));
        // A config whose top-level keys no config file can hold is refused, naming the keys.
        const bad = unwritableTopLevelKeys(config, dialect);
        if (bad.length === 0) expect(decoded).toEqual({ ok: true, payload });
        else expect(decoded.ok ? '' : decoded.message.en).toContain(JSON.stringify(bad[0]));
      }),
      { seed, numRuns: 300 },
    );
  });

  it('truncated or mutated links never throw: they decode to a valid payload or give a message', () => {
    const valid = encodeShareLink(base);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$ %#';
    const mutation = fc.oneof(
      fc.integer({ min: 0, max: valid.length }).map((n) => valid.slice(0, n)),
      fc.tuple(fc.integer({ min: 3, max: valid.length - 1 }), fc.constantFrom(...alphabet)).map(([i, ch]) => valid.slice(0, i) + ch + valid.slice(i + 1)),
      fc.tuple(fc.integer({ min: 3, max: valid.length }), fc.string({ maxLength: 5 })).map(([i, s]) => valid.slice(0, i) + s + valid.slice(i)),
      fc.string({ maxLength: 200 }).map((s) => '#c=' + s),
    );
    fc.assert(
      fc.property(mutation, (hash) => {
        const r = decodeShareLink(hash);
        if (r.ok) expect(typeof r.payload.name).toBe('string');
        else expect(r.message.en).not.toBe('');
      }),
      { seed, numRuns: 2000 },
    );
  });
});

describe('share links carrying the user files', () => {
  const text = "_base_ = ['../_base_/schedules/schedule_2x.py']\n# halved for 4 GPUs\noptimizer = dict(lr=0.01)\n";
  // Random text does not compress: 40,000 characters of it make a link past 32 KB.
  let state = 12345;
  const noise = Array.from({ length: 40_000 }, () => String.fromCharCode(33 + ((state = (state * 1103515245 + 12345) % 2 ** 31) % 90))).join('');
  const source = { entry: 'configs/studio/frcnn.py', files: { 'configs/studio/frcnn.py': text, 'configs/_base_/big.py': `# ${noise}\n` } };

  it('round-trips the files with their comments (version 2)', () => {
    const small = { entry: source.entry, files: { [source.entry]: text } };
    const r = decodeShareLink(encodeShareLink({ ...base, source: small }));
    expect(r.ok && r.payload.source?.files[source.entry]).toBe(text);
    expect(r.ok && r.payload.source?.entry).toBe(source.entry);
  });

  it('still reads version 1 links', () => {
    const r = decodeShareLink(link({ v: 1, n: 'x', c: {}, b: '1x', e: 'inherit', d: 'mmcv1' }));
    expect(r.ok).toBe(true);
  });

  it('refuses files whose entry is not among them, and files in a version 1 link', () => {
    const v2 = { v: 2, n: 'x', c: {}, b: '1x', e: 'inherit', d: 'mmcv1' };
    expect(decodeShareLink(link({ ...v2, s: { e: 'a.py', f: { 'b.py': '' } } })).ok).toBe(false);
    expect(decodeShareLink(link({ ...v2, v: 1, s: { e: 'a.py', f: { 'a.py': '' } } })).ok).toBe(false);
  });

  it('leaves the base files out past the size limit, keeps the entry file, refuses past it', () => {
    const made = makeShareLink({ ...base, source }, maxShareUrlChars);
    expect(made.ok && made.carries).toBe('entry-file');
    const r = made.ok ? decodeShareLink(made.hash) : null;
    expect(r?.ok && Object.keys(r.payload.source?.files ?? {})).toEqual([source.entry]);
    const huge = { entry: source.entry, files: { [source.entry]: `# ${noise}\n` } };
    const refused = makeShareLink({ ...base, source: huge }, maxShareUrlChars);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.tooLong).toBeGreaterThan(maxShareUrlChars);
    expect(makeShareLink(base).ok && makeShareLink(base)).toMatchObject({ carries: 'config' });
  });
});
