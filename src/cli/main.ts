/**
 * `npm run -s mmcfg -- <command> ...`: the Node face of the pure core. The commands and the
 * error policy live in runCli.ts; this entry only binds them to the process.
 */
import { runCli } from './runCli.ts';

// A reader that stops early (`mmcfg curves ... | head`) closes the pipe: stop quietly, as a
// Unix filter does, instead of dying with an EPIPE stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  process.stderr.write(`mmcfg: error: cannot write output: ${err.message}\n`);
  process.exit(1);
});

runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
