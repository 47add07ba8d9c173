export type { ParsedLog } from './types.ts';
export { parseTrainingLog } from './parseTrainingLog.ts';
export { chooseItersPerEpoch, compareToPlan, fitItersPerEpoch, pointIteration } from './compareToPlan.ts';
export type { LogCheck } from './compareToPlan.ts';
export type { DivergenceCause, PlanView } from './explainDivergence.ts';
export { describeCause } from './describeCause.ts';
