/** Why the curves have their shape (segments, sentences, fields) and the reverse, field → curve ranges: for the charts and forms. */
export { explainSchedule, findFieldRanges, findSegmentAt, isUnderField } from '../explain/explainSchedule.ts';
export type { CurveExplanation, CurveName, CurveSegment, ExplainResult, FieldPath, SegmentShape } from '../explain/types.ts';
