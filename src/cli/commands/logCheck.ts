/**
 * `mmcfg log-check FILE.py LOG [--iters-per-epoch N]`: compares the lr a training log recorded
 * with the config's planned lr. Prints one JSON line
 * `{"points","matched","max_rel_diff","first_divergence","iters_per_epoch"}`, the likely cause
 * on stderr, and exits 1 when the log diverges from the plan (and, as every command, on
 * unusable input, with the problem on stderr).
 */
import { readFile } from 'node:fs/promises';
import { chooseItersPerEpoch, compareToPlan, describeCause, fitItersPerEpoch, guessItersPerEpoch, parseTrainingLog, type LogCheck, type PlanView } from '../../core/index.ts';
import { simulateSchedule } from '../../core/entries/simulate.ts';
import { reportDiagnostics } from '../diagnosticText.ts';
import { loadConfigFromDisk } from '../loadFromDisk.ts';
import { writeOut } from '../output.ts';
import { UsageError } from '../usage.ts';

const usage = 'usage: mmcfg log-check FILE.py LOG [--iters-per-epoch N]';

export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') throw new UsageError(usage, parsed);
  const load = loadConfigFromDisk(parsed.config);
  const errors = load.diagnostics.filter((d) => d.severity === 'error');
  if (!load.ok || errors.length > 0) {
    reportDiagnostics(errors, parsed.config);
    return 1;
  }
  const style = load.value.dialect;
  const config = load.value.config;
  let text: string;
  try {
    text = await readFile(parsed.log, 'utf8');
  } catch (err) {
    process.stderr.write(`${parsed.log}: error: cannot read the log (${err instanceof Error ? err.message : String(err)})\n`);
    return 1;
  }
  const log = parseTrainingLog(text);
  if (!log.ok) {
    process.stderr.write(`${parsed.log}: error: ${log.message}\n`);
    return 1;
  }
  const planFor = (itersPerEpoch: number): PlanView | undefined => {
    const plan = simulateSchedule(style, config, { itersPerEpoch });
    return plan.ok ? { lr: plan.curves.base.lr, momentum: plan.curves.base.momentum, warmupEnd: plan.curves.marks.warmupEnd, milestones: plan.curves.marks.milestones } : undefined;
  };
  const guess = guessItersPerEpoch(config, style).itersPerEpoch;
  const n = fitItersPerEpoch(log.log, chooseItersPerEpoch(log.log.itersPerEpoch, parsed.itersPerEpoch, guess), planFor);
  const plan = simulateSchedule(style, config, { itersPerEpoch: n.value });
  if (!plan.ok) {
    process.stderr.write(`${parsed.config}: error: ${plan.error.message}\n`);
    return 1;
  }
  const check = compareToPlan(log.log, { lr: plan.curves.base.lr, momentum: plan.curves.base.momentum, warmupEnd: plan.curves.marks.warmupEnd, milestones: plan.curves.marks.milestones }, n);
  await writeOut(`${formatLogCheck(check)}\n`);
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
