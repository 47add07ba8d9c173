/**
 * `Config.merge_from_dict(options, allow_list_keys=True)` of MMCV 1.x and MMEngine (the same in
 * both), as `tools/train.py` calls it after parsing `--cfg-options`: dotted keys become nested
 * dicts, which merge into the config the way `_merge_a_into_b` does, plus list indices: a digit
 * key over a list merges into that element (which must then be a dict or list).
 */
import { copyDict, isPyDict, isPyRef, newDict } from '../python/value.ts';
import type { PyDict, PyValue } from '../python/value.ts';
import type { CfgOption } from './dictAction.ts';
import { truthy } from '../python/runtime.ts';

export class MergeOptionsError extends Error {}

/** The nested dict `merge_from_dict` builds from the options (later keys overwrite earlier ones). */
export function nestOptions(options: readonly CfgOption[]): PyDict {
  const root: PyDict = newDict();
  for (const { key, value } of options) {
    const parts = key.split('.');
    let d = root;
    for (const part of parts.slice(0, -1)) {
      const next = Object.hasOwn(d, part) ? d[part] : undefined;
      if (next !== undefined && isPyDict(next)) d = next;
      else if (next === undefined) {
        const created: PyDict = newDict();
        setKey(d, part, created);
        d = created;
      } else {
        // Python: `d.setdefault(subkey, ConfigDict())` returns the scalar, and `d[subkey]` on it fails.
        throw new MergeOptionsError(`TypeError: '${part}' was already given a value, so '${key}' cannot go inside it`);
      }
    }
    setKey(d, parts[parts.length - 1] ?? '', value);
  }
  return root;
}

/** Applies `options` to `config` as `cfg.merge_from_dict(options)` does. Throws MergeOptionsError where Python raises. */
export function mergeFromDict(config: PyDict, options: readonly CfgOption[]): PyDict {
  const merged = mergeInto(nestOptions(options), config, []);
  if (!isPyDict(merged)) throw new MergeOptionsError('the config is no longer a dict');
  return merged;
}

function isDict(v: PyValue | undefined): v is PyDict {
  return v !== undefined && isPyDict(v) && !isPyRef(v);
}

function mergeInto(a: PyDict, b: PyDict | PyValue[], path: string[]): PyDict | PyValue[] {
  const out: PyDict | PyValue[] = Array.isArray(b) ? [...b] : copyDict(b);
  for (const [k, v] of Object.entries(a)) {
    if (Array.isArray(out) && /^\d+$/.test(k)) {
      const index = Number(k);
      if (index >= out.length) throw new MergeOptionsError(`KeyError: Index ${index} exceeds the length of list ${[...path].join('.')}`);
      const element = out[index];
      if (!isDict(v)) throw new MergeOptionsError(`AttributeError: ${[...path, k].join('.')}: a list element can only be merged into, not replaced`);
      if (!isDict(element) && !Array.isArray(element)) throw new MergeOptionsError(`AttributeError: ${[...path, k].join('.')} is not a dict or list`);
      out[index] = mergeInto(v, element, [...path, k]);
      continue;
    }
    if (Array.isArray(out)) throw new MergeOptionsError(`TypeError: list indices must be integers, not '${k}' (${path.join('.')})`);
    if (isDict(v)) {
      const has = Object.hasOwn(out, k);
      let inherit = false;
      let child = v;
      if (has) {
        const del = Object.hasOwn(v, '_delete_') ? v['_delete_'] : undefined;
        child = copyDict(v);
        delete child['_delete_'];
        inherit = !(del !== undefined && truthy(del));
      }
      if (inherit) {
        const base = out[k];
        if (!isDict(base) && !Array.isArray(base)) {
          throw new MergeOptionsError(
            `TypeError: ${[...path, k].join('.')} is a dict in the options but a ${describe(base ?? null)} in the config; set ${[...path, k].join('.')}._delete_=True to replace it`,
          );
        }
        setKey(out, k, mergeInto(child, base, [...path, k]));
      } else setKey(out, k, child);
    } else setKey(out, k, v);
  }
  return out;
}

/** Python's truth value: None, False, 0, 0.0, '' and empty containers are false. */
function describe(v: PyValue): string {
  if (v === null) return 'None';
  if (Array.isArray(v)) return 'list';
  return typeof v === 'object' ? 'value' : typeof v;
}

function setKey(dict: PyDict, key: string, value: PyValue): void {
  Object.defineProperty(dict, key, { value, enumerable: true, writable: true, configurable: true });
}
