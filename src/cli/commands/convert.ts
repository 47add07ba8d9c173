/**
 * `mmcfg convert FILE.py --to mmengine|mmcv1 [--iters-per-epoch N]`: loads a 2.x or 3.x config,
 * converts its runtime to the other dialect and prints the converted file as standalone Python on
 * stdout. The conversion notes and the curve check (both schedules simulated with N iterations
 * per epoch, default 1000) are written as `# ` comment lines at the top of that file, so the
 * report stays with the output; stderr only carries load errors (`FILE:LINE:COL: error: ...`).
 * Exit 0 when converted, 1 on load or usage errors.
 */
import { dialectById } from '../../core/entries/allDialects.ts';
import { dialectIds, isDialectId, printConversion, type Dialect } from '../../core/index.ts';
import { reportDiagnostics } from '../diagnosticText.ts';
import { loadConfigFromDisk } from '../loadFromDisk.ts';
import { writeOut } from '../output.ts';
import { UsageError } from '../usage.ts';

const usage = 'usage: mmcfg convert FILE.py --to mmengine|mmcv1 [--iters-per-epoch N]';
const defaultItersPerEpoch = 1000;

interface Options {
  file: string;
  to: Dialect;
  itersPerEpoch: number;
}

function parseArgs(args: string[]): Options | string {
  let file: string | undefined;
  let to: string | undefined;
  let itersPerEpoch = defaultItersPerEpoch;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--to') to = args[++i];
    else if (arg === '--iters-per-epoch') {
      const v = Number(args[++i]);
      if (!Number.isInteger(v) || v < 1) return '--iters-per-epoch must be a positive integer';
      itersPerEpoch = v;
    } else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else if (file === undefined) file = arg;
    else return 'only one FILE can be converted at a time';
  }
  if (file === undefined) return 'no FILE given';
  if (!isDialectId(to)) return `--to must be ${dialectIds.join(' or ')}`;
  return { file, to: dialectById(to), itersPerEpoch };
}

export async function run(args: string[]): Promise<number> {
  const options = parseArgs(args);
  if (typeof options === 'string') throw new UsageError(usage, options);
  const load = loadConfigFromDisk(options.file);
  if (reportDiagnostics(load.diagnostics.filter((d) => d.severity === 'error'), options.file) || !load.ok) return 1;
  const loaded = load.value;
  if (loaded.dialect === options.to.id) {
    process.stderr.write(`mmcfg convert: ${options.file} is already a ${loaded.dialect} config (${loaded.dialectReason}); converting anyway\n`);
  }
  const result = await options.to.convertInto(loaded.config, { itersPerEpoch: options.itersPerEpoch });
  await writeOut(printConversion(result, options.to));
  return 0;
}
