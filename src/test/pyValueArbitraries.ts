import fc from 'fast-check';
import type { PyDict, PyValue } from '../core/python/value.ts';
import { isIndexLikeKey } from '../core/python/value.ts';
import { dictFromEntries } from '../core/python/pyMap.ts';

// Keys as configs use them, plus unicode and names that look dangerous on JS objects.
const keyArb = fc.oneof(
  fc.constantFrom('type', 'lr', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '1', '$ref', 'module'),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
).filter((k) => k !== '__proto__' && k !== '$float' && k !== '$tuple');

const floatArb: fc.Arbitrary<PyValue> = fc
  .oneof(fc.double(), fc.constantFrom(0, 1, 1e20, -3, Infinity, -Infinity, NaN, -0))
  .map((x) => (Number.isInteger(x) || !Number.isFinite(x) ? { $float: x } : x));

const leafArb: fc.Arbitrary<PyValue> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.maxSafeInteger(),
  floatArb,
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.record({ $ref: fc.constantFrom('CheckpointHook', 'SGD'), module: fc.constantFrom('mmengine.hooks', 'torch.optim') }),
);

/** Random PyValues with tuples, lists, dicts, special floats, class refs and unicode. */
export const pyValueArb: fc.Arbitrary<PyValue> = fc.letrec<{ value: PyValue }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leafArb,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.array(tie('value'), { maxLength: 4 }).map((items) => ({ $tuple: items })),
    // Through dictFromEntries: a key like '1' makes the map form, as the reader would.
    fc
      .dictionary(keyArb, tie('value'), { maxKeys: 4 })
      .filter(isDictShaped)
      .map((d): PyValue => dictFromEntries(Object.entries(d))),
  ),
})).value;

/** Random config dicts (the top level of a config: names, so never an integer-like key). */
export const pyDictArb: fc.Arbitrary<PyDict> = fc.dictionary(keyArb.filter((k) => !isIndexLikeKey(k)), pyValueArb, { maxKeys: 6 }).filter(isDictShaped);

// A dict of exactly `$ref` and `module` strings is a class ref by convention, not a dict.
function isDictShaped(d: PyDict): boolean {
  const keys = Object.keys(d);
  return !(keys.length === 2 && typeof d.$ref === 'string' && typeof d.module === 'string');
}
