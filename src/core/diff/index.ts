export { diffLines, splitLines } from './lineDiff.ts';
export type { DiffLine } from './lineDiff.ts';
export { formatHunkHeader, groupHunks } from './unifiedHunks.ts';
