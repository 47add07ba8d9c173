/**
 * The diagnostics rules for MMDetection 3.x (MMEngine) configs, lazy-import ones included, in the
 * order their findings are most useful to read. A rule that MMCV judges differently has its 2.x
 * twin, with the same id, in ../mmcv1/rules.ts.
 */
import { autoScaleLrBaseBatchMmengine, autoScaleLrIncomplete } from '../../diagnostics/rules/autoScaleLr.ts';
import { checkpointUnitMismatchMmengine, lastEpochNotSavedMmengine, maxKeepKeepsNewestMmengine, saveBestWithoutValidation } from '../../diagnostics/rules/checkpointRules.ts';
import { cosineTmaxMismatch } from '../../diagnostics/rules/cosineTmaxMismatch.ts';
import { evaluationNeverRunsMmengine } from '../../diagnostics/rules/evaluationNeverRuns.ts';
import { hookUnknownArgumentMmengine } from '../../diagnostics/rules/hookUnknownArgument.ts';
import { intervalTooFrequentMmengine } from '../../diagnostics/rules/intervalTooFrequent.ts';
import { legacyKeyIgnored } from '../../diagnostics/rules/legacyKeyIgnored.ts';
import { logIntervalBeyondEpochMmengine } from '../../diagnostics/rules/logIntervalBeyondEpoch.ts';
import { epochMilestonesUnderIterationsMmengine, milestoneBeyondEndMmengine } from '../../diagnostics/rules/milestoneUnits.ts';
import { optimizerUnknownArgumentMmengine } from '../../diagnostics/rules/optimizerUnknownArgument.ts';
import { partialRunnerGroup } from '../../diagnostics/rules/partialRunnerGroup.ts';
import { policyUnregisteredMmengine } from '../../diagnostics/rules/policyUnregistered.ts';
import { resumeAndLoadMmengine } from '../../diagnostics/rules/resumeAndLoad.ts';
import { loopWithoutType, runnerConflictingLengthMmengine } from '../../diagnostics/rules/runnerConflictingLength.ts';
import { runnerUnknownArgumentMmengine } from '../../diagnostics/rules/runnerUnknownArgument.ts';
import { schedulerGapsOverlaps } from '../../diagnostics/rules/schedulerGapsOverlaps.ts';
import { schedulerUnknownArgument } from '../../diagnostics/rules/schedulerUnknownArgument.ts';
import { strayDelete } from '../../diagnostics/rules/strayDelete.ts';
import { warmupDoesNothingMmengine } from '../../diagnostics/rules/warmupDoesNothing.ts';
import { warmupLongerThanTrainingMmengine } from '../../diagnostics/rules/warmupLongerThanTraining.ts';
import { absoluteMinWithLrMultMmengine } from '../../diagnostics/rules/absoluteMinWithLrMult.ts';
import { accumulationNotInScheduleMmengine } from '../../diagnostics/rules/accumulationNotInSchedule.ts';
import { perEpochStaircaseMmengine } from '../../diagnostics/rules/perEpochStaircase.ts';
import { saveBestUnknownMetricMmengine } from '../../diagnostics/rules/saveBestMetricKey.ts';
import { schedulerResolvedEnd } from '../../diagnostics/rules/schedulerResolvedEnd.ts';
import { constructorNotModelledMmengine } from '../../diagnostics/rules/constructorNotModelled.ts';
import type { Rule } from '../../diagnostics/types.ts';

export const mmengineRules: readonly Rule[] = [
  optimizerUnknownArgumentMmengine,
  constructorNotModelledMmengine,
  hookUnknownArgumentMmengine,
  runnerUnknownArgumentMmengine,
  schedulerUnknownArgument,
  runnerConflictingLengthMmengine,
  loopWithoutType,
  partialRunnerGroup,
  strayDelete,
  policyUnregisteredMmengine,
  legacyKeyIgnored,
  warmupLongerThanTrainingMmengine,
  epochMilestonesUnderIterationsMmengine,
  milestoneBeyondEndMmengine,
  cosineTmaxMismatch,
  warmupDoesNothingMmengine,
  schedulerGapsOverlaps,
  schedulerResolvedEnd,
  absoluteMinWithLrMultMmengine,
  accumulationNotInScheduleMmengine,
  perEpochStaircaseMmengine,
  lastEpochNotSavedMmengine,
  intervalTooFrequentMmengine,
  checkpointUnitMismatchMmengine,
  saveBestWithoutValidation,
  saveBestUnknownMetricMmengine,
  maxKeepKeepsNewestMmengine,
  resumeAndLoadMmengine,
  evaluationNeverRunsMmengine,
  logIntervalBeyondEpochMmengine,
  autoScaleLrIncomplete,
  autoScaleLrBaseBatchMmengine,
];
