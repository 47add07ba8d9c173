/**
 * `npm run -s mmcfg -- <command> ...`: the Node face of the pure core.
 * Each command lives in its own module and returns the process exit code.
 */
type Command = (args: string[]) => Promise<number>;

const commands: Record<string, () => Promise<{ run: Command }>> = {
  curves: () => import('./commands/curves.ts'),
  json: () => import('./commands/json.ts'),
  export: () => import('./commands/export.ts'),
  check: () => import('./commands/check.ts'),
  convert: () => import('./commands/convert.ts'),
  'log-check': () => import('./commands/logCheck.ts'),
  'cfg-options': () => import('./commands/cfgOptions.ts'),
};

const usage = `usage: mmcfg <command> [args]
  curves FILE... [--format json|csv] [--stats] [--iters-per-epoch N]
  json FILE.py
  export FILE.py [--standalone]
  check FILE.py
  convert FILE.py --to mmengine|mmcv1
  log-check FILE.py LOG [--iters-per-epoch N]
  cfg-options FILE.py`;

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const load = name === undefined ? undefined : commands[name];
  if (!load) {
    process.stderr.write(`${usage}\n`);
    return 2;
  }
  const { run } = await load();
  return run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`mmcfg: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 2;
  },
);
