export type { LogFormat, LogItersPerEpoch, LogPoint, ParsedLog } from './types.ts';
export { parseTrainingLog } from './parseTrainingLog.ts';
export type { ParseLogResult } from './parseTrainingLog.ts';
export { chooseItersPerEpoch, compareToPlan, fitItersPerEpoch, pointIteration } from './compareToPlan.ts';
export type { ChosenItersPerEpoch, ItersPerEpochSource, LogCheck } from './compareToPlan.ts';
export type { ComparedPoint, DivergenceCause, PlanView } from './explainDivergence.ts';
export { describeCause } from './describeCause.ts';
