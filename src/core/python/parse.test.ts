import { describe, expect, it } from 'vitest';
import type { AssignStmt, Expr } from './ast.ts';
import { parsePython } from './parse.ts';

function valueOf(text: string): Expr {
  const { tree, diagnostics } = parsePython(text);
  expect(diagnostics).toEqual([]);
  return (tree.body[0] as AssignStmt).value;
}

describe('parsePython', () => {
  it('reads `1.`, `.5`, `4.0e-5` as floats and `1` as an int', () => {
    expect(valueOf('x = 1.\n')).toMatchObject({ kind: 'Number', value: 1, isFloat: true });
    expect(valueOf('x = .5\n')).toMatchObject({ kind: 'Number', value: 0.5, isFloat: true });
    expect(valueOf('x = 4.0e-5\n')).toMatchObject({ kind: 'Number', value: 4e-5, isFloat: true });
    expect(valueOf('x = 1_000\n')).toMatchObject({ kind: 'Number', value: 1000, isFloat: false });
  });

  it('joins implicitly concatenated strings in every quote style', () => {
    expect(valueOf(`x = ('a' "b" '''c''' r'\\d' """e\nf""")\n`)).toMatchObject({ kind: 'String', value: 'abc\\de\nf' });
    expect(valueOf("x = 'tab\\there'\n")).toMatchObject({ value: 'tab\there' });
  });

  it('keeps comments, Chinese text included, with their positions', () => {
    const text = "# 学习率\nx = dict(  # 行尾注释\n    a=1)\n";
    const { tree } = parsePython(text);
    expect(tree.comments.map((c) => [c.text, c.ownLine])).toEqual([
      ['# 学习率', true],
      ['# 行尾注释', false],
    ]);
    const second = tree.comments[1];
    expect(second && text.slice(second.span.start, second.span.end)).toBe('# 行尾注释');
  });

  it('keeps spans of each dict entry for later editing', () => {
    const text = "optimizer = dict(type='SGD', lr=0.02)\n";
    const v = valueOf(text);
    if (v.kind !== 'Call') throw new Error('expected a call');
    const lr = v.args[1];
    expect(lr?.kind === 'keyword' && text.slice(lr.value.span.start, lr.value.span.end)).toBe('0.02');
  });

  it('reports the article placeholder `......` as a syntax error with a position', () => {
    const { diagnostics, tree } = parsePython("a = 1\n......\nb = 2\n");
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ line: 2, column: 4, severity: 'error' });
    expect(tree.body.map((s) => s.kind)).toEqual(['Assign', 'Assign']);
  });

  it('reports def, lambda-free compound statements and unclosed brackets without stopping', () => {
    const { diagnostics, tree } = parsePython("def f():\n    return 1\nx = (1,\ny = 2\n");
    expect(diagnostics.map((d) => [d.line, d.column])).toEqual([
      [1, 1],
      [3, 5],
    ]);
    expect(diagnostics[0]?.message).toContain("'def'");
    expect(tree.body[0]?.kind).toBe('Unsupported');
  });

  it('parses f-string fields with their own positions', () => {
    const text = "k = f'stages.{i}.blocks.{j:02d}'\n";
    const v = valueOf(text);
    if (v.kind !== 'FString') throw new Error('expected an f-string');
    const field = v.parts[1];
    expect(typeof field === 'object' && text.slice(field.expr.span.start, field.expr.span.end)).toBe('i');
  });

  it('parses `{{_base_.x}}` placeholders and read_base blocks', () => {
    expect(valueOf('x = {{ _base_.model.mean }}\n')).toMatchObject({ kind: 'BaseVar', path: ['model', 'mean'] });
    const { tree, diagnostics } = parsePython('with read_base():\n    from .._base_.x import *\n');
    expect(diagnostics).toEqual([]);
    expect(tree.body[0]).toMatchObject({ kind: 'With', body: [{ kind: 'ImportFrom', level: 2, module: '_base_.x' }] });
  });
});
