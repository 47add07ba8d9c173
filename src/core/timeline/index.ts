export { computeTimeline, maxListedEntries } from './computeTimeline.ts';
export { summarizeTimeline } from './summarizeTimeline.ts';
export { simulateKeptCheckpoints } from './checkpoints.ts';
export type { SaveBest, Timeline, TimelineCheckpoint, TimelineEvaluation, TimelineLog, TimelinePhase, TimelineUnit, TimelineWarning } from './types.ts';
