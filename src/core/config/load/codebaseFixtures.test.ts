/**
 * Real configs of other OpenMMLab codebases (test-data/fixtures/codebases, with their `_base_`
 * chains; SOURCES.md lists them): read exactly as the real loaders read them (`json.dumps` text of
 * `Config.fromfile`, key order, int/float spelling and non-string keys included) and charted
 * exactly as the real schedulers and codebase classes run (golden-format curves from the reference
 * harness, at 50 iterations per epoch).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeFs } from '../../../cli/readConfigText.ts';
import { dialectById } from '../../entries/allDialects.ts';
import { printJson } from '../../python/jsonText.ts';
import { testDataDir } from '../../../test/testData.ts';
import { loadConfig } from './loadConfig.ts';

const root = join(testDataDir, 'fixtures/codebases');

/** The leaves are the files with an expected output (a leaf's bases are not always under `_base_/`). */
function listExpected(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.isDirectory()) return listExpected(join(dir, e.name));
    return e.name.endsWith('.config.json') ? [join(dir, e.name)] : [];
  });
}

interface GoldenCurves {
  total_iters: number;
  expected: { lr: number[]; momentum: number[] | null; extra_groups?: { custom_key: string; lr: number[]; momentum: number[] | null }[] };
}

function firstDifference(got: Float64Array | null | undefined, want: readonly number[] | null | undefined): number {
  if (got == null || want == null) return got == null && want == null ? -1 : 0;
  if (got.length !== want.length) return Math.min(got.length, want.length);
  for (let i = 0; i < want.length; i++) {
    const a = got[i] ?? Number.NaN;
    const b = want[i] ?? Number.NaN;
    if (a !== b && !(Math.abs(a - b) <= 1e-13 * Math.max(Math.abs(a), Math.abs(b)))) return i;
  }
  return -1;
}

const leaves = listExpected(join(root, 'expected')).map((p) => relative(join(root, 'expected'), p).replace(/\.config\.json$/, '.py'));

describe('real configs of other OpenMMLab codebases', () => {
  it('has the fixtures (mmpose, mmpretrain, mmselfsup, mmdet3d, mmtrack, mmocr, mmaction2, mmrotate, mmseg)', () => {
    expect(leaves.length).toBeGreaterThanOrEqual(15);
    expect(leaves.filter((l) => l.startsWith('mmsegmentation@v0.')).length).toBeGreaterThanOrEqual(2);
    expect(leaves.filter((l) => l.startsWith('mmsegmentation@v1.')).length).toBeGreaterThanOrEqual(2);
  });

  it.each(leaves)('%s: read as the real loader reads it', (leaf) => {
    const loaded = loadConfig(join(root, leaf), nodeFs);
    expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    // `{{ fileDirname }}` puts the absolute folder of the config into values; the expected output
    // was made in another checkout, so it names the fixtures folder `{fixtures}`.
    const want = readFileSync(join(root, 'expected', leaf.replace(/\.py$/, '.config.json')), 'utf8').trim().replaceAll('{fixtures}/', `${root}/`);
    expect(printJson(loaded.config)).toBe(want);
  });

  it.each(leaves)('%s: charted as the real schedulers run it', (leaf) => {
    const loaded = loadConfig(join(root, leaf), nodeFs);
    const golden = JSON.parse(readFileSync(join(root, 'expected', leaf.replace(/\.py$/, '.curves.json')), 'utf8')) as GoldenCurves;
    const result = dialectById(loaded.dialect).simulate(loaded.config, { itersPerEpoch: 50 });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.curves.totalIters).toBe(golden.total_iters);
    expect(firstDifference(result.curves.base.lr, golden.expected.lr), 'lr').toBe(-1);
    expect(firstDifference(result.curves.base.momentum, golden.expected.momentum), 'momentum').toBe(-1);
    const groups = golden.expected.extra_groups ?? [];
    // The reference harness builds the `custom_keys` groups only; the bias/norm groups have their own golden cases (param-groups/).
    const customGroups = result.curves.extraGroups.filter((g) => g.paramKinds === undefined);
    expect(customGroups.map((g) => g.customKey)).toEqual(groups.map((g) => g.custom_key));
    groups.forEach((g, k) => {
      expect(firstDifference(customGroups[k]?.lr, g.lr), `${g.custom_key}.lr`).toBe(-1);
      expect(firstDifference(customGroups[k]?.momentum, g.momentum), `${g.custom_key}.momentum`).toBe(-1);
    });
  });
});
