import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertWithBatchedOracle } from '../../../test/oracle/assertWithBatchedOracle.ts';
import { evalArithmeticWithPython } from '../../../test/oracle/pythonEval.ts';
import { formatFloat, reprPy } from '../../python/repr.ts';
import { parsePyLiteral } from './parsePyLiteral.ts';

// Operands stay where Python and IEEE doubles agree on every step (ints below 2**53, floats far
// from overflow), so a difference is an arithmetic rule, not a range this reader refuses.
const intLeaf = fc.integer({ min: -50, max: 50 }).map(String);
const floatLeaf = fc.oneof(fc.double({ min: -1000, max: 1000, noNaN: true }), fc.constantFrom(0.1, 0.5, -0.0, 2.5, 1e-5, 3.0)).map(formatFloat);
const leaf = fc.oneof(intLeaf, floatLeaf);
const power = fc.tuple(leaf, fc.integer({ min: -2, max: 2 })).map(([b, e]) => `(${b}) ** ${e < 0 ? `(${e})` : e}`);
const expressionArb: fc.Arbitrary<string> = fc.letrec<{ expr: string }>((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small', maxDepth: 2 },
    leaf,
    power,
    fc.tuple(tie('expr'), fc.constantFrom('+', '-', '*', '/', '//', '%'), tie('expr')).map(([a, op, b]) => `(${a} ${op} ${b})`),
    tie('expr').map((a) => `-(${a})`),
  ),
})).expr;

describe('parsePyLiteral arithmetic', () => {
  it.each([
    ['3 // 2', '1'], ['-1 % 3', '2'], ['1 // 0.1', '9.0'], ['2 ** -3', '0.125'], ['0.02 * 8 / 16', '0.01'],
    ['-7 // 2', '-4'], ['7.5 % -2', '-0.5'], ['9007199254740993', '9007199254740993'], ['2 ** 64 + 1', '18446744073709551617'],
  ])('%s is %s', (text, repr) => {
    const r = parsePyLiteral(text);
    expect(r.ok ? reprPy(r.value) : r.message.en).toBe(repr);
  });

  it('refuses division by zero and non-numbers with a located message', () => {
    const r = parsePyLiteral('1 / 0');
    expect(r.ok ? 'ok' : r.message.en).toBe('division by zero (column 3)');
    const s = parsePyLiteral("'a' * 2");
    expect(s.ok).toBe(false);
  });

  it('computes random expressions exactly as python3 does (one python process)', () => {
    const stats = assertWithBatchedOracle(expressionArb, (e) => [e], evalArithmeticWithPython, (e, [expected]) => {
      const r = parsePyLiteral(e);
      expect(r.ok ? reprPy(r.value) : 'error').toBe(expected);
    }, 3000);
    expect(stats).toMatchObject({ unbatched: 0 });
  });

  it('raises to integral powers as python3 does, correctly rounded (one python process)', () => {
    const base = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }).map(formatFloat), fc.integer({ min: -60, max: 60 }).map(String));
    const powerArb = fc.tuple(base, fc.integer({ min: -40, max: 40 })).map(([b, e]) => `(${b}) ** (${e})`);
    const stats = assertWithBatchedOracle(powerArb, (e) => [e], evalArithmeticWithPython, (e, [expected]) => {
      const r = parsePyLiteral(e);
      expect(r.ok ? reprPy(r.value) : 'error').toBe(expected);
    }, 3000);
    expect(stats).toMatchObject({ unbatched: 0 });
  });
});
