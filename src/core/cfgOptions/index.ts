export { parseOptionValue } from './dictAction.ts';
export { mergeFromDict, MergeOptionsError } from './mergeFromDict.ts';
export { formatCfgOptionsLine, renderCfgOptions } from './renderCfgOptions.ts';
export type { Impossible, ImpossibleReason } from './renderCfgOptions.ts';
export { splitShellWords } from './shellWords.ts';
export { parseTrainCommand } from './parseTrainCommand.ts';
