export { parseOptionArg, parseOptionValue, parseScalar, DictActionError } from './dictAction.ts';
export type { CfgOption } from './dictAction.ts';
export { mergeFromDict, nestOptions, MergeOptionsError } from './mergeFromDict.ts';
export { formatCfgOptionsLine, renderCfgOptions, renderValue, shellQuote } from './renderCfgOptions.ts';
export type { Impossible, ImpossibleReason, RenderedCfgOptions } from './renderCfgOptions.ts';
export { splitShellWords } from './shellWords.ts';
export { parseTrainCommand } from './parseTrainCommand.ts';
export type { TrainCommand } from './parseTrainCommand.ts';
