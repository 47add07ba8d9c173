import type { PyValue } from '../../core/python/value.ts';
import { isPyBigInt, isPyDict, isPyFloat, isPyTuple } from '../../core/python/value.ts';
import { runPython3 } from './runPython3.ts';

/**
 * A PyValue as tagged JSON that python3 rebuilds without going through our printer: floats as
 * the text `float()` reads back exactly (`-0`, `NaN`, `Infinity` included), ints as decimal text.
 */
export function encodeForPython(v: PyValue): unknown {
  if (v === null || typeof v === 'boolean') return ['c', v];
  if (typeof v === 'number') return Number.isInteger(v) ? ['i', BigInt(v).toString()] : ['f', String(v)];
  if (typeof v === 'string') return ['s', v];
  if (isPyFloat(v)) return ['f', Object.is(v.$float, -0) ? '-0' : String(v.$float)];
  if (isPyBigInt(v)) return ['i', v.$int];
  if (Array.isArray(v)) return ['l', v.map(encodeForPython)];
  if (isPyTuple(v)) return ['t', v.$tuple.map(encodeForPython)];
  if (isPyDict(v)) return ['d', Object.entries(v).map(([k, x]) => [k, encodeForPython(x)])];
  throw new Error('encodeForPython: not a plain config value');
}

const script = `
import json, sys
def build(e):
    tag, x = e
    if tag == 'c': return x
    if tag == 'i': return int(x)
    if tag == 'f': return float(x)
    if tag == 's': return x
    if tag == 'l': return [build(i) for i in x]
    if tag == 't': return tuple(build(i) for i in x)
    return {k: build(v) for k, v in x}
show = repr if sys.argv[1] == 'repr' else json.dumps
print(json.dumps([show(build(json.loads(t))) for t in json.load(sys.stdin)]))
`;

/** Python's `repr()` of each value given as {@link encodeForPython} JSON text, from one python3 process. */
export function reprWithPython(encoded: readonly string[]): string[] {
  return showWithPython('repr', encoded);
}

/** Python's `json.dumps()` of each value given as {@link encodeForPython} JSON text, from one python3 process. */
export function jsonDumpsWithPython(encoded: readonly string[]): string[] {
  return showWithPython('json', encoded);
}

function showWithPython(show: 'repr' | 'json', encoded: readonly string[]): string[] {
  const run = runPython3(['-c', script, show], JSON.stringify(encoded));
  if (run.status !== 0) throw new Error(`python3 failed: ${run.stderr}`);
  const out: unknown = JSON.parse(run.stdout);
  if (!Array.isArray(out) || !out.every((s) => typeof s === 'string')) throw new Error('python3 printed no list of str');
  return out;
}
