import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testDataDir } from '../../test/testData.ts';
import { readGoldenCase } from '../dialects/mmcv1/schedule/goldenCase.ts';
import { simulateSchedule } from './simulate.ts';
import type { ScheduleCurves } from './types.ts';

/** One parameter of the tiny model the real constructor grouped (see test-data/golden/README.md). */
interface GoldenParam {
  param: string;
  /** null: a conv/linear weight, which keeps the optimizer's own settings. */
  kind: string | null;
  lr: number[];
  momentum: number[] | null;
  weight_decay: number[];
}

interface ParamGroupsCase {
  name: string;
  total_iters: number;
  metrics?: number[];
  expected: { lr: number[]; momentum: number[] | null; weight_decay: number[]; param_groups: GoldenParam[] };
}

const DIR = join(testDataDir, 'golden', 'param-groups');
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort();

/** First iteration differing beyond relative 1e-12 (absolute floor 1e-15), or -1. */
function findMismatch(actual: ArrayLike<number> | null, expected: readonly number[] | null): number {
  if (actual === null || expected === null) return actual === expected ? -1 : 0;
  if (actual.length !== expected.length) return Math.min(actual.length, expected.length);
  for (let i = 0; i < expected.length; i++) {
    const want = expected[i] ?? Number.NaN;
    const got = actual[i] ?? Number.NaN;
    if (!(Math.abs(got - want) <= Math.max(1e-15, 1e-12 * Math.abs(want)))) return i;
  }
  return -1;
}

function describeMismatch(label: string, actual: ArrayLike<number> | null, expected: readonly number[] | null): string {
  const i = findMismatch(actual, expected);
  return i < 0 ? '' : `${label}[${i}]: got ${actual?.[i]}, want ${expected?.[i]}`;
}

/** The simulated group a parameter of this kind falls in: the paramwise group naming it, else the optimizer's own. */
function groupIndexOf(curves: ScheduleCurves, kind: string | null): number {
  if (kind === null) return -1;
  return curves.extraGroups.findIndex((g) => g.paramKinds?.some((k) => k === kind) === true);
}

/** A constant curve of the optimizer's weight_decay, for runs where no group differs and nothing schedules it. */
function weightDecayOf(curves: ScheduleCurves, index: number, configWd: number): ArrayLike<number> {
  const wd = curves.otherParams?.find((p) => p.paramName === 'weight_decay');
  if (wd === undefined) return new Float64Array(curves.totalIters).fill(configWd);
  return index < 0 ? wd.base : (wd.extraGroups[index] ?? new Float64Array(0));
}

describe('golden curves of paramwise groups, weight-decay schedulers and ReduceOnPlateau (real upstream code)', () => {
  it('finds the cases', () => {
    expect(files.length).toBeGreaterThanOrEqual(7);
  });

  it.each(files)('%s', (file) => {
    const text = readFileSync(join(DIR, file), 'utf8');
    const golden = JSON.parse(text) as ParamGroupsCase;
    const input = readGoldenCase(text);
    const result = simulateSchedule(input.style, input.config, { itersPerEpoch: input.itersPerEpoch, ...(golden.metrics ? { metrics: golden.metrics } : {}) });
    if (!result.ok) throw new Error(result.error.message);
    const curves = result.curves;
    expect(curves.totalIters).toBe(golden.total_iters);
    const optimizer = (input.style === 'mmcv1' ? input.config['optimizer'] : (input.config['optim_wrapper'] as Record<string, unknown>)['optimizer']) as Record<string, unknown>;
    const configWd = Number(optimizer['weight_decay']);
    const problems: string[] = [];
    for (const p of golden.expected.param_groups) {
      const index = groupIndexOf(curves, p.kind);
      const group = index < 0 ? curves.base : curves.extraGroups[index];
      if (group === undefined) {
        problems.push(`${p.param}: no group`);
        continue;
      }
      problems.push(describeMismatch(`${p.param}.lr`, group.lr, p.lr));
      problems.push(describeMismatch(`${p.param}.momentum`, group.momentum, p.momentum));
      problems.push(describeMismatch(`${p.param}.weight_decay`, weightDecayOf(curves, index, configWd), p.weight_decay));
    }
    expect(problems.filter((s) => s !== '')).toEqual([]);
    // Every paramwise group the simulator draws holds at least one parameter the real constructor set apart.
    const kinds = new Set(golden.expected.param_groups.map((p) => p.kind));
    for (const g of curves.extraGroups) expect(g.paramKinds?.some((k) => kinds.has(k))).toBe(true);
  });
});
