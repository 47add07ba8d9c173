import { runPython3 } from './runPython3.ts';

/**
 * `repr(eval(e))` of each generated arithmetic expression, or `error` when Python raises, from
 * one python3 process. Test-only: the expressions are built by the test's own generator.
 *
 * One change to CPython: a float raised to an integral power is the correctly rounded value of
 * the exact power (`float(Fraction(x) ** n)`). CPython hands float powers to the platform's C
 * `pow`, which glibc computes to within 0.52 units of the last place, so the last digit differs
 * between platforms (`(-23) ** -21`); the reader computes the exact rounding everywhere.
 */
export function evalArithmeticWithPython(expressions: readonly string[]): string[] {
  const script = `
import ast, json, sys
from fractions import Fraction
def exact_pow(a, b):
    if isinstance(b, int) and isinstance(a, int) and b >= 0:
        return a ** b
    if float(b).is_integer() and a != 0 and abs(b) <= 256:
        return float(Fraction(a) ** int(b))
    return a ** b
class Pow(ast.NodeTransformer):
    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.op, ast.Pow):
            return ast.Call(ast.Name('exact_pow', ast.Load()), [node.left, node.right], [])
        return node
def run(e):
    try:
        tree = ast.fix_missing_locations(Pow().visit(ast.parse(e, mode='eval')))
        return repr(eval(compile(tree, '<e>', 'eval'), {'__builtins__': {}, 'exact_pow': exact_pow}, {}))
    except Exception:
        return 'error'
print(json.dumps([run(e) for e in json.load(sys.stdin)]))
`;
  const run = runPython3(['-c', script], JSON.stringify(expressions));
  if (run.status !== 0) throw new Error(`python3 failed: ${run.stderr}`);
  const out: unknown = JSON.parse(run.stdout);
  if (!Array.isArray(out) || !out.every((s) => typeof s === 'string')) throw new Error('python3 printed no list of str');
  return out;
}
