export type { DecodeShareResult } from './shareLink.ts';
export { decodeShareLink, encodeShareLink, shareHashPrefix } from './shareLink.ts';
export type { DialectId, SharePayload } from './sharePayload.ts';
export type { ShareLinkProblem } from './shareMessages.ts';
export { describeShareLinkProblem } from './shareMessages.ts';
export type { WirePyValue } from './pyValueSchema.ts';
export { encodeWirePyValue, pyDictSchema, pyValueSchema } from './pyValueSchema.ts';
export type { JsonLimits, JsonRefusal } from './guardedJson.ts';
export { parseGuardedJson } from './guardedJson.ts';
