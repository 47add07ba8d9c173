/** Reading a config with its `_base_` chain (MMCV/MMEngine `Config.fromfile`): a chunk of its own in the app. */
export * from '../config/load/loadConfig.ts';
export type { DialectId } from '../dialects/types.ts';
export { fieldLocator } from '../python/locateInText.ts';
export { missingBaseErrors } from '../config/load/missingBases.ts';
