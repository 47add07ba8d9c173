/**
 * `mmcfg curves FILE... [--format json|csv] [--stats] [--iters-per-epoch N]`
 * Prints the per-iteration lr and momentum of each golden-case JSON or `.py` config file:
 * one line per file (JSON), so outputs line up with inputs even when a file fails. Problems go
 * to stderr as `FILE:LINE:COL: error: message`, FILE being the file that holds the line.
 */
import { dialectById } from '../../core/entries/allDialects.ts';
import { describeMissingTraining, readGoldenCase, type Diagnostic, type DialectId, type PyDict, type ScheduleCurves } from '../../core/index.ts';
import type { KeyOrigin } from '../../core/entries/loader.ts';
import { formatDiagnostic } from '../diagnosticText.ts';
import { writeOut } from '../output.ts';
import { readConfigText } from '../readConfigText.ts';
import { UsageError } from '../usage.ts';

interface CurvesOptions {
  files: string[];
  format: 'json' | 'csv';
  stats: boolean;
  itersPerEpoch: number | null;
}

interface CurvesInput {
  style: DialectId;
  itersPerEpoch: number;
  config: PyDict;
  /** Where each top-level key was assigned (a `.py` config), to locate simulation errors. */
  origins?: Record<string, KeyOrigin>;
}

type Loaded = { ok: true; input: CurvesInput } | { ok: false; diagnostics: Diagnostic[] };

const usage = 'usage: mmcfg curves FILE... [--format json|csv] [--stats] [--iters-per-epoch N]';

/** Rows per write: small enough that a 50-million-iteration run never sits in one string. */
const rowsPerWrite = 65_536;

export async function run(args: string[]): Promise<number> {
  const options = parseArgs(args);
  if (typeof options === 'string') throw new UsageError(usage, options);
  let exitCode = 0;
  for (const file of options.files) {
    const loaded = file.endsWith('.py') ? await loadConfigForCurves(file) : loadCaseFile(file);
    const outcome = loaded.ok ? simulate(loaded.input, options, file) : loaded;
    if (!outcome.ok) {
      exitCode = 1;
      const lines = outcome.diagnostics.map((d) => formatDiagnostic(d, file));
      for (const line of lines) process.stderr.write(`${line}\n`);
      if (options.format === 'json') await writeOut(`${JSON.stringify({ file, error: lines[0] ?? 'error' })}\n`);
      continue;
    }
    const chunks = options.format === 'csv' ? formatCsv(outcome.curves, options.stats, file) : formatJson(outcome.curves, options.stats);
    for (const chunk of chunks) await writeOut(chunk);
  }
  return exitCode;
}

/**
 * A `.py` config for `curves`: loaded with its `_base_` chain (paths relative to the file, as
 * Python resolves them), the style from its dialect, iterations per epoch guessed from its batch
 * size on COCO with 8 GPUs unless `--iters-per-epoch` says otherwise.
 */
async function loadConfigForCurves(path: string): Promise<Loaded> {
  const { loadConfigFromDisk } = await import('../loadFromDisk.ts');
  const load = loadConfigFromDisk(path);
  const errors = load.diagnostics.filter((d) => d.severity === 'error');
  if (!load.ok || errors.length > 0) return { ok: false, diagnostics: errors };
  const loaded = load.value;
  const missing = describeMissingTraining(loaded.config, loaded.dialect);
  if (missing !== undefined) return fail(path, 1, 1, `this config has ${missing}`);
  const { itersPerEpoch } = dialectById(loaded.dialect).guessItersPerEpoch(loaded.config);
  return { ok: true, input: { style: loaded.dialect, itersPerEpoch, config: loaded.config, origins: loaded.sourceMap } };
}

function loadCaseFile(path: string): Loaded {
  const read = readConfigText(path);
  if (!('text' in read)) return fail(path, read.line, read.column, `${path} ${read.problem}`);
  try {
    const c = readGoldenCase(read.text);
    return { ok: true, input: { style: c.style, itersPerEpoch: c.itersPerEpoch, config: c.config } };
  } catch (err) {
    return fail(path, 1, 1, `not a valid case file: ${err instanceof Error ? err.message : String(err)}`);
  }
}

function fail(file: string, line: number, column: number, message: string): { ok: false; diagnostics: Diagnostic[] } {
  return { ok: false, diagnostics: [{ file, line, column, severity: 'error', message }] };
}

/** Simulates the schedule; an error is located at the key it names (a `.py` config) or at 1:1. */
function simulate(
  input: CurvesInput,
  options: CurvesOptions,
  file: string,
): { ok: true; curves: ScheduleCurves } | { ok: false; diagnostics: Diagnostic[] } {
  const itersPerEpoch = options.itersPerEpoch ?? input.itersPerEpoch;
  const result = dialectById(input.style).simulate(input.config, { itersPerEpoch });
  if (result.ok) return result;
  const { message, iteration, path } = result.error;
  const where = [
    iteration === undefined ? '' : ` at iteration ${iteration}`,
    path && path.length > 0 ? ` (${path.join('.')})` : '',
  ].join('');
  const key = path?.[0];
  const origin = key !== undefined && input.origins && Object.hasOwn(input.origins, key) ? input.origins[key] : undefined;
  return fail(origin?.file ?? file, origin?.line ?? 1, origin?.column ?? 1, `${message}${where}`);
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
    } else if (flag.startsWith('-') && flag !== '-') return `unknown option ${flag}`;
    else options.files.push(arg);
  }
  if (options.files.length === 0) return 'no FILE given';
  return options;
}

/**
 * A JSON number list in pieces of {@link rowsPerWrite} values: JS's shortest round-trip form,
 * non-finite values (never produced by a good schedule) as null.
 */
function* numberList(values: Float64Array): Generator<string> {
  if (values.length === 0) {
    yield '[]';
    return;
  }
  for (let start = 0; start < values.length; start += rowsPerWrite) {
    const end = Math.min(values.length, start + rowsPerWrite);
    const parts = new Array<string>(end - start);
    for (let i = start; i < end; i++) {
      const v = values[i] ?? Number.NaN;
      parts[i - start] = Number.isFinite(v) ? String(v) : 'null';
    }
    yield `${start === 0 ? '[' : ','}${parts.join(',')}${end === values.length ? ']' : ''}`;
  }
}

function lrStats(lr: Float64Array): Record<string, number | null> {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  // An indexed loop: for...of over a typed array runs the iterator protocol per value, which
  // is slow until the JIT has optimised it, and this loop runs once per file.
  for (let i = 0, n = lr.length; i < n; i++) {
    const v = lr[i] as number;
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

/** One JSON line per file, yielded in pieces so no piece outgrows a string. */
function* formatJson(c: ScheduleCurves, stats: boolean): Generator<string> {
  const head = `{"iters_per_epoch":${c.itersPerEpoch},"total_iters":${c.totalIters}`;
  if (stats) {
    const groups = c.extraGroups.map((g) => ({ custom_key: g.customKey, lr_mult: g.lrMult, ...lrStats(g.lr) }));
    const rest = JSON.stringify({ ...lrStats(c.base.lr), extra_groups: groups });
    yield `${head},${rest.slice(1)}\n`;
    return;
  }
  yield `${head},"lr":`;
  yield* numberList(c.base.lr);
  yield ',"momentum":';
  if (c.base.momentum) yield* numberList(c.base.momentum);
  else yield 'null';
  yield ',"extra_groups":[';
  for (const [k, g] of c.extraGroups.entries()) {
    yield `${k === 0 ? '' : ','}{"custom_key":${JSON.stringify(g.customKey)},"lr_mult":${g.lrMult},"lr":`;
    yield* numberList(g.lr);
    yield ',"momentum":';
    if (g.momentum) yield* numberList(g.momentum);
    else yield 'null';
    yield '}';
  }
  yield ']}\n';
}

function csvField(text: string): string {
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV of one file: a header, then one row per iteration, {@link rowsPerWrite} rows a piece. */
function* formatCsv(c: ScheduleCurves, stats: boolean, file: string): Generator<string> {
  if (stats) {
    const s = lrStats(c.base.lr);
    yield 'file,iters_per_epoch,total_iters,lr_first,lr_last,lr_min,lr_max\n';
    yield `${[csvField(file), c.itersPerEpoch, c.totalIters, s.lr_first, s.lr_last, s.lr_min, s.lr_max].join(',')}\n`;
    return;
  }
  const header = ['iteration', 'epoch', 'lr', 'momentum', ...c.extraGroups.map((g) => csvField(`${g.customKey}_lr`))];
  yield `${header.join(',')}\n`;
  for (let start = 0; start < c.totalIters; start += rowsPerWrite) {
    const end = Math.min(c.totalIters, start + rowsPerWrite);
    const rows = new Array<string>(end - start);
    for (let i = start; i < end; i++) {
      const cells = [String(i), String(Math.floor(i / c.itersPerEpoch)), String(c.base.lr[i]), c.base.momentum ? String(c.base.momentum[i]) : ''];
      for (const g of c.extraGroups) cells.push(String(g.lr[i]));
      rows[i - start] = cells.join(',');
    }
    yield `${rows.join('\n')}\n`;
  }
}
