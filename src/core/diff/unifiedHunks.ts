import type { DiffLine } from './lineDiff.ts';

/** A run of changes with its context, as one `@@ -oldStart,oldCount +newStart,newCount @@` block. */
export interface DiffHunk {
  /** 1-based first line in the old text (0 when the hunk covers no old line), as `diff -u` prints it. */
  oldStart: number;
  oldCount: number;
  newStart: number;
  newCount: number;
  lines: DiffLine[];
}

/**
 * Groups a line diff into unified-diff hunks with `context` unchanged lines around each change
 * (GNU `diff -u` merges changes whose context would touch or overlap). No changes, no hunks.
 */
export function groupHunks(diff: readonly DiffLine[], context = 3): DiffHunk[] {
  const changed: number[] = [];
  diff.forEach((l, i) => {
    if (l.op !== 'equal') changed.push(i);
  });
  if (changed.length === 0) return [];
  // Ranges [from, to) of diff indices, merged when the gap between changes is <= 2 * context.
  const ranges: [number, number][] = [];
  for (const i of changed) {
    const from = Math.max(0, i - context);
    const to = Math.min(diff.length, i + 1 + context);
    const last = ranges[ranges.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else ranges.push([from, to]);
  }
  // Old and new line numbers before each diff index.
  const oldBefore: number[] = [];
  const newBefore: number[] = [];
  let o = 0;
  let n = 0;
  for (const l of diff) {
    oldBefore.push(o);
    newBefore.push(n);
    if (l.op !== 'insert') o++;
    if (l.op !== 'delete') n++;
  }
  return ranges.map(([from, to]) => {
    const lines = diff.slice(from, to);
    const oldCount = lines.filter((l) => l.op !== 'insert').length;
    const newCount = lines.filter((l) => l.op !== 'delete').length;
    const oldFirst = oldBefore[from] as number;
    const newFirst = newBefore[from] as number;
    return { oldStart: oldCount === 0 ? oldFirst : oldFirst + 1, oldCount, newStart: newCount === 0 ? newFirst : newFirst + 1, newCount, lines };
  });
}

/** The `@@ -1,4 +1,5 @@` header line of a hunk; a count of 1 is left out, as GNU diff does. */
export function formatHunkHeader(h: DiffHunk): string {
  const range = (start: number, count: number) => (count === 1 ? String(start) : `${start},${count}`);
  return `@@ -${range(h.oldStart, h.oldCount)} +${range(h.newStart, h.newCount)} @@`;
}
