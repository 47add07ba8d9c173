export { convertToMmengine } from './convertToMmengine.ts';
export { convertToMmcv1 } from './convertToMmcv1.ts';
export { printConversion } from './printConverted.ts';
export type { ConversionResult } from './types.ts';
