/**
 * Methods configs call on their values: `d.update(...)`, `d.pop(k)`, `d.copy()`, list appends.
 * A dict marked as ConfigDict follows MMEngine's ConfigDict (recursive `update`, `pop` default None).
 */
import type { Keywords } from './builtins.ts';
import { makeDict, storable } from './builtins.ts';
import { reprPy } from './repr.ts';
import { EvalError, OpaqueValue, appendItems, isDictValue, iterate, numeric, pyEquals, truthy, typeName } from './runtime.ts';
import type { ConfigDictSet, Val } from './runtime.ts';
import { copyDict, getKey, hasKey, isIndexLikeKey, isPyMap, isPyTuple, newDict, pyTuple } from './value.ts';
import type { PyDict, PyMap, PyValue } from './value.ts';
import { copyAnyDict, dictDelete, dictEntries, dictGet, dictSet, unhashableReason } from './pyMap.ts';

/**
 * MMEngine's `ConfigDict._hook`: a plain dict stored into a ConfigDict becomes a new ConfigDict,
 * lists and tuples are rebuilt with their items hooked; ConfigDicts are stored as they are.
 */
export function hookValue(v: PyValue, configDicts: ConfigDictSet): PyValue {
  if (Array.isArray(v)) return v.map((x) => hookValue(x, configDicts));
  if (isPyTuple(v)) return pyTuple(v.$tuple.map((x) => hookValue(x, configDicts)));
  if (isDictValue(v) && !configDicts.has(v)) {
    const out = newDict();
    for (const [k, x] of Object.entries(v)) out[k] = hookValue(x, configDicts);
    configDicts.add(out);
    return out;
  }
  if (isPyMap(v) && !configDicts.has(v)) {
    const out: PyMap = { $map: v.$map.map(([k, x]): [PyValue, PyValue] => [k, hookValue(x, configDicts)]) };
    configDicts.add(out);
    return out;
  }
  return v;
}

function checkArgs(name: string, pos: Val[], kw: Keywords, min: number, max: number): void {
  if (kw.length > 0) throw new EvalError(`${name}() takes no keyword arguments`);
  if (pos.length < min || pos.length > max) throw new EvalError(`${name}() got ${pos.length} arguments`);
}

function keyArg(v: Val | undefined): string {
  if (typeof v !== 'string') throw new EvalError(`config dict keys are strings, not '${typeName(v ?? null)}'`);
  return v;
}

/** MMEngine 0.10.7 `ConfigDict.update`: merges dict values into existing dict values. */
function updateConfigDict(target: PyDict, other: PyDict, configDicts: ConfigDictSet): void {
  for (const [k, v] of Object.entries(other)) {
    const cur = getKey(target, k);
    if (cur !== undefined && isDictValue(cur) && isDictValue(v)) {
      if (configDicts.has(cur)) updateConfigDict(cur, v, configDicts);
      else for (const [kk, x] of Object.entries(v)) cur[kk] = x;
    } else target[k] = hookValue(v, configDicts);
  }
}

/** `copy.deepcopy` of config data: containers rebuilt, scalars shared (they are immutable). */
function deepCopyValue(v: PyValue): PyValue {
  if (Array.isArray(v)) return v.map(deepCopyValue);
  if (isPyTuple(v)) return pyTuple(v.$tuple.map(deepCopyValue));
  if (isDictValue(v)) {
    const out = newDict();
    for (const [k, x] of Object.entries(v)) out[k] = deepCopyValue(x);
    return out;
  }
  return v;
}

/**
 * MMEngine 0.10.7 `ConfigDict.merge(other)` (lazy configs call it, e.g. MMDetection 3.3's
 * rtmdet_ins and dino swin-l): `other` is merged into a deep copy of the dict as `_base_`
 * inheritance merges, recursively, with `_delete_=True` dropping what the dict held at that level;
 * keys keep the dict's order, then `other`'s new ones. A dict of `other` that meets a non-dict
 * replaces it whole, only losing its own top `_delete_` key. The dict is then refilled in place.
 */
function mergeConfigDict(target: PyDict, other: PyDict, configDicts: ConfigDictSet): void {
  const missing = Symbol('missing');
  type Slot = PyValue | typeof missing;
  const mergeInto = (a: Slot, b: Slot): PyValue => {
    if (a !== missing && isDictValue(a)) {
      if (b === missing || !isDictValue(b)) {
        delete a['_delete_'];
        return a;
      }
      const drop = hasKey(a, '_delete_') && truthy(a['_delete_'] ?? null);
      delete a['_delete_'];
      const base: PyDict = drop ? newDict() : b;
      const out = newDict();
      for (const k of [...Object.keys(base), ...Object.keys(a)]) {
        if (hasKey(out, k)) continue;
        out[k] = mergeInto(hasKey(a, k) ? (a[k] ?? null) : missing, hasKey(base, k) ? (base[k] ?? null) : missing);
      }
      return out;
    }
    return a !== missing ? a : b === missing ? null : b;
  };
  const merged = mergeInto(deepCopyValue(other), deepCopyValue(target));
  for (const k of Object.keys(target)) delete target[k];
  if (isDictValue(merged)) for (const [k, v] of Object.entries(merged)) target[k] = hookValue(v, configDicts);
}

/** Why a plain-object dict cannot take a key that needs the map form in place (see `dictSet`). */
const LATE_MAP_KEY = 'a dict written with string keys cannot take a non-string or integer-like key later; write the key in the dict literal instead';

function callDictMethod(d: PyDict, name: string, pos: Val[], kw: Keywords, configDicts: ConfigDictSet): PyValue {
  const isConfigDict = configDicts.has(d);
  switch (name) {
    case 'update': {
      const other = makeDict(pos, kw);
      if (isPyMap(other)) throw new EvalError(LATE_MAP_KEY);
      if (isConfigDict) updateConfigDict(d, other, configDicts);
      else for (const [k, x] of Object.entries(other)) d[k] = x;
      return null;
    }
    case 'merge': {
      if (!isConfigDict) throw new EvalError(`calling '${typeName(d, configDicts)}.merge()' is not supported in a config`);
      checkArgs(name, pos, kw, 1, 1);
      const other = pos[0];
      if (!isDictValue(other)) throw new EvalError(`ConfigDict.merge() takes a dict, not '${typeName(other ?? null)}'`);
      mergeConfigDict(d, other, configDicts);
      return null;
    }
    case 'pop': {
      checkArgs(name, pos, [], 1, 2);
      const key = keyArg(pos[0]);
      if (hasKey(d, key)) {
        const v = d[key] ?? null;
        delete d[key];
        return v;
      }
      if (pos.length > 1) return storable(pos[1] ?? null);
      // ConfigDict.pop has `default=None`, so a missing key is not an error there.
      if (isConfigDict) return null;
      throw new EvalError(`KeyError: '${key}'`);
    }
    case 'get':
      checkArgs(name, pos, kw, 1, 2);
      return getKey(d, keyArg(pos[0])) ?? storable(pos[1] ?? null);
    case 'setdefault': {
      checkArgs(name, pos, kw, 1, 2);
      const key = keyArg(pos[0]);
      if (!hasKey(d, key) && isIndexLikeKey(key)) throw new EvalError(LATE_MAP_KEY);
      if (!hasKey(d, key)) d[key] = isConfigDict ? hookValue(storable(pos[1] ?? null), configDicts) : storable(pos[1] ?? null);
      return d[key] ?? null;
    }
    case 'copy': {
      checkArgs(name, pos, kw, 0, 0);
      const copy = copyDict(d);
      if (isConfigDict) configDicts.add(copy);
      return copy;
    }
    case 'keys':
      checkArgs(name, pos, kw, 0, 0);
      return Object.keys(d);
    case 'values':
      checkArgs(name, pos, kw, 0, 0);
      return Object.values(d);
    case 'items':
      checkArgs(name, pos, kw, 0, 0);
      return Object.entries(d).map(([k, v]) => pyTuple([k, v]));
    default:
      throw new EvalError(`calling '${typeName(d, configDicts)}.${name}()' is not supported in a config`);
  }
}

function callListMethod(list: PyValue[], name: string, pos: Val[], kw: Keywords): PyValue {
  switch (name) {
    case 'append':
      checkArgs(name, pos, kw, 1, 1);
      list.push(storable(pos[0] ?? null));
      return null;
    case 'extend':
      checkArgs(name, pos, kw, 1, 1);
      appendItems(list, iterate(pos[0] ?? null));
      return null;
    case 'insert': {
      checkArgs(name, pos, kw, 2, 2);
      const n = numeric(pos[0] ?? null);
      if (!n || n.isFloat) throw new EvalError('list.insert() index must be an integer');
      const i = n.value < 0 ? Math.max(0, list.length + n.value) : Math.min(n.value, list.length);
      list.splice(i, 0, storable(pos[1] ?? null));
      return null;
    }
    case 'pop': {
      checkArgs(name, pos, kw, 0, 1);
      if (list.length === 0) throw new EvalError('pop from empty list');
      const n = pos[0] === undefined ? { value: -1, isFloat: false } : numeric(pos[0]);
      if (!n || n.isFloat) throw new EvalError('list indices must be integers');
      const i = n.value < 0 ? list.length + n.value : n.value;
      if (i < 0 || i >= list.length) throw new EvalError('pop index out of range');
      return list.splice(i, 1)[0] ?? null;
    }
    case 'remove': {
      checkArgs(name, pos, kw, 1, 1);
      const i = list.findIndex((x) => pyEquals(x, pos[0] ?? null));
      if (i < 0) throw new EvalError('list.remove(x): x not in list');
      list.splice(i, 1);
      return null;
    }
    case 'copy':
      checkArgs(name, pos, kw, 0, 0);
      return [...list];
    case 'index': {
      checkArgs(name, pos, kw, 1, 1);
      const i = list.findIndex((x) => pyEquals(x, pos[0] ?? null));
      if (i < 0) throw new EvalError('value is not in list');
      return i;
    }
    case 'count':
      checkArgs(name, pos, kw, 1, 1);
      return list.filter((x) => pyEquals(x, pos[0] ?? null)).length;
    default:
      throw new EvalError(`calling 'list.${name}()' is not supported in a config`);
  }
}

function callStrMethod(s: string, name: string, pos: Val[], kw: Keywords): PyValue {
  const strArg = (i: number): string => {
    const v = pos[i];
    if (typeof v !== 'string') throw new EvalError(`str.${name}() expects a str argument`);
    return v;
  };
  switch (name) {
    case 'join':
      checkArgs(name, pos, kw, 1, 1);
      return iterate(pos[0] ?? null)
        .map((x) => {
          if (typeof x !== 'string') throw new EvalError(`sequence item: expected str instance, ${typeName(x)} found`);
          return x;
        })
        .join(s);
    case 'replace':
      checkArgs(name, pos, kw, 2, 2);
      return s.split(strArg(0)).join(strArg(1));
    case 'upper':
      checkArgs(name, pos, kw, 0, 0);
      return s.toUpperCase();
    case 'lower':
      checkArgs(name, pos, kw, 0, 0);
      return s.toLowerCase();
    case 'strip':
      checkArgs(name, pos, kw, 0, 0);
      return s.trim();
    case 'split':
      checkArgs(name, pos, kw, 0, 1);
      return pos.length === 0 ? s.split(/\s+/).filter((x) => x !== '') : s.split(strArg(0));
    case 'startswith':
      checkArgs(name, pos, kw, 1, 1);
      return s.startsWith(strArg(0));
    case 'endswith':
      checkArgs(name, pos, kw, 1, 1);
      return s.endsWith(strArg(0));
    default:
      throw new EvalError(`calling 'str.${name}()' is not supported in a config`);
  }
}

/** A dict key argument of a map method: any hashable value. */
function mapKeyArg(v: Val | undefined): PyValue {
  const key = storable(v ?? null);
  const why = unhashableReason(key);
  if (why !== undefined) throw new EvalError(why);
  return key;
}

/** The dict methods on a dict with non-string keys ({@link PyMap}); the ones configs use. */
function callMapMethod(m: PyMap, name: string, pos: Val[], kw: Keywords, configDicts: ConfigDictSet): PyValue {
  switch (name) {
    case 'update': {
      const other = makeDict(pos, kw);
      for (const [k, x] of dictEntries(other)) dictSet(m, k, configDicts.has(m) ? hookValue(x, configDicts) : x);
      return null;
    }
    case 'pop': {
      checkArgs(name, pos, [], 1, 2);
      const key = mapKeyArg(pos[0]);
      const v = dictGet(m, key);
      if (v !== undefined) {
        dictDelete(m, key);
        return v;
      }
      if (pos.length > 1 || configDicts.has(m)) return storable(pos[1] ?? null);
      throw new EvalError(`KeyError: ${reprPy(key)}`);
    }
    case 'get':
      checkArgs(name, pos, kw, 1, 2);
      return dictGet(m, mapKeyArg(pos[0])) ?? storable(pos[1] ?? null);
    case 'setdefault': {
      checkArgs(name, pos, kw, 1, 2);
      const key = mapKeyArg(pos[0]);
      const found = dictGet(m, key);
      if (found !== undefined) return found;
      const v = configDicts.has(m) ? hookValue(storable(pos[1] ?? null), configDicts) : storable(pos[1] ?? null);
      dictSet(m, key, v);
      return v;
    }
    case 'copy': {
      checkArgs(name, pos, kw, 0, 0);
      const copy = copyAnyDict(m);
      if (configDicts.has(m)) configDicts.add(copy);
      return copy;
    }
    case 'keys':
      checkArgs(name, pos, kw, 0, 0);
      return m.$map.map(([k]) => k);
    case 'values':
      checkArgs(name, pos, kw, 0, 0);
      return m.$map.map(([, v]) => v);
    case 'items':
      checkArgs(name, pos, kw, 0, 0);
      return m.$map.map(([k, v]) => pyTuple([k, v]));
    default:
      throw new EvalError(`calling 'dict.${name}()' is not supported in a config`);
  }
}

/** Calls `obj.name(...)` for the dict, list and str methods configs use. */
export function callMethod(obj: Val, name: string, pos: Val[], kw: Keywords, configDicts: ConfigDictSet): PyValue {
  if (obj instanceof OpaqueValue) throw new EvalError(`calling a method of a ${obj.description} is not supported in a config`);
  if (isDictValue(obj)) return callDictMethod(obj, name, pos, kw, configDicts);
  if (isPyMap(obj)) return callMapMethod(obj, name, pos, kw, configDicts);
  if (Array.isArray(obj)) return callListMethod(obj, name, pos, kw);
  if (typeof obj === 'string') return callStrMethod(obj, name, pos, kw);
  throw new EvalError(`calling '${typeName(obj)}.${name}()' is not supported in a config`);
}
