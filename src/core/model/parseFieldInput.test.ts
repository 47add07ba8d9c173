import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PyValue } from '../python/value.ts';
import { pyEqual } from '../python/value.ts';
import { dictFromEntries } from '../python/pyMap.ts';
import type { FieldKind, FieldSpec } from './fieldSpec.ts';
import { formatFieldValue, parseFieldInput } from './parseFieldInput.ts';

const seed = Number(process.env.FC_SEED ?? Date.now() % 100000);
console.log(`fast-check seed ${seed}`);

const spec = (type: FieldKind, extra: Partial<FieldSpec> = {}): FieldSpec => ({
  path: ['x', 'y'],
  type,
  label: { en: 'x', zh: 'x' },
  help: { en: 'x', zh: 'x' },
  ...extra,
});
const floatSpec = spec({ kind: 'float' });
const intSpec = spec({ kind: 'int' });

function parsed(s: FieldSpec, text: string): PyValue {
  const r = parseFieldInput(s, text);
  if (!r.ok) throw new Error(r.message.en);
  return r.value;
}

describe('parseFieldInput numbers', () => {
  it.each([
    ['1e-4', 0.0001],
    ['1.0 / 10', 0.1],
    ['0.02 * 8 / 16', 0.01],
    ['2 ** -3', 0.125],
    ['-2 ** 2', -4],
    ['(1 + 2) * 3', 9],
    ['3 // 2', 1],
    ['-7 % 3', 2],
    ['1_000', 1000],
    ['.5', 0.5],
  ])('reads %s as Python does', (text, value) => {
    expect(parsed(floatSpec, text)).toEqual(value);
  });

  it('keeps int and float apart as Python would', () => {
    expect(parsed(floatSpec, '1.0')).toEqual({ $float: 1 });
    expect(parsed(floatSpec, '4 / 2')).toEqual({ $float: 2 });
    expect(parsed(floatSpec, '2 ** 3')).toBe(8);
    expect(parsed(floatSpec, '3.0 // 2')).toEqual({ $float: 1 });
    expect(parsed(intSpec, '2 ** 10')).toBe(1024);
  });

  it('rejects what is not a number of the right kind', () => {
    expect(parseFieldInput(intSpec, '1.5').ok).toBe(false);
    expect(parseFieldInput(intSpec, '1e3').ok).toBe(false);
    expect(parseFieldInput(floatSpec, 'abc').ok).toBe(false);
    expect(parseFieldInput(floatSpec, '1 / 0').ok).toBe(false);
    expect(parseFieldInput(floatSpec, "__import__('os')").ok).toBe(false);
    expect(parseFieldInput(floatSpec, '').ok).toBe(false);
    expect(parseFieldInput(floatSpec, '08').ok).toBe(false);
  });

  it('gives None for empty nullable fields', () => {
    expect(parsed(spec({ kind: 'float' }, { nullable: true }), '')).toBeNull();
    expect(parsed(spec({ kind: 'float' }, { nullable: true }), 'None')).toBeNull();
  });
});

describe('parseFieldInput lists, tuples and literals', () => {
  it('reads lists with or without brackets', () => {
    expect(parsed(spec({ kind: 'int-list' }), '8, 11')).toEqual([8, 11]);
    expect(parsed(spec({ kind: 'int-list' }), '[8, 11]')).toEqual([8, 11]);
    expect(parsed(spec({ kind: 'int-list', allowScalar: true }), '3')).toBe(3);
    expect(parsed(spec({ kind: 'int-list', allowScalar: true }), '[3]')).toEqual([3]);
    expect(parsed(spec({ kind: 'int-list', allowScalar: true }), '3,')).toEqual([3]);
    expect(parseFieldInput(spec({ kind: 'int-list' }), '8, 1.5').ok).toBe(false);
  });

  it('reads tuples', () => {
    expect(parsed(spec({ kind: 'float-tuple', length: 2 }), '(0.9, 0.999)')).toEqual({ $tuple: [0.9, 0.999] });
    expect(parsed(spec({ kind: 'float-tuple', length: 2 }), '10, 1e-4')).toEqual({ $tuple: [10, 0.0001] });
    expect(parseFieldInput(spec({ kind: 'float-tuple', length: 2 }), '1, 2, 3').ok).toBe(false);
  });

  it('reads Python literals', () => {
    expect(parsed(spec({ kind: 'literal' }), "dict(project='det', tags=['a', 'b'], n=(1,), ok=True, x=None)")).toEqual({
      project: 'det',
      tags: ['a', 'b'],
      n: { $tuple: [1] },
      ok: true,
      x: null,
    });
    expect(parsed(spec({ kind: 'literal' }), "{'backbone': {'lr_mult': 0.1}}")).toEqual({ backbone: { lr_mult: 0.1 } });
    expect(parsed(spec({ kind: 'literal' }), "float('inf')")).toEqual({ $float: Infinity });
    expect(parsed(spec({ kind: 'literal' }), '()')).toEqual({ $tuple: [] });
    expect(parseFieldInput(spec({ kind: 'literal' }), '[1, 2').ok).toBe(false);
    expect(parseFieldInput(spec({ kind: 'literal' }), 'open("x")').ok).toBe(false);
  });

  it('reads workflow and custom keys', () => {
    expect(parsed(spec({ kind: 'workflow' }), "('train', 1), ('val', 1)")).toEqual([{ $tuple: ['train', 1] }, { $tuple: ['val', 1] }]);
    expect(parsed(spec({ kind: 'workflow' }), "('train', 1)")).toEqual([{ $tuple: ['train', 1] }]);
    expect(parsed(spec({ kind: 'workflow' }), "[['train', 2]]")).toEqual([{ $tuple: ['train', 2] }]);
    expect(parseFieldInput(spec({ kind: 'workflow' }), "('train', 1.5)").ok).toBe(false);
    expect(parseFieldInput(spec({ kind: 'custom-keys' }), "{'backbone': dict(lr_mult='x')}").ok).toBe(false);
  });

  it('reads str lists and quoted strings', () => {
    expect(parsed(spec({ kind: 'str-list', allowScalar: true }), 'bbox')).toBe('bbox');
    expect(parsed(spec({ kind: 'str-list', allowScalar: true }), 'bbox, segm')).toEqual(['bbox', 'segm']);
    expect(parsed(spec({ kind: 'str-list' }), "['bbox']")).toEqual(['bbox']);
    expect(parsed(spec({ kind: 'str' }), "'auto'")).toBe('auto');
  });
});

describe('formatFieldValue', () => {
  it('writes floats as Python repr does', () => {
    expect(formatFieldValue(floatSpec, 1e-5)).toBe('1e-05');
    expect(formatFieldValue(floatSpec, 0.0001)).toBe('0.0001');
    expect(formatFieldValue(floatSpec, { $float: 1 })).toBe('1.0');
    expect(formatFieldValue(floatSpec, { $float: 1e16 })).toBe('1e+16');
    expect(formatFieldValue(floatSpec, { $float: 1e15 })).toBe('1000000000000000.0');
    expect(formatFieldValue(floatSpec, 1.5e-7)).toBe('1.5e-07');
    expect(formatFieldValue(spec({ kind: 'int-list' }), [8, 11])).toBe('8, 11');
    expect(formatFieldValue(spec({ kind: 'int-list', allowScalar: true }), [8, 11])).toBe('[8, 11]');
    expect(formatFieldValue(spec({ kind: 'float-tuple', length: 2 }), { $tuple: [0.9, 0.999] })).toBe('0.9, 0.999');
  });
});

// Values a field of each kind holds, to check parse(format(v)) = v.
const pyFloatArb = fc.double({ noNaN: true, noDefaultInfinity: true }).map((x): PyValue => (Number.isInteger(x) ? { $float: x } : x));
const pyIntArb = fc.integer({ min: -1e9, max: 1e9 });
const pyNumberArb = fc.oneof(pyFloatArb, pyIntArb);
const strArb = fc.string({ maxLength: 12 });
const leafArb: fc.Arbitrary<PyValue> = fc.oneof(pyNumberArb, strArb, fc.boolean(), fc.constant(null));
const literalArb: fc.Arbitrary<PyValue> = fc.letrec<{ v: PyValue }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small' },
    leafArb,
    fc.array(tie('v'), { maxLength: 3 }),
    fc.array(tie('v'), { maxLength: 3 }).map((items): PyValue => ({ $tuple: items })),
    fc
      .dictionary(fc.string({ maxLength: 6 }).filter((k) => k !== '$float' && k !== '$tuple'), tie('v'), { maxKeys: 3 })
      .map((d): PyValue => dictFromEntries(Object.entries(d))),
  ),
})).v;
const wordArb = fc.string({ minLength: 1, maxLength: 8 });

const cases: Array<[string, FieldSpec, fc.Arbitrary<PyValue>]> = [
  ['float', floatSpec, pyNumberArb],
  ['nullable float', spec({ kind: 'float' }, { nullable: true }), fc.oneof(pyNumberArb, fc.constant(null))],
  ['int', intSpec, pyIntArb],
  ['bool', spec({ kind: 'bool' }), fc.boolean()],
  ['str', spec({ kind: 'str' }), strArb],
  ['nullable str', spec({ kind: 'str' }, { nullable: true }), fc.oneof(strArb, fc.constant(null))],
  ['int-list', spec({ kind: 'int-list' }), fc.array(pyIntArb, { maxLength: 5 })],
  ['int-list or int', spec({ kind: 'int-list', allowScalar: true }), fc.oneof(pyIntArb, fc.array(pyIntArb, { maxLength: 5 }))],
  ['float-list', spec({ kind: 'float-list' }), fc.array(pyNumberArb, { maxLength: 5 })],
  ['str-list', spec({ kind: 'str-list' }, { nullable: true }), fc.oneof(fc.array(wordArb, { maxLength: 4 }), fc.constant(null))],
  ['str or str-list', spec({ kind: 'str-list', allowScalar: true }), fc.oneof(wordArb, fc.array(wordArb, { maxLength: 4 }))],
  ['float-tuple', spec({ kind: 'float-tuple', length: 2 }), fc.tuple(pyNumberArb, pyNumberArb).map((t): PyValue => ({ $tuple: t }))],
  ['literal', spec({ kind: 'literal' }), literalArb],
  ['workflow', spec({ kind: 'workflow' }), fc.array(fc.tuple(wordArb, pyIntArb).map((t): PyValue => ({ $tuple: t })), { maxLength: 3 })],
];

describe('round trips', () => {
  it.each(cases)('parse(format(v)) = v for %s', (_name, s, arb) => {
    fc.assert(
      fc.property(arb, (v) => {
        const text = formatFieldValue(s, v);
        const back = parseFieldInput(s, text);
        if (!back.ok) throw new Error(`${JSON.stringify(v)} → ${text}: ${back.message.en}`);
        expect(pyEqual(back.value, v), `${JSON.stringify(v)} → ${text} → ${JSON.stringify(back.value)}`).toBe(true);
      }),
      { seed, numRuns: 300 },
    );
  });

  it.each(cases)('format(parse(x)) is stable for %s', (_name, s) => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (text) => {
        const first = parseFieldInput(s, text);
        if (!first.ok) return;
        const shown = formatFieldValue(s, first.value);
        const second = parseFieldInput(s, shown);
        expect(second.ok).toBe(true);
        if (second.ok) expect(formatFieldValue(s, second.value)).toBe(shown);
      }),
      { seed, numRuns: 300 },
    );
  });
});
