import { describe, expect, it } from 'vitest';
import { parsePython } from '../../python/parse.ts';
import { readPython } from '../../python/read.ts';
import type { PyDict } from '../../python/value.ts';
import { patchExpression } from './patchExpression.ts';
import type { TextEdit } from './textEdits.ts';
import { applyTextEdits } from './textEdits.ts';

/** Patches the value of the file's statement `x = ...` to `desired`. */
function patch(text: string, desired: PyDict): string {
  const stmt = parsePython(text).tree.body.find((s) => s.kind === 'Assign' && s.targets[0]?.kind === 'Name' && s.targets[0].id === 'x');
  if (stmt?.kind !== 'Assign') throw new Error('no assignment');
  const own = readPython(text).value.x ?? null;
  const edits: TextEdit[] = [];
  patchExpression(text, stmt.value, own, desired, edits);
  const out = applyTextEdits(text, edits);
  expect(readPython(out).value.x, out).toEqual(desired);
  return out;
}

describe('patchExpression', () => {
  it('replaces only the changed value, keeping comments and layout', () => {
    expect(patch("x = dict(\n    a=1,  # why\n    b='s')\n", { a: 2, b: 's' })).toBe("x = dict(\n    a=2,  # why\n    b='s')\n");
  });

  it('adds entries one per line when entries have their own lines, inline otherwise', () => {
    expect(patch('x = dict(\n    a=1,\n    b=2)\n', { a: 1, b: 2, c: 3 })).toBe('x = dict(\n    a=1,\n    b=2,\n    c=3)\n');
    expect(patch('x = dict(a=1, b=2)\n', { a: 1, b: 2, c: 3 })).toBe('x = dict(a=1, b=2, c=3)\n');
    expect(patch("x = {'a': 1}\n", { a: 1, 'b c': 2 })).toBe("x = {'a': 1, 'b c': 2}\n");
  });

  it('keeps a trailing comment on its entry when adding after it', () => {
    expect(patch('x = dict(\n    a=1  # note\n)\n', { a: 1, b: 2 })).toBe('x = dict(\n    a=1,  # note\n    b=2\n)\n');
    expect(patch('x = dict(\n    a=1,  # note\n)\n', { a: 1, b: 2 })).toBe('x = dict(\n    a=1,  # note\n    b=2,\n)\n');
  });

  it('removes entries with their line or their comma', () => {
    expect(patch('x = dict(\n    a=1,  # gone\n    b=2)\n', { b: 2 })).toBe('x = dict(\n    b=2)\n');
    expect(patch('x = dict(a=1, b=2, c=3)\n', { a: 1 })).toBe('x = dict(a=1)\n');
    expect(patch('x = dict(a=1, b=2, c=3)\n', { c: 3 })).toBe('x = dict(c=3)\n');
  });

  it('puts _delete_=True first and replaces a variable read with the literal', () => {
    expect(patch('x = dict(a=1, b=2)\n', { _delete_: true, a: 1, c: 3 })).toBe('x = dict(_delete_=True, a=1, c=3)\n');
    expect(patch('n = 7\nx = dict(type=1, max_epochs=n)\n', { type: 1, max_epochs: 9 })).toBe('n = 7\nx = dict(type=1, max_epochs=9)\n');
  });

  it('reprints a dict it cannot patch entry by entry (spread, all entries replaced)', () => {
    expect(patch("x = dict(type='A', **{'k': 1})\n", { type: 'B' })).toBe("x = dict(type='B')\n");
    expect(patch('x = dict(a=1)\n', { b: 2 })).toBe('x = dict(b=2)\n');
  });
});
