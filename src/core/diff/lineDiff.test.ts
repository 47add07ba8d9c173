import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyLineDiff, diffLines, splitLines } from './lineDiff.ts';
import { formatHunkHeader, groupHunks } from './unifiedHunks.ts';

const seed = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31);

// Few distinct lines so random texts share many of them.
const lines = fc.array(fc.constantFrom('a', 'b', 'c', 'd', '', 'x = 1'), { maxLength: 30 });

function lcsLength(a: readonly string[], b: readonly string[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    let diag = 0;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j] as number;
      row[j] = x === b[j - 1] ? diag + 1 : Math.max(up, row[j - 1] as number);
      diag = up;
    }
  }
  return row[b.length] as number;
}

describe('diffLines', () => {
  it('diffs two small configs', () => {
    const a = splitLines("optimizer = dict(lr=0.02)\nrunner = dict(max_epochs=12)\n");
    const b = splitLines("optimizer = dict(lr=0.01)\nrunner = dict(max_epochs=12)\n");
    expect(diffLines(a, b)).toEqual([
      { op: 'delete', text: 'optimizer = dict(lr=0.02)' },
      { op: 'insert', text: 'optimizer = dict(lr=0.01)' },
      { op: 'equal', text: 'runner = dict(max_epochs=12)' },
      { op: 'equal', text: '' },
    ]);
    expect(diffLines(a, a).every((l) => l.op === 'equal')).toBe(true);
  });

  it('splitLines then join restores the text', () => {
    fc.assert(fc.property(fc.string(), (s) => splitLines(s).join('\n') === s), { seed });
  });
});

describe(`line diff properties (seed ${seed}, replay with FC_SEED=${seed})`, () => {
  it('applying the diff to a gives b; equal+delete lines are a, equal+insert lines are b', () => {
    fc.assert(
      fc.property(lines, lines, (a, b) => {
        const d = diffLines(a, b);
        expect(applyLineDiff(a, d)).toEqual(b);
        expect(d.filter((l) => l.op !== 'insert').map((l) => l.text)).toEqual(a);
        expect(d.filter((l) => l.op !== 'delete').map((l) => l.text)).toEqual(b);
      }),
      { seed, numRuns: 1000 },
    );
  });

  it('is shortest: it keeps as many lines as the longest common subsequence', () => {
    fc.assert(
      fc.property(lines, lines, (a, b) => {
        expect(diffLines(a, b).filter((l) => l.op === 'equal').length).toBe(lcsLength(a, b));
      }),
      { seed, numRuns: 1000 },
    );
  });

  it('stays correct when the edit budget runs out', () => {
    fc.assert(
      fc.property(lines, lines, fc.integer({ min: 0, max: 5 }), (a, b, budget) => {
        expect(applyLineDiff(a, diffLines(a, b, budget))).toEqual(b);
      }),
      { seed, numRuns: 500 },
    );
  });

  it('hunks hold every change once, and their headers count their lines', () => {
    fc.assert(
      fc.property(lines, lines, fc.integer({ min: 0, max: 4 }), (a, b, context) => {
        const d = diffLines(a, b);
        const hunks = groupHunks(d, context);
        const changes = d.filter((l) => l.op !== 'equal').length;
        expect(hunks.flatMap((h) => h.lines).filter((l) => l.op !== 'equal').length).toBe(changes);
        for (const h of hunks) {
          expect(h.lines.filter((l) => l.op !== 'insert').length).toBe(h.oldCount);
          expect(h.lines.filter((l) => l.op !== 'delete').length).toBe(h.newCount);
          // The old lines a hunk shows are a's lines at the place its header names.
          const shownOld = h.lines.filter((l) => l.op !== 'insert').map((l) => l.text);
          if (h.oldCount > 0) expect(a.slice(h.oldStart - 1, h.oldStart - 1 + h.oldCount)).toEqual(shownOld);
        }
      }),
      { seed, numRuns: 500 },
    );
  });

  it('hunk headers match GNU diff -u', () => {
    const a = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'];
    const b = ['1', '2', 'three', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13'];
    // What `diff -u` (GNU diffutils) prints for these files.
    expect(groupHunks(diffLines(a, b)).map(formatHunkHeader)).toEqual(['@@ -1,6 +1,6 @@', '@@ -10,3 +10,4 @@']);
    expect(groupHunks(diffLines([], ['x'])).map(formatHunkHeader)).toEqual(['@@ -0,0 +1 @@']);
  });

  it('handles a few thousand lines quickly', () => {
    const a = Array.from({ length: 3000 }, (_, i) => `line ${i}`);
    const b = a.map((l, i) => (i % 100 === 0 ? `${l} changed` : l));
    const d = diffLines(a, b);
    expect(applyLineDiff(a, d)).toEqual(b);
    expect(d.filter((l) => l.op === 'insert').length).toBe(30);
  });
});
