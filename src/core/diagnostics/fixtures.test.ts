/**
 * Every fixture config is a real, working MMDetection recipe: no rule may report an error on any
 * of them. The per-rule counts are printed (they go into the issue's closing note).
 */
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guessItersPerEpoch } from '../schedule/itersFromConfig.ts';
import { diagnoseFile } from './diagnoseFile.ts';
import { allRules } from './registry.ts';
import { diskFs, fixtureLeaves, fixtureRoot } from '../../test/diagnostics/fixtureConfigs.ts';

describe('diagnostics on the fixture configs', () => {
  const leaves = fixtureLeaves();
  const results = leaves.map((path) => ({ path: relative(fixtureRoot, path), ...diagnoseFile(path, diskFs) }));
  // Again with the app's iterations-per-epoch guess (COCO train2017 on 8 GPUs), so the rules that need it run too.
  const withIters = results.map((r) => ({
    path: r.path,
    ...diagnoseFile(join(fixtureRoot, r.path), diskFs, { itersPerEpoch: guessItersPerEpoch(r.loaded.config, r.loaded.dialect).itersPerEpoch }),
  }));

  it('finds the fixture leaves (2.x, 3.x and lazy)', () => {
    expect(results.filter((r) => r.loaded.dialect === 'mmcv1').length).toBeGreaterThan(10);
    expect(results.filter((r) => r.loaded.dialect === 'mmengine' && !r.loaded.lazy).length).toBeGreaterThan(10);
    expect(results.filter((r) => r.loaded.lazy).length).toBeGreaterThan(0);
  });

  it('reports no error on any of them', () => {
    const errors = [...results, ...withIters].flatMap((r) => r.diagnostics.filter((d) => d.severity === 'error').map((d) => `${r.path}: [${d.rule}] ${d.path.join('.')}: ${d.message.en}`));
    expect(errors).toEqual([]);
  });

  it('prints how many configs each rule fires on', () => {
    const lines = [...new Map(allRules.map((r) => [r.id, r])).values()].map((rule) => {
      const hits = results.filter((r) => r.diagnostics.some((d) => d.rule === rule.id));
      const hitsWithIters = withIters.filter((r) => r.diagnostics.some((d) => d.rule === rule.id));
      return `${String(hits.length).padStart(3)} (${String(hitsWithIters.length).padStart(2)} with iters/epoch) / ${results.length}  ${rule.id}${hits.length > 0 ? `  (${hits.map((h) => h.path).slice(0, 3).join(', ')}${hits.length > 3 ? ', ...' : ''})` : ''}`;
    });
    console.log(`configs each rule fires on:\n${lines.join('\n')}`);
    expect(lines).toHaveLength(new Set(allRules.map((r) => r.id)).size);
  });
});
