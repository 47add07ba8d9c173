/**
 * `mmcfg curves FILE... [--format json|csv] [--stats] [--iters-per-epoch N]`
 * Prints the per-iteration lr and momentum of each golden-case JSON (or, later, `.py`) file:
 * one line per file, so outputs line up with inputs even when a file fails.
 */
import { readFile } from 'node:fs/promises';
import { readGoldenCase, type DialectId, type PyDict, type ScheduleCurves } from '../../core/index.ts';
import { dialectById } from '../../core/entries/allDialects.ts';

interface CurvesOptions {
  files: string[];
  format: 'json' | 'csv';
  stats: boolean;
  itersPerEpoch: number | null;
}

export interface CurvesInput {
  style: DialectId;
  itersPerEpoch: number;
  config: PyDict;
}

export type Loaded = { ok: true; input: CurvesInput } | { ok: false; message: string };

const usage = 'usage: mmcfg curves FILE... [--format json|csv] [--stats] [--iters-per-epoch N]';

export async function run(args: string[]): Promise<number> {
  const options = parseArgs(args);
  if (typeof options === 'string') {
    process.stderr.write(`mmcfg curves: ${options}\n${usage}\n`);
    return 2;
  }
  let exitCode = 0;
  for (const file of options.files) {
    const loaded = file.endsWith('.py') ? await loadConfigForCurves(file) : await loadCaseFile(file);
    const outcome = loaded.ok ? simulate(loaded.input, options) : loaded;
    if (!outcome.ok) {
      exitCode = 1;
      process.stderr.write(`${file}: ${outcome.message}\n`);
      if (options.format === 'json') writeLine(JSON.stringify({ file, error: outcome.message }));
      continue;
    }
    writeLine(options.format === 'csv' ? formatCsv(outcome.curves, options.stats, file) : formatJson(outcome.curves, options.stats));
  }
  return exitCode;
}

/**
 * A `.py` config for `curves`: loaded with its `_base_` chain (paths relative to the file, as
 * Python resolves them), the style from its dialect, iterations per epoch guessed from its batch
 * size on COCO with 8 GPUs unless `--iters-per-epoch` says otherwise.
 */
export async function loadConfigForCurves(path: string): Promise<Loaded> {
  const { loadConfig } = await import('../../core/entries/loader.ts');
  const { nodeFs } = await import('./json.ts');
  const loaded = loadConfig(path, nodeFs);
  const error = loaded.diagnostics.find((d) => d.severity === 'error');
  if (error) return { ok: false, message: `${error.line}:${error.column}: error: ${error.message}` };
  const { itersPerEpoch } = dialectById(loaded.dialect).guessItersPerEpoch(loaded.config);
  return { ok: true, input: { style: loaded.dialect, itersPerEpoch, config: loaded.config } };
}

async function loadCaseFile(path: string): Promise<Loaded> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    return { ok: false, message: `cannot read file (${err instanceof Error ? err.message : String(err)})` };
  }
  try {
    const c = readGoldenCase(text);
    return { ok: true, input: { style: c.style, itersPerEpoch: c.itersPerEpoch, config: c.config } };
  } catch (err) {
    return { ok: false, message: `not a valid case file: ${err instanceof Error ? err.message : String(err)}` };
  }
}

function simulate(
  input: CurvesInput,
  options: CurvesOptions,
): { ok: true; curves: ScheduleCurves } | { ok: false; message: string } {
  const itersPerEpoch = options.itersPerEpoch ?? input.itersPerEpoch;
  const result = dialectById(input.style).simulate(input.config, { itersPerEpoch });
  if (result.ok) return result;
  const { message, iteration, path } = result.error;
  const where = [
    iteration === undefined ? '' : ` at iteration ${iteration}`,
    path && path.length > 0 ? ` (${path.join('.')})` : '',
  ].join('');
  return { ok: false, message: `${message}${where}` };
}

function parseArgs(args: string[]): CurvesOptions | string {
  const options: CurvesOptions = { files: [], format: 'json', stats: false, itersPerEpoch: null };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const takeValue = (): string | undefined => inline ?? args[++i];
    if (flag === '--stats') options.stats = true;
    else if (flag === '--format') {
      const v = takeValue();
      if (v !== 'json' && v !== 'csv') return `--format must be json or csv, got ${v ?? 'nothing'}`;
      options.format = v;
    } else if (flag === '--iters-per-epoch') {
      const v = Number(takeValue());
      if (!Number.isInteger(v) || v < 1) return '--iters-per-epoch must be a positive integer';
      options.itersPerEpoch = v;
    } else if (flag.startsWith('--')) return `unknown option ${flag}`;
    else options.files.push(arg);
  }
  if (options.files.length === 0) return 'no FILE given';
  return options;
}

function writeLine(line: string): void {
  process.stdout.write(`${line}\n`);
}

/** JS's shortest round-trip form; non-finite values (never produced by a good schedule) as null. */
function numberList(values: Float64Array): string {
  const parts = new Array<string>(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i] ?? Number.NaN;
    parts[i] = Number.isFinite(v) ? String(v) : 'null';
  }
  return `[${parts.join(',')}]`;
}

function lrStats(lr: Float64Array): Record<string, number | null> {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const v of lr) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const empty = lr.length === 0;
  return {
    lr_first: empty ? null : (lr[0] ?? null),
    lr_last: empty ? null : (lr[lr.length - 1] ?? null),
    lr_min: empty ? null : min,
    lr_max: empty ? null : max,
  };
}

function formatJson(c: ScheduleCurves, stats: boolean): string {
  const head = `{"iters_per_epoch":${c.itersPerEpoch},"total_iters":${c.totalIters}`;
  if (stats) {
    const groups = c.extraGroups.map((g) => ({ custom_key: g.customKey, lr_mult: g.lrMult, ...lrStats(g.lr) }));
    const rest = JSON.stringify({ ...lrStats(c.base.lr), extra_groups: groups });
    return `${head},${rest.slice(1)}`;
  }
  const groups = c.extraGroups.map(
    (g) =>
      `{"custom_key":${JSON.stringify(g.customKey)},"lr_mult":${g.lrMult},"lr":${numberList(g.lr)},` +
      `"momentum":${g.momentum ? numberList(g.momentum) : 'null'}}`,
  );
  const momentum = c.base.momentum ? numberList(c.base.momentum) : 'null';
  return `${head},"lr":${numberList(c.base.lr)},"momentum":${momentum},"extra_groups":[${groups.join(',')}]}`;
}

function csvField(text: string): string {
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function formatCsv(c: ScheduleCurves, stats: boolean, file: string): string {
  if (stats) {
    const s = lrStats(c.base.lr);
    return [
      'file,iters_per_epoch,total_iters,lr_first,lr_last,lr_min,lr_max',
      [csvField(file), c.itersPerEpoch, c.totalIters, s.lr_first, s.lr_last, s.lr_min, s.lr_max].join(','),
    ].join('\n');
  }
  const header = ['iteration', 'epoch', 'lr', 'momentum', ...c.extraGroups.map((g) => csvField(`${g.customKey}_lr`))];
  const rows = [header.join(',')];
  for (let i = 0; i < c.totalIters; i++) {
    const cells = [String(i), String(Math.floor(i / c.itersPerEpoch)), String(c.base.lr[i]), c.base.momentum ? String(c.base.momentum[i]) : ''];
    for (const g of c.extraGroups) cells.push(String(g.lr[i]));
    rows.push(cells.join(','));
  }
  return rows.join('\n');
}
