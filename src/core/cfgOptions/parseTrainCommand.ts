/**
 * Reads a pasted `python tools/train.py CONFIG ... --cfg-options k=v ...` line (also
 * `bash tools/dist_train.sh CONFIG GPUS --cfg-options ...`) into the options train.py would
 * merge into its config.
 */
import type { DialectId } from '../config/load/loadConfig.ts';
import { dialectInfo } from '../dialects/info.ts';
import { DictActionError, parseOptionArg } from './dictAction.ts';
import type { CfgOption } from './dictAction.ts';
import { splitShellWords } from './shellWords.ts';

export interface TrainCommand {
  /** The first `.py` word after the script, when there is one. */
  configPath: string | null;
  options: CfgOption[];
  /** What train.py's parser would reject, or what was not understood, in words. */
  problems: string[];
}

/**
 * `--cfg-options` (and mmdet 2.x's deprecated `--options`) take every following word up to the
 * next one starting with `-` (argparse `nargs='+'`). Repeated flags: MMEngine's DictAction adds
 * to the earlier pairs, MMCV 1.x's keeps only the last flag's pairs.
 */
export function parseTrainCommand(line: string, dialect: DialectId): TrainCommand {
  const { words, error } = splitShellWords(line);
  const problems: string[] = error ? [error] : [];
  const configPath = words.find((w) => w.endsWith('.py') && !/(^|\/)(train|dist_train|slurm_train)\.py$/.test(w)) ?? null;
  let options: CfgOption[] = [];
  let found = false;
  for (let i = 0; i < words.length; i++) {
    const flag = words[i] ?? '';
    if (flag !== '--cfg-options' && flag !== '--options' && !flag.startsWith('--cfg-options=') && !flag.startsWith('--options=')) continue;
    found = true;
    const group: CfgOption[] = [];
    const args: string[] = flag.includes('=') ? [flag.slice(flag.indexOf('=') + 1)] : [];
    while (i + 1 < words.length && !(words[i + 1] ?? '').startsWith('-')) args.push(words[++i] ?? '');
    if (args.length === 0) problems.push(`${flag} expects at least one k=v argument`);
    for (const arg of args) {
      try {
        const option = parseOptionArg(arg);
        if (option) group.push(option);
        else problems.push(`'${arg}' has no '=': DictAction raises ValueError`);
      } catch (e) {
        if (!(e instanceof DictActionError)) throw e;
        problems.push(`${arg}: ${e.message}`);
      }
    }
    options = dialectInfo(dialect).cfgOptionGroups === 'merge' ? mergeGroups(options, group) : group;
  }
  if (!found) problems.push('no --cfg-options in this command');
  const flags = new Set(words.map((w) => w.split('=')[0]).filter((w) => w === '--cfg-options' || w === '--options'));
  // mmdet 2.x train.py: "--options and --cfg-options cannot be both specified"; 3.x has no --options.
  if (flags.size === 2) problems.push('ValueError: --options and --cfg-options cannot be both specified');
  return { configPath, options, problems };
}

/** A later pair for the same key replaces the earlier one in its place, as a dict assignment does. */
function mergeGroups(earlier: CfgOption[], later: CfgOption[]): CfgOption[] {
  const out = [...earlier];
  for (const o of later) {
    const at = out.findIndex((e) => e.key === o.key);
    if (at >= 0) out[at] = o;
    else out.push(o);
  }
  return out;
}
