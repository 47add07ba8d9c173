export { computeTimelineV3 } from './computeTimelineV3.ts';
