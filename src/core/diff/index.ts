export { applyLineDiff, diffLines, maxDiffEdits, splitLines } from './lineDiff.ts';
export type { DiffLine } from './lineDiff.ts';
export { formatHunkHeader, groupHunks } from './unifiedHunks.ts';
export type { DiffHunk } from './unifiedHunks.ts';
