/**
 * The command table and the CLI's error policy, apart from the process entry so tests can call
 * it: every failure exits 1 (usage errors too); an unexpected exception prints one line
 * `mmcfg: error: ...`, with its stack only when MMCFG_DEBUG=1.
 */
import { UsageError } from './usage.ts';

/** A command: its arguments in, the exit code out. */
export type Command = (args: string[]) => Promise<number>;

export type CommandTable = Record<string, () => Promise<{ run: Command }>>;

const commands: CommandTable = {
  curves: () => import('./commands/curves.ts'),
  json: () => import('./commands/json.ts'),
  export: () => import('./commands/export.ts'),
  check: () => import('./commands/check.ts'),
  convert: () => import('./commands/convert.ts'),
  'log-check': () => import('./commands/logCheck.ts'),
  'cfg-options': () => import('./commands/cfgOptions.ts'),
};

export const usage = `usage: mmcfg <command> [args]
  curves FILE... [--format json|csv] [--stats] [--iters-per-epoch N]
  json FILE...
  export FILE.py [--standalone]
  check FILE|DIR... [--format text|json] [--iters-per-epoch N]
  convert FILE.py --to mmengine|mmcv1 [--iters-per-epoch N]
  log-check FILE.py LOG [--iters-per-epoch N]
  cfg-options FILE.py`;

export interface CliIo {
  stderr: (text: string) => void;
  /** Environment read for MMCFG_DEBUG. */
  env: Readonly<Record<string, string | undefined>>;
}

const processIo: CliIo = { stderr: (text) => process.stderr.write(text), env: process.env };

/** Runs one command line and returns the exit code; never throws. */
export async function runCli(argv: readonly string[], io: CliIo = processIo, table: CommandTable = commands): Promise<number> {
  const [name, ...rest] = argv;
  const load = name === undefined || !Object.hasOwn(table, name) ? undefined : table[name];
  if (!load) {
    if (name !== undefined && name !== '--help' && name !== '-h') io.stderr(`mmcfg: error: unknown command '${name}'\n`);
    io.stderr(`${usage}\n`);
    return name === '--help' || name === '-h' ? 0 : 1;
  }
  try {
    const { run } = await load();
    return await run(rest);
  } catch (err) {
    io.stderr(describeFailure(err, name ?? '', io.env.MMCFG_DEBUG === '1'));
    return 1;
  }
}

/** The text for a command that threw: its usage for a usage error, else one line (stack on demand). */
export function describeFailure(err: unknown, command: string, debug: boolean): string {
  if (err instanceof UsageError) return `${err.detail === undefined ? '' : `mmcfg ${command}: error: ${err.detail}\n`}${err.usage}\n`;
  const message = err instanceof Error ? `${err.name === 'Error' ? '' : `${err.name}: `}${err.message}` : String(err);
  const firstLine = message.split('\n', 1)[0] ?? '';
  const stack = debug && err instanceof Error && err.stack ? `${err.stack}\n` : '';
  const hint = debug ? '' : ' (set MMCFG_DEBUG=1 for the stack trace)';
  return `mmcfg: error: ${firstLine}${hint}\n${stack}`;
}
