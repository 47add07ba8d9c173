import type { PyDict, PyValue } from '../python/value.ts';
import { isPyDict, newDict } from '../python/value.ts';

/**
 * The value at a key path (`['lr_config', 'warmup_iters']`); undefined when a key is missing
 * or a step on the way is not a dict (e.g. `grad_clip=None`).
 */
export function getAtPath(config: PyDict, path: readonly string[]): PyValue | undefined {
  let current: PyValue | undefined = config;
  for (const key of path) {
    if (!isPyDict(current) || !Object.hasOwn(current, key)) return undefined;
    current = current[key];
  }
  return current;
}

/**
 * A new config with the value at `path` replaced, or the key removed when `value` is undefined.
 * Untouched branches are shared, existing keys keep their place (the printed Python keeps its
 * order), a new key goes last, and missing or non-dict steps become empty dicts on the way.
 * Removing under a missing branch returns the config unchanged.
 */
export function setAtPath(config: PyDict, path: readonly string[], value: PyValue | undefined): PyDict {
  const [key, ...rest] = path;
  if (key === undefined) {
    // An empty path addresses the config itself: only a dict can replace it.
    return isPyDict(value) ? value : config;
  }
  if (rest.length === 0) return withKey(config, key, value);
  const child = Object.hasOwn(config, key) ? config[key] : undefined;
  if (value === undefined && !isPyDict(child)) return config;
  return withKey(config, key, setAtPath(isPyDict(child) ? child : {}, rest, value));
}

function withKey(dict: PyDict, key: string, value: PyValue | undefined): PyDict {
  if (value === undefined) {
    if (!Object.hasOwn(dict, key)) return dict;
    const out: PyDict = newDict();
    for (const [k, v] of Object.entries(dict)) if (k !== key) out[k] = v;
    return out;
  }
  // Spreading keeps insertion order and replaces in place; defineProperty guards `__proto__`.
  const out: PyDict = { ...dict };
  Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  return out;
}

/** The dict at `path[0]`, or {} when that key is absent or not a dict: what `visibleWhen` sees. */
export function getSection(config: PyDict, path: readonly string[]): PyDict {
  const head = path[0];
  const section = head === undefined ? undefined : getAtPath(config, [head]);
  return isPyDict(section) ? section : {};
}
