import { runPython3 } from './runPython3.ts';

/** Python's `repr(float(s))` for each string, from one python3 process. */
export function reprFloatsWithPython(texts: readonly string[]): string[] {
  const script = 'import json,sys\nprint(json.dumps([repr(float(s)) for s in json.load(sys.stdin)]))';
  const run = runPython3(['-c', script], JSON.stringify(texts));
  if (run.status !== 0) throw new Error(`python3 failed: ${run.stderr}`);
  const out: unknown = JSON.parse(run.stdout);
  if (!Array.isArray(out) || !out.every((s) => typeof s === 'string')) throw new Error('python3 printed no list of str');
  return out;
}
