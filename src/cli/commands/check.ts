/**
 * `mmcfg check FILE|DIR... [--format text|json] [--iters-per-epoch N]`: checks every leaf config
 * (a directory's `.py` files not under a `_base_` folder) with the loader and all rules of its
 * dialect. Prints `FILE:LINE:COL: error|warning|info: message [rule-id]` per problem, or with
 * `--format json` one JSON object per line; exit 1 when any problem is an error.
 */
import { checkLeaf, findingJson, formatFinding, listLeaves, noLeafFinding, type Finding } from '../checkFindings.ts';
import { writeOut } from '../output.ts';
import { UsageError } from '../usage.ts';

const usage = 'usage: mmcfg check FILE|DIR... [--format text|json] [--iters-per-epoch N]';

interface Options {
  paths: string[];
  json: boolean;
  itersPerEpoch?: number;
}

function parseArgs(args: string[]): Options | string {
  const options: Options = { paths: [], json: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--format') {
      const f = args[++i];
      if (f !== 'text' && f !== 'json') return '--format must be text or json';
      options.json = f === 'json';
    } else if (arg === '--iters-per-epoch') {
      const v = Number(args[++i]);
      if (!Number.isInteger(v) || v < 1) return '--iters-per-epoch must be a positive integer';
      options.itersPerEpoch = v;
    } else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else options.paths.push(arg);
  }
  return options.paths.length === 0 ? 'no FILE or DIR given' : options;
}

/** Every finding for the leaves under `paths`, leaf by leaf. */
export function checkPaths(paths: readonly string[], itersPerEpoch?: number): Finding[] {
  return listLeaves(paths).flatMap((leaf) => checkLeaf(leaf, itersPerEpoch));
}

export async function run(args: string[]): Promise<number> {
  const options = parseArgs(args);
  if (typeof options === 'string') throw new UsageError(usage, options);
  let error = false;
  for (const path of options.paths) {
    const leaves = listLeaves([path]);
    for (const leaf of leaves) {
      const findings = checkLeaf(leaf, options.itersPerEpoch);
      error ||= findings.some((f) => f.severity === 'error');
      await writeOut(findings.map((f) => `${options.json ? findingJson(f) : formatFinding(f)}\n`).join(''));
    }
    if (leaves.length === 0) {
      error = true;
      const finding = noLeafFinding(path);
      await writeOut(`${options.json ? findingJson(finding) : formatFinding(finding)}\n`);
    }
  }
  return error ? 1 : 0;
}
