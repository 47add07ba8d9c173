import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGoldenCase } from './goldenCase.ts';
import { simulateMmcv1 } from './simulate.ts';
import { testDataDir } from '../../../../test/testData.ts';

const casesDir = resolve(testDataDir, 'golden', 'cases');

interface Expected {
  lr: number[];
  momentum: number[] | null;
  extra_groups?: { custom_key: string; lr: number[]; momentum: number[] | null }[];
}

function loadCases(): { file: string; text: string }[] {
  return readdirSync(casesDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ file, text: readFileSync(join(casesDir, file), 'utf8') }))
    .filter(({ text }) => readGoldenCase(text).style === 'mmcv1');
}

/** First index where `got` leaves relative 1e-9 (absolute floor 1e-15) of `want`, or -1. */
function firstMismatch(got: Float64Array | null, want: number[] | null | undefined): number {
  if (got === null || want === null || want === undefined) return got === null && (want ?? null) === null ? -1 : 0;
  if (got.length !== want.length) return Math.min(got.length, want.length);
  for (let i = 0; i < want.length; i++) {
    const w = want[i] ?? Number.NaN;
    const g = got[i] ?? Number.NaN;
    if (!(Math.abs(g - w) <= Math.max(1e-15, 1e-9 * Math.abs(w)))) return i;
  }
  return -1;
}

function describeMismatch(label: string, got: Float64Array | null, want: number[] | null | undefined): string {
  const at = firstMismatch(got, want);
  return at < 0 ? '' : `${label} differs at iteration ${at}: got ${got?.[at]}, want ${want?.[at]}`;
}

describe('mmcv1 golden curves', () => {
  const cases = loadCases();
  it('finds the mmcv1 cases', () => {
    expect(cases.length).toBeGreaterThan(0);
  });
  for (const { file, text } of cases) {
    it(file, () => {
      const input = readGoldenCase(text);
      const root = JSON.parse(text) as { expected: Expected };
      const expected = root.expected;
      const result = simulateMmcv1(input.config, { itersPerEpoch: input.itersPerEpoch });
      if (!result.ok) throw new Error(`simulation failed: ${result.error.message}`);
      const { curves } = result;
      expect(curves.totalIters).toBe(expected.lr.length);
      const problems = [
        describeMismatch('lr', curves.base.lr, expected.lr),
        describeMismatch('momentum', curves.base.momentum, expected.momentum),
      ];
      for (const group of expected.extra_groups ?? []) {
        const mine = curves.extraGroups.find((g) => g.customKey === group.custom_key);
        if (!mine) {
          problems.push(`no extra group ${group.custom_key}`);
          continue;
        }
        problems.push(describeMismatch(`${group.custom_key} lr`, mine.lr, group.lr));
        problems.push(describeMismatch(`${group.custom_key} momentum`, mine.momentum, group.momentum));
      }
      expect(problems.filter(Boolean)).toEqual([]);
    });
  }
});
