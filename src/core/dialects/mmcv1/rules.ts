/**
 * The diagnostics rules for MMDetection 2.x (MMCV 1.x) configs, in the order their findings are
 * most useful to read. A rule that MMEngine judges differently has its 3.x twin, with the same
 * id, in ../mmengine/rules.ts.
 */
import { autoScaleLrBaseBatchMmcv1, autoScaleLrIncomplete } from '../../diagnostics/rules/autoScaleLr.ts';
import { checkpointUnitMismatchMmcv1, lastEpochNotSavedMmcv1, maxKeepKeepsNewestMmcv1 } from '../../diagnostics/rules/checkpointRules.ts';
import { evaluationNeverRunsMmcv1 } from '../../diagnostics/rules/evaluationNeverRuns.ts';
import { hookUnknownArgumentMmcv1 } from '../../diagnostics/rules/hookUnknownArgument.ts';
import { intervalTooFrequentMmcv1 } from '../../diagnostics/rules/intervalTooFrequent.ts';
import { logIntervalBeyondEpochMmcv1 } from '../../diagnostics/rules/logIntervalBeyondEpoch.ts';
import { epochMilestonesUnderIterationsMmcv1, milestoneBeyondEndMmcv1 } from '../../diagnostics/rules/milestoneUnits.ts';
import { optimizerUnknownArgumentMmcv1 } from '../../diagnostics/rules/optimizerUnknownArgument.ts';
import { policyUnregisteredMmcv1 } from '../../diagnostics/rules/policyUnregistered.ts';
import { resumeAndLoadMmcv1 } from '../../diagnostics/rules/resumeAndLoad.ts';
import { runnerConflictingLengthMmcv1 } from '../../diagnostics/rules/runnerConflictingLength.ts';
import { runnerUnknownArgumentMmcv1 } from '../../diagnostics/rules/runnerUnknownArgument.ts';
import { strayDelete } from '../../diagnostics/rules/strayDelete.ts';
import { warmupDoesNothingMmcv1 } from '../../diagnostics/rules/warmupDoesNothing.ts';
import { warmupInvalid } from '../../diagnostics/rules/warmupInvalid.ts';
import { warmupLongerThanTrainingMmcv1 } from '../../diagnostics/rules/warmupLongerThanTraining.ts';
import { absoluteMinWithLrMultMmcv1 } from '../../diagnostics/rules/absoluteMinWithLrMult.ts';
import { accumulationNotInScheduleMmcv1 } from '../../diagnostics/rules/accumulationNotInSchedule.ts';
import { perEpochStaircaseMmcv1 } from '../../diagnostics/rules/perEpochStaircase.ts';
import { saveBestUnknownMetricMmcv1 } from '../../diagnostics/rules/saveBestMetricKey.ts';
import { constructorNotModelledMmcv1 } from '../../diagnostics/rules/constructorNotModelled.ts';
import type { Rule } from '../../diagnostics/types.ts';

export const mmcv1Rules: readonly Rule[] = [
  optimizerUnknownArgumentMmcv1,
  constructorNotModelledMmcv1,
  hookUnknownArgumentMmcv1,
  runnerUnknownArgumentMmcv1,
  runnerConflictingLengthMmcv1,
  strayDelete,
  policyUnregisteredMmcv1,
  warmupInvalid,
  warmupLongerThanTrainingMmcv1,
  epochMilestonesUnderIterationsMmcv1,
  milestoneBeyondEndMmcv1,
  warmupDoesNothingMmcv1,
  absoluteMinWithLrMultMmcv1,
  accumulationNotInScheduleMmcv1,
  perEpochStaircaseMmcv1,
  lastEpochNotSavedMmcv1,
  intervalTooFrequentMmcv1,
  checkpointUnitMismatchMmcv1,
  saveBestUnknownMetricMmcv1,
  maxKeepKeepsNewestMmcv1,
  resumeAndLoadMmcv1,
  evaluationNeverRunsMmcv1,
  logIntervalBeyondEpochMmcv1,
  autoScaleLrIncomplete,
  autoScaleLrBaseBatchMmcv1,
];
