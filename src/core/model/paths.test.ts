import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PyDict, PyValue } from '../python/value.ts';
import { pyEqual } from '../python/value.ts';
import { getAtPath, setAtPath } from './paths.ts';

const seed = Number(process.env.FC_SEED ?? Date.now() % 100000);
console.log(`fast-check seed ${seed}`);

const keyArb = fc.constantFrom('a', 'b', 'c', 'lr_config', 'step');
const valueArb: fc.Arbitrary<PyValue> = fc.oneof(fc.integer(), fc.string({ maxLength: 3 }), fc.constant(null), fc.boolean());
const dictArb: fc.Arbitrary<PyDict> = fc.letrec<{ d: PyDict }>((tie) => ({
  d: fc.dictionary(keyArb, fc.oneof({ depthSize: 'small' }, valueArb, tie('d')), { maxKeys: 4 }),
})).d;
const pathArb = fc.array(keyArb, { minLength: 1, maxLength: 3 });

describe('setAtPath', () => {
  it('reads back what it wrote and leaves the input untouched', () => {
    fc.assert(
      fc.property(dictArb, pathArb, valueArb, (config, path, value) => {
        const before = structuredClone(config);
        const next = setAtPath(config, path, value);
        expect(pyEqual(getAtPath(next, path) ?? null, value)).toBe(true);
        expect(config).toEqual(before);
      }),
      { seed },
    );
  });

  it('deletes with undefined and keeps the order of the other keys', () => {
    fc.assert(
      fc.property(dictArb, pathArb, (config, path) => {
        const next = setAtPath(config, path, undefined);
        expect(getAtPath(next, path)).toBeUndefined();
        const parentPath = path.slice(0, -1);
        const before = parentPath.length === 0 ? config : getAtPath(config, parentPath);
        const after = parentPath.length === 0 ? next : getAtPath(next, parentPath);
        if (before && typeof before === 'object' && after && typeof after === 'object') {
          expect(Object.keys(after)).toEqual(Object.keys(before).filter((k) => k !== path.at(-1)));
        }
      }),
      { seed },
    );
  });

  it('replaces in place and appends new keys', () => {
    const config: PyDict = { a: 1, b: { c: 2 }, d: 3 };
    expect(Object.keys(setAtPath(config, ['b'], 5))).toEqual(['a', 'b', 'd']);
    expect(Object.keys(setAtPath(config, ['e'], 5))).toEqual(['a', 'b', 'd', 'e']);
    expect(setAtPath(config, ['x', 'y', 'z'], 1)).toEqual({ ...config, x: { y: { z: 1 } } });
    expect(setAtPath(config, ['x', 'y'], undefined)).toBe(config);
    expect(setAtPath(config, ['d'], 3)).not.toBe(config);
  });

  it('shares untouched branches', () => {
    const config: PyDict = { a: { x: 1 }, b: { y: 2 } };
    const next = setAtPath(config, ['a', 'x'], 2);
    expect(next.b).toBe(config.b);
  });
});
