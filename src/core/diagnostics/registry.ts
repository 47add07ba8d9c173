/** The rules of each dialect, in the order their findings are most useful to read. */
import { autoScaleLrBaseBatch, autoScaleLrIncomplete } from './rules/autoScaleLr.ts';
import { checkpointUnitMismatch, lastEpochNotSaved, maxKeepKeepsNewest, saveBestWithoutValidation } from './rules/checkpointRules.ts';
import { cosineTmaxMismatch } from './rules/cosineTmaxMismatch.ts';
import { evaluationNeverRuns } from './rules/evaluationNeverRuns.ts';
import { hookUnknownArgument } from './rules/hookUnknownArgument.ts';
import { intervalTooFrequent } from './rules/intervalTooFrequent.ts';
import { legacyKeyIgnored } from './rules/legacyKeyIgnored.ts';
import { logIntervalBeyondEpoch } from './rules/logIntervalBeyondEpoch.ts';
import { epochMilestonesUnderIterations, milestoneBeyondEnd } from './rules/milestoneUnits.ts';
import { optimizerUnknownArgument } from './rules/optimizerUnknownArgument.ts';
import { policyUnregistered } from './rules/policyUnregistered.ts';
import { runnerConflictingLength } from './rules/runnerConflictingLength.ts';
import { runnerUnknownArgument } from './rules/runnerUnknownArgument.ts';
import { schedulerGapsOverlaps } from './rules/schedulerGapsOverlaps.ts';
import { schedulerUnknownArgument } from './rules/schedulerUnknownArgument.ts';
import { strayDelete } from './rules/strayDelete.ts';
import { warmupDoesNothing } from './rules/warmupDoesNothing.ts';
import { warmupLongerThanTraining } from './rules/warmupLongerThanTraining.ts';
import type { Dialect, Rule } from './types.ts';

const shared: readonly Rule[] = [
  optimizerUnknownArgument,
  hookUnknownArgument,
  runnerUnknownArgument,
  runnerConflictingLength,
  strayDelete,
  policyUnregistered,
  warmupLongerThanTraining,
  epochMilestonesUnderIterations,
  milestoneBeyondEnd,
  warmupDoesNothing,
  lastEpochNotSaved,
  intervalTooFrequent,
  checkpointUnitMismatch,
  maxKeepKeepsNewest,
  evaluationNeverRuns,
  logIntervalBeyondEpoch,
  autoScaleLrIncomplete,
  autoScaleLrBaseBatch,
];

const mmengineOnly: readonly Rule[] = [schedulerUnknownArgument, cosineTmaxMismatch, schedulerGapsOverlaps, saveBestWithoutValidation, legacyKeyIgnored];

/** Every rule, each once (for listings and the per-rule fixture counts). */
export const allRules: readonly Rule[] = [...shared, ...mmengineOnly];

const byDialect: Record<Dialect, readonly Rule[]> = {
  mmcv1: shared,
  mmengine: [...shared.slice(0, 3), ...mmengineOnly.slice(0, 1), ...shared.slice(3), ...mmengineOnly.slice(1)],
};

/** The rules that apply to configs of `dialect`. */
export function rulesFor(dialect: Dialect): readonly Rule[] {
  return byDialect[dialect];
}
