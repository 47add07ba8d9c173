/** Test helpers: diagnose a real fixture config, or a small probe leaf written beside one. */
import { dirname, join } from 'node:path';
import { diagnoseFile } from '../../core/diagnostics/diagnoseFile.ts';
import type { FileDiagnosis } from '../../core/diagnostics/diagnoseFile.ts';
import type { Diagnostic } from '../../core/diagnostics/types.ts';
import { diskFs, fixturePath, overlayFs } from './fixtureConfigs.ts';

/** Diagnoses the fixture at `rel` (under fixtures/mmdet). */
export function diagnoseFixture(rel: string, itersPerEpoch?: number): FileDiagnosis {
  return diagnoseFile(fixturePath(rel), diskFs, itersPerEpoch === undefined ? {} : { itersPerEpoch });
}

/** Diagnoses `text` saved as `name` in the folder of fixture `besideRel`. */
export function diagnoseProbe(besideRel: string, text: string, options: { itersPerEpoch?: number; name?: string } = {}): FileDiagnosis {
  const path = join(dirname(fixturePath(besideRel)), options.name ?? 'probe_leaf.py');
  return diagnoseFile(path, overlayFs({ [path]: text }), options.itersPerEpoch === undefined ? {} : { itersPerEpoch: options.itersPerEpoch });
}

/** The diagnostics of one rule. */
export function byRule(result: FileDiagnosis, rule: string): Diagnostic[] {
  return result.diagnostics.filter((d) => d.rule === rule);
}
