export { computeTimeline } from './computeTimeline.ts';
export { summarizeTimeline } from './summarizeTimeline.ts';
export type { Timeline } from './types.ts';
