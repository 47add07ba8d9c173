import type { PyDict, PyValue } from '../../../python/value.ts';
import type { ScheduleError } from '../../../schedule/types.ts';
import { isPyFloatValue, toPyNumber } from './pyOps.ts';
import { describePyType } from '../../../python/repr.ts';

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: ScheduleError };

/**
 * The keyword arguments `build_from_cfg` hands to a hook or runner class, with errors worded
 * the way Python and mmcv word them: `build_from_cfg` re-raises anything the constructor raises
 * as `type(e)(f'{cls.__name__}: {e}')`, so construction errors carry the class name.
 */
export class HookArgs {
  constructor(
    readonly className: string,
    readonly section: string,
    private readonly cfg: PyDict,
    private readonly ignored: readonly string[] = ['policy', 'type'],
  ) {}

  /** The value as written; undefined when absent. Python `None` stays `null`. */
  get(name: string): PyValue | undefined {
    return Object.hasOwn(this.cfg, name) ? this.cfg[name] : undefined;
  }

  has(name: string): boolean {
    return Object.hasOwn(this.cfg, name);
  }

  /** The value, or the default when absent or None where Python treats None as "not given". */
  orNull(name: string): PyValue {
    return this.get(name) ?? null;
  }

  /** A numeric argument; a non-number fails the way Python's arithmetic or comparison would. */
  number(name: string, fallback: number): Parsed<number> {
    const v = this.get(name);
    if (v === undefined) return { ok: true, value: fallback };
    const n = toPyNumber(v);
    if (n === undefined) {
      return this.fail('TypeError', `"${name}" must be a number, got ${describePyType(v)}`, name);
    }
    return { ok: true, value: n };
  }

  /** A numeric argument whose Python default is None. */
  optionalNumber(name: string): Parsed<number | null> {
    const v = this.get(name);
    if (v === undefined || v === null) return { ok: true, value: null };
    return this.number(name, 0);
  }

  isFloat(name: string): boolean {
    return isPyFloatValue(this.get(name));
  }

  /** Python's own TypeError for a required argument left out. */
  requireAll(names: readonly string[]): ScheduleError | undefined {
    const missing = names.filter((n) => !this.has(n));
    if (missing.length === 0) return undefined;
    const quoted = missing.map((n) => `'${n}'`);
    const list = quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
    const noun = missing.length === 1 ? 'argument' : 'arguments';
    return this.error('TypeError', `__init__() missing ${missing.length} required positional ${noun}: ${list}`, missing[0]);
  }

  /** Python's TypeError for the first keyword no class in the chain accepts. */
  rejectUnknown(known: readonly string[]): ScheduleError | undefined {
    const bad = Object.keys(this.cfg).find((k) => !known.includes(k) && !this.ignored.includes(k));
    if (bad === undefined) return undefined;
    return this.error('TypeError', `__init__() got an unexpected keyword argument '${bad}'`, bad);
  }

  error(kind: string, text: string, name?: string): ScheduleError {
    const message = `${kind}: ${this.className}: ${text}`;
    return name === undefined ? { message, path: [this.section] } : { message, path: [this.section, name] };
  }

  fail<T>(kind: string, text: string, name?: string): Parsed<T> {
    return { ok: false, error: this.error(kind, text, name) };
  }
}
