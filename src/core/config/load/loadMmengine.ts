/**
 * MMEngine 0.10.7 `Config._file2dict` for Python configs: the bases are loaded first (from the
 * literal `_base_ = ...`), turned into ConfigDicts and given to the module as `_base_`, so it can
 * read `_base_.x`, assign `_base_.a.b = v` and `del _base_.x`. Then the module's own names are
 * merged into what is left of the bases.
 */
import { evaluateModule, OpaqueValue } from '../../python/evaluate.ts';
import type { ConfigDictSet, Val } from '../../python/evaluate.ts';
import { isDictValue } from '../../python/runtime.ts';
import { isPyMap, isPyTuple, newDict, pyTuple } from '../../python/value.ts';
import type { PyDict, PyValue } from '../../python/value.ts';
import { makeBaseVarPlaceholder, substituteBaseVars } from './baseVars.ts';
import type { KeyOrigin, LoadContext, SourceFile } from './context.ts';
import type { FileResult } from './loadMmcv.ts';
import { baseList, loadBases, mergeChild, popDeprecation } from './loadMmcv.ts';
import { mapValues } from '../../python/pyMap.ts';

/**
 * `ConfigDict(x)` / `_dict_to_config_dict`: a deep copy in which every dict is a ConfigDict
 * (so two keys that shared one dict no longer do, as in upstream).
 */
export function toConfigDict(v: PyValue, configDicts: ConfigDictSet): PyValue {
  if (Array.isArray(v)) return v.map((x) => toConfigDict(x, configDicts));
  if (isPyTuple(v)) return pyTuple(v.$tuple.map((x) => toConfigDict(x, configDicts)));
  if (isPyMap(v)) {
    const out = mapValues(v, (x) => toConfigDict(x, configDicts));
    configDicts.add(out);
    return out;
  }
  if (isDictValue(v)) {
    const out = newDict();
    for (const [k, x] of Object.entries(v)) out[k] = toConfigDict(x, configDicts);
    configDicts.add(out);
    return out;
  }
  return v;
}

/** `_get_base_files`: the value of the first top-level `_base_ = ...`, evaluated on its own. */
function readBaseNames(file: SourceFile, ctx: LoadContext): string[] {
  const stmt = file.tree.body.find((s) => s.kind === 'Assign' && s.targets[0]?.kind === 'Name' && s.targets[0].id === '_base_');
  if (!stmt || stmt.kind !== 'Assign') return [];
  const only = evaluateModule({ body: [{ ...stmt, targets: [{ kind: 'Name', id: '_base_', span: stmt.span }] }], comments: [], text: file.text });
  for (const d of only.diagnostics) ctx.diagnostics.push({ ...d, file: file.path });
  const value: Val = only.globals.get('_base_') ?? [];
  return baseList(value, ctx, file, stmt.span);
}

/** Loads one file with MMEngine 0.10.7 (non-lazy) semantics. */
export function loadMmengineFile(file: SourceFile, ctx: LoadContext): FileResult {
  ctx.stack.push(file.path);
  try {
    const bases = loadBases(readBaseNames(file, ctx), file, ctx, (f) => loadMmengineFile(f, ctx));
    const configDicts: ConfigDictSet = ctx.configDicts;
    const baseCfg = toConfigDict(bases.cfg, configDicts) as PyDict;
    // RemoveAssignFromAST: `_base_ = ...` is not run, so `_base_` stays the bases' ConfigDict.
    const body = file.tree.body.filter((s) => !(s.kind === 'Assign' && s.targets[0]?.kind === 'Name' && s.targets[0].id === '_base_'));
    const evaluated = evaluateModule(
      { ...file.tree, body },
      { globals: new Map<string, Val>([['_base_', baseCfg]]), configDicts, resolveBaseVar: makeBaseVarPlaceholder },
    );
    for (const d of evaluated.diagnostics) ctx.diagnostics.push({ ...d, file: file.path });
    const cfg = newDict();
    const origins = new Map<string, KeyOrigin>();
    for (const [name, value] of evaluated.globals) {
      if (name === '_base_' || name.startsWith('__') || value instanceof OpaqueValue) continue;
      cfg[name] = value;
      const span = evaluated.definitions.get(name);
      if (span) origins.set(name, ctx.origin(file, span));
    }
    popDeprecation(cfg, file, ctx);
    const child = substituteBaseVars(cfg, baseCfg, (path) =>
      ctx.report(file, undefined, 'error', `{{_base_.${path.join('.')}}}: the base configs have no such key`),
    ) as PyDict;
    const merged = mergeChild(child, baseCfg, file, ctx);
    const result = newDict();
    for (const [k, v] of Object.entries(merged)) if (!k.startsWith('__')) result[k] = v;
    const allOrigins = new Map<string, KeyOrigin>();
    for (const k of Object.keys(result)) {
      const o = origins.get(k) ?? bases.origins.get(k);
      if (o) allOrigins.set(k, o);
    }
    return { cfg: result, origins: allOrigins };
  } finally {
    ctx.stack.pop();
  }
}
