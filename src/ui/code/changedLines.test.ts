import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findLineEdit } from './changedLines.ts';

const lines = fc.array(fc.constantFrom('a', 'b', 'lr=0.02', '', 'x = dict(\n  y=1)'), { maxLength: 8 }).map((ls) => ls.join('\n'));

describe('findLineEdit', () => {
  it('replacing its block of prev gives next, and the block is whole lines', () => {
    const seed = Date.now() % 1_000_000;
    console.log(`findLineEdit seed ${seed}`);
    fc.assert(
      fc.property(lines, lines, (prev, next) => {
        const edit = findLineEdit(prev, next);
        if (prev === next) return edit === null;
        if (edit === null) return false;
        expect(prev.slice(0, edit.start) + edit.text + prev.slice(edit.end)).toBe(next);
        expect(edit.start === 0 || prev[edit.start - 1] === '\n').toBe(true);
        return true;
      }),
      { seed, numRuns: 2000 },
    );
  });

  it('one changed line in a long file is one line', () => {
    const prev = ['a', 'optimizer = dict(lr=0.02)', 'b', 'c'].join('\n');
    const next = ['a', 'optimizer = dict(lr=0.03)', 'b', 'c'].join('\n');
    expect(findLineEdit(prev, next)).toEqual({ start: 2, end: 27, text: 'optimizer = dict(lr=0.03)' });
  });
});
