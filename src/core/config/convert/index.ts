export { convertToMmengine } from './convertToMmengine.ts';
export { convertToMmcv1 } from './convertToMmcv1.ts';
export { checkCurves, compareCurves } from './curveCheck.ts';
export { describeCurveCheck, printConversion, summarizeCurveCheck } from './printConverted.ts';
export type { ConversionNote, ConversionResult, ConvertOptions, CurveCheck, CurveDiff, GroupCheck } from './types.ts';
