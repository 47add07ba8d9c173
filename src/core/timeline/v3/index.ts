export { computeTimelineV3 } from './computeTimelineV3.ts';
export { listCheckpointSaves, simulateKeptCheckpointsV3 } from './checkpointsV3.ts';
export { listValidations } from './validationV3.ts';
