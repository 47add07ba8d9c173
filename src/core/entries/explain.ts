/** Why the curves have their shape (segments, sentences, fields) and the reverse, field → curve ranges: for the charts and forms. */
export { explainSchedule, findFieldRanges } from '../explain/explainSchedule.ts';
export type { CurveName, CurveSegment } from '../explain/types.ts';
