import type { SectionSpec } from '../fieldSpec.ts';
import { checkpointSection } from './checkpoint.ts';
import { environmentSection } from './environment.ts';
import { evaluationSection } from './evaluation.ts';
import { logSection } from './log.ts';
import { lrConfigSection } from './lrConfig.ts';
import { momentumConfigSection } from './momentumConfig.ts';
import { optimizerSection } from './optimizer.ts';
import { optimizerConfigSection } from './optimizerConfig.ts';
import { runnerSection } from './runner.ts';

/** Every runtime section of an MMCV 1.x config, in the order the UI shows them. */
export const runtimeSections: SectionSpec[] = [
  optimizerSection,
  optimizerConfigSection,
  lrConfigSection,
  momentumConfigSection,
  runnerSection,
  checkpointSection,
  logSection,
  evaluationSection,
  environmentSection,
];

/** Every field of every runtime section, for lookups by path. */
export const runtimeFields = runtimeSections.flatMap((s) => s.fields);
