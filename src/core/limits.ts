/**
 * Every size limit the reader, loaders and simulators enforce, in one place. Configs come from
 * outside (imported files, pasted text, share links, saved state), so each limit turns hostile or
 * accidental input into a located message in bounded time and memory instead of a hang, a stack
 * overflow or an out-of-memory crash. Real MMDetection configs stay far below all of them (the
 * largest of the test fixtures: under 20 kB, nesting under 10, lists under 1,000 items).
 * README's "Limits" table lists the same figures.
 */
export interface Limit {
  readonly value: number;
  /** The message given when the input goes past the limit (English; the CLI and the app show it). */
  readonly message: string;
}

function limit(value: number, message: string): Limit {
  return { value, message };
}

export const limits = {
  /** Characters of one config file (the reader is linear, but a file this size is not a config). */
  fileSize: limit(2_000_000, 'the file is larger than 2,000,000 characters, which is more than a config can be'),
  /** Nested brackets, unary operators, `if`/`else`, `**` and `lambda` (CPython stops near 200 brackets). */
  parenDepth: limit(150, 'too many nested parentheses or operators (more than 150 levels)'),
  /** Left-nested chains such as `1+1+...`, `x[0][0]...`, `a.b.c...` (CPython accepts about 1,000). */
  expressionDepth: limit(1_000, 'expression nested too deeply (more than 1,000 levels); Python raises RecursionError'),
  /** Nesting of a value (lists in lists, dicts in dicts); a value that contains itself is refused too. */
  valueDepth: limit(500, 'value nested too deeply (more than 500 levels) or containing itself; Python raises RecursionError'),
  /**
   * Items a value holds once written out (`json`, export): a container shared by reference is
   * written each time, so `x = [x, x]` twenty times is a million items although it is small in memory.
   */
  writtenSize: limit(500_000, 'value would be written out as more than 500,000 items (it repeats shared lists or dicts)'),
  /** Items in one list, tuple or `range()`. */
  listLength: limit(200_000, 'a list of more than 200,000 items is not supported'),
  /** Characters in one string (including f-string results). */
  stringLength: limit(2_000_000, 'a string of more than 2,000,000 characters is not supported'),
  /** Width or precision in a format spec (`f'{x:300000000}'`). */
  formatWidth: limit(10_000, 'a format width or precision above 10,000 is not supported'),
  /** Expression steps plus items built while reading one file (real configs use a few thousand). */
  work: limit(300_000, 'this config needs too much computation to be read'),
  /** Files loaded through `_base_` for one config (each file is loaded once and cached). */
  baseFiles: limit(500, 'more than 500 base files in one `_base_` chain'),
  /** Iterations simulated for a learning-rate chart (both MMCV 1.x and MMEngine runs). */
  iterations: limit(50_000_000, 'cannot chart more than 50,000,000 iterations'),
  /** Parameter groups times iterations kept for a chart. */
  groupIterations: limit(200_000_000, 'cannot chart more than 200,000,000 iterations summed over parameter groups'),
} as const;
