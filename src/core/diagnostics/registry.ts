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
import { resumeAndLoad } from './rules/resumeAndLoad.ts';
import { partialRunnerGroup } from './rules/partialRunnerGroup.ts';
import { policyUnregistered } from './rules/policyUnregistered.ts';
import { loopWithoutType, runnerConflictingLength } from './rules/runnerConflictingLength.ts';
import { runnerUnknownArgument } from './rules/runnerUnknownArgument.ts';
import { schedulerGapsOverlaps } from './rules/schedulerGapsOverlaps.ts';
import { schedulerUnknownArgument } from './rules/schedulerUnknownArgument.ts';
import { strayDelete } from './rules/strayDelete.ts';
import { warmupDoesNothing } from './rules/warmupDoesNothing.ts';
import { warmupInvalid } from './rules/warmupInvalid.ts';
import { warmupLongerThanTraining } from './rules/warmupLongerThanTraining.ts';
import { absoluteMinWithLrMultMmcv1, absoluteMinWithLrMultMmengine } from './rules/absoluteMinWithLrMult.ts';
import { accumulationNotInScheduleMmcv1, accumulationNotInScheduleMmengine } from './rules/accumulationNotInSchedule.ts';
import { perEpochStaircaseMmcv1, perEpochStaircaseMmengine } from './rules/perEpochStaircase.ts';
import { saveBestUnknownMetricMmcv1, saveBestUnknownMetricMmengine } from './rules/saveBestMetricKey.ts';
import { schedulerResolvedEnd } from './rules/schedulerResolvedEnd.ts';
import type { DialectId, Rule } from './types.ts';

/** Rules for MMDetection 2.x (MMCV 1.x) configs. */
const mmcv1Rules: readonly Rule[] = [
  optimizerUnknownArgument,
  hookUnknownArgument,
  runnerUnknownArgument,
  runnerConflictingLength,
  strayDelete,
  policyUnregistered,
  warmupInvalid,
  warmupLongerThanTraining,
  epochMilestonesUnderIterations,
  milestoneBeyondEnd,
  warmupDoesNothing,
  absoluteMinWithLrMultMmcv1,
  accumulationNotInScheduleMmcv1,
  perEpochStaircaseMmcv1,
  lastEpochNotSaved,
  intervalTooFrequent,
  checkpointUnitMismatch,
  saveBestUnknownMetricMmcv1,
  maxKeepKeepsNewest,
  resumeAndLoad,
  evaluationNeverRuns,
  logIntervalBeyondEpoch,
  autoScaleLrIncomplete,
  autoScaleLrBaseBatch,
];

/** Rules for MMDetection 3.x (MMEngine) configs, lazy-import ones included. */
const mmengineRules: readonly Rule[] = [
  optimizerUnknownArgument,
  hookUnknownArgument,
  runnerUnknownArgument,
  schedulerUnknownArgument,
  runnerConflictingLength,
  loopWithoutType,
  partialRunnerGroup,
  strayDelete,
  policyUnregistered,
  legacyKeyIgnored,
  warmupLongerThanTraining,
  epochMilestonesUnderIterations,
  milestoneBeyondEnd,
  cosineTmaxMismatch,
  warmupDoesNothing,
  schedulerGapsOverlaps,
  schedulerResolvedEnd,
  absoluteMinWithLrMultMmengine,
  accumulationNotInScheduleMmengine,
  perEpochStaircaseMmengine,
  lastEpochNotSaved,
  intervalTooFrequent,
  checkpointUnitMismatch,
  saveBestWithoutValidation,
  saveBestUnknownMetricMmengine,
  maxKeepKeepsNewest,
  resumeAndLoad,
  evaluationNeverRuns,
  logIntervalBeyondEpoch,
  autoScaleLrIncomplete,
  autoScaleLrBaseBatch,
];

/** Every rule, each once (for listings and the per-rule fixture counts); a rule written per dialect appears twice under one id. */
export const allRules: readonly Rule[] = [...new Set([...mmcv1Rules, ...mmengineRules])];

const byDialect: Record<DialectId, readonly Rule[]> = { mmcv1: mmcv1Rules, mmengine: mmengineRules };

/** The rules that apply to configs of `dialect`. */
export function rulesFor(dialect: DialectId): readonly Rule[] {
  return byDialect[dialect];
}
