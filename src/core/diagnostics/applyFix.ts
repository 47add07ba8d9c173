/** Applies a diagnostic's fix to the config the user owns, returning a new config (inputs untouched). */
import { copyDict, isPyDict, newDict } from '../python/value.ts';
import type { PyDict, PyValue } from '../python/value.ts';
import type { Fix, FixEdit } from './types.ts';

function setIn(value: PyValue, path: readonly string[], leaf: (old: PyValue | undefined) => PyValue | undefined): PyValue {
  const [key, ...rest] = path;
  if (key === undefined) return leaf(value) ?? value;
  if (Array.isArray(value) && /^\d+$/.test(key)) {
    const i = Number(key);
    const copy = [...value];
    const next = rest.length === 0 ? leaf(copy[i]) : setIn(copy[i] ?? newDict(), rest, leaf);
    if (next !== undefined) copy[i] = next;
    return copy;
  }
  const dict: PyDict = isPyDict(value) ? copyDict(value) : newDict();
  if (rest.length === 0) {
    const next = leaf(Object.hasOwn(dict, key) ? dict[key] : undefined);
    if (next === undefined) delete dict[key];
    else dict[key] = next;
  } else dict[key] = setIn(Object.hasOwn(dict, key) ? (dict[key] ?? newDict()) : newDict(), rest, leaf);
  return dict;
}

function applyEdit(config: PyDict, edit: FixEdit): PyDict {
  switch (edit.op) {
    case 'set':
      return setIn(config, edit.path, () => edit.value) as PyDict;
    case 'delete':
      return setIn(config, edit.path, () => undefined) as PyDict;
    case 'replace':
      return setIn(config, edit.path, () => ({ _delete_: true, ...withoutDelete(edit.value) })) as PyDict;
  }
}

function withoutDelete(d: PyDict): PyDict {
  const { _delete_: _dropped, ...rest } = d;
  return rest;
}

/** The config after every edit of `fix`, in order. */
export function applyFix(config: PyDict, fix: Fix): PyDict {
  return fix.edits.reduce(applyEdit, config);
}

/**
 * An edit whose path runs through a list item (`param_scheduler.1.T_max`) rewritten as a `set` of
 * the whole list: a leaf cannot write one item of a list its bases define (lists replace, they do
 * not merge), and `_delete_` inside a list item is never popped. `config` is the merged config
 * the edit was computed from.
 */
export function liftThroughLists(config: PyDict, edit: FixEdit): FixEdit {
  let cur: PyValue | undefined = config;
  for (let i = 0; i < edit.path.length; i++) {
    if (Array.isArray(cur)) {
      const listPath = edit.path.slice(0, i);
      const inner: FixEdit = edit.op === 'replace' ? { op: 'set', path: edit.path, value: edit.value } : edit;
      const applied = applyEdit(config, inner);
      let value: PyValue | undefined = applied;
      for (const key of listPath) value = isPyDict(value) ? value[key] : undefined;
      return value === undefined ? edit : { op: 'set', path: listPath, value };
    }
    const key: string = edit.path[i] ?? '';
    cur = isPyDict(cur) ? cur[key] : undefined;
  }
  return edit;
}
