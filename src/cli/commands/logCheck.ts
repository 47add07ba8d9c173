/**
 * `mmcfg log-check FILE.py LOG [--iters-per-epoch N]`: compares the lr a training log recorded
 * with the config's planned lr. Prints one JSON line
 * `{"points","matched","max_rel_diff","first_divergence","iters_per_epoch"}`, the likely cause
 * on stderr, and exits 1 when the log diverges from the plan (2 on unusable input).
 */
import { readFile } from 'node:fs/promises';
import { simulateSchedule } from '../../core/schedule/simulate.ts';
import { chooseItersPerEpoch, compareToPlan, describeCause, fitItersPerEpoch, parseTrainingLog } from '../../core/trainingLog/index.ts';
import type { LogCheck, PlanView } from '../../core/trainingLog/index.ts';
import { loadConfigForCurves } from './curves.ts';

const usage = 'usage: mmcfg log-check FILE.py LOG [--iters-per-epoch N]';

export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    process.stderr.write(`mmcfg log-check: ${parsed}\n${usage}\n`);
    return 2;
  }
  const loaded = await loadConfigForCurves(parsed.config);
  if (!loaded.ok) {
    process.stderr.write(`${parsed.config}: ${loaded.message}\n`);
    return 2;
  }
  let text: string;
  try {
    text = await readFile(parsed.log, 'utf8');
  } catch (err) {
    process.stderr.write(`${parsed.log}: cannot read file (${err instanceof Error ? err.message : String(err)})\n`);
    return 2;
  }
  const log = parseTrainingLog(text);
  if (!log.ok) {
    process.stderr.write(`${parsed.log}: ${log.message}\n`);
    return 2;
  }
  const { style, config } = loaded.input;
  const planFor = (itersPerEpoch: number): PlanView | undefined => {
    const plan = simulateSchedule(style, config, { itersPerEpoch });
    return plan.ok ? { lr: plan.curves.base.lr, momentum: plan.curves.base.momentum, warmupEnd: plan.curves.marks.warmupEnd, milestones: plan.curves.marks.milestones } : undefined;
  };
  const n = fitItersPerEpoch(log.log, chooseItersPerEpoch(log.log.itersPerEpoch, parsed.itersPerEpoch, loaded.input.itersPerEpoch), planFor);
  const plan = simulateSchedule(style, config, { itersPerEpoch: n.value });
  if (!plan.ok) {
    process.stderr.write(`${parsed.config}: ${plan.error.message}\n`);
    return 2;
  }
  const check = compareToPlan(log.log, { lr: plan.curves.base.lr, momentum: plan.curves.base.momentum, warmupEnd: plan.curves.marks.warmupEnd, milestones: plan.curves.marks.milestones }, n);
  process.stdout.write(`${formatLogCheck(check)}\n`);
  if (check.firstDivergence && check.cause) process.stderr.write(`${parsed.log}: ${describeCause(check.cause, check.firstDivergence.iter)}\n`);
  const m = check.momentum.firstDivergence;
  if (m) process.stderr.write(`${parsed.log}: logged momentum at iteration ${m.iter} is ${m.logged}, planned ${m.planned}\n`);
  return check.firstDivergence ? 1 : 0;
}

/** The command's JSON line; a non-finite difference (planned 0, logged not) is written as null. */
export function formatLogCheck(check: LogCheck): string {
  return JSON.stringify({
    points: check.points,
    matched: check.matched,
    max_rel_diff: Number.isFinite(check.maxRelDiff) ? check.maxRelDiff : null,
    first_divergence: check.firstDivergence,
    iters_per_epoch: check.itersPerEpoch.value,
  });
}

function parseArgs(args: string[]): { config: string; log: string; itersPerEpoch: number | null } | string {
  const files: string[] = [];
  let itersPerEpoch: number | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--iters-per-epoch' || arg.startsWith('--iters-per-epoch=')) {
      const v = Number(arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[++i]);
      if (!Number.isInteger(v) || v < 1) return '--iters-per-epoch must be a positive integer';
      itersPerEpoch = v;
    } else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else files.push(arg);
  }
  const [config, log, ...rest] = files;
  if (config === undefined || log === undefined || rest.length > 0) return 'give one FILE.py and one LOG';
  return { config, log, itersPerEpoch };
}
