import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPyDict, type PyDict } from '../../../python/value.ts';
import { readPyJson } from '../../../python/readJson.ts';
import { simulateMmengine } from './simulate.ts';
import { testDataDir } from '../../../../test/testData.ts';

interface GoldenGroup {
  custom_key: string;
  lr_mult: number;
  lr: number[];
  momentum: number[] | null;
}
interface GoldenCase {
  name: string;
  style: string;
  iters_per_epoch: number;
  total_iters: number;
  expected: { lr: number[]; momentum: number[] | null; extra_groups?: GoldenGroup[] };
}

const CASES_DIR = join(testDataDir, 'golden', 'cases');

function loadMmengineCases(): { golden: GoldenCase; config: PyDict }[] {
  return readdirSync(CASES_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const text = readFileSync(join(CASES_DIR, f), 'utf8');
      const golden = JSON.parse(text) as GoldenCase;
      const typed = readPyJson(text);
      const config = isPyDict(typed) && isPyDict(typed['config']) ? typed['config'] : {};
      return { golden, config };
    })
    .filter((c) => c.golden.style === 'mmengine');
}

/** First iteration whose value differs beyond relative 1e-9 (absolute floor 1e-15), or -1. */
function findMismatch(actual: Float64Array | null, expected: number[] | null): number {
  if (actual === null || expected === null) return actual === expected ? -1 : 0;
  if (actual.length !== expected.length) return Math.min(actual.length, expected.length);
  for (let i = 0; i < expected.length; i++) {
    const want = expected[i] ?? Number.NaN;
    const got = actual[i] ?? Number.NaN;
    if (!(Math.abs(got - want) <= Math.max(1e-15, 1e-9 * Math.abs(want)))) return i;
  }
  return -1;
}

function describeMismatch(label: string, actual: Float64Array | null, expected: number[] | null): string {
  const i = findMismatch(actual, expected);
  return i < 0 ? '' : `${label}[${i}]: got ${actual?.[i]}, want ${expected?.[i]}`;
}

const cases = loadMmengineCases();

describe('MMEngine golden curves', () => {
  it('finds the mmengine cases', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(cases.map((c) => [c.golden.name, c] as const))('%s', (_name, { golden, config }) => {
    const result = simulateMmengine(config, { itersPerEpoch: golden.iters_per_epoch });
    if (!result.ok) throw new Error(result.error.message);
    const curves = result.curves;
    expect(curves.totalIters).toBe(golden.total_iters);
    expect(describeMismatch('lr', curves.base.lr, golden.expected.lr)).toBe('');
    expect(describeMismatch('momentum', curves.base.momentum, golden.expected.momentum)).toBe('');
    const extras = golden.expected.extra_groups ?? [];
    expect(curves.extraGroups.map((g) => [g.customKey, g.lrMult])).toEqual(extras.map((g) => [g.custom_key, g.lr_mult]));
    extras.forEach((want, k) => {
      const got = curves.extraGroups[k];
      expect(describeMismatch(`${want.custom_key}.lr`, got?.lr ?? null, want.lr)).toBe('');
      expect(describeMismatch(`${want.custom_key}.momentum`, got?.momentum ?? null, want.momentum)).toBe('');
    });
  });
});
