import { spawnSync } from 'node:child_process';
import type { SpawnSyncReturns } from 'node:child_process';

/** What a test says when the oracle cannot start: the cause and the fix, not a spawn error code. */
export const python3MissingMessage =
  'python3 is required: these tests load the exported files with Python itself as the oracle, ' +
  'but `python3` was not found on PATH. Install it (Debian/Ubuntu: apt-get install python3) ' +
  'or run `npm run test:all`, which installs it when missing.';

/**
 * Runs `python3 args` with `input` on stdin and returns its output; throws with
 * {@link python3MissingMessage} when python3 is not installed, so a missing interpreter reads as
 * such instead of `spawnSync python3 ENOENT` or a JSON error on empty output.
 */
export function runPython3(args: readonly string[], input: string): SpawnSyncReturns<string> {
  const run = spawnSync('python3', args, { input, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (run.error) {
    const code = (run.error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EACCES') throw new Error(python3MissingMessage);
    throw run.error;
  }
  return run;
}
