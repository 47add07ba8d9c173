/**
 * Property ("forms keep configs valid"): random form edits in both dialects — optimizer type,
 * lr / momentum policy, runner or loop type, scheduler types and the visible arguments of each —
 * dispatched the way the fields dispatch them, then exported, then read back with the built-in
 * bases: every optimizer, hook, loop and scheduler dict of the file is accepted by the signature
 * tables, unless the page shows an error diagnostic for the config. Seeds are printed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isTypeField, loadDialect, type Dialect, type PyDict, type PyValue } from '../core/index.ts';
import { createMemoryFs, loadConfig } from '../core/config/load/loadConfig.ts';
import { acceptedArguments, rejectedKeys } from '../core/diagnostics/signatures/lookup.ts';
import type { Component } from '../core/diagnostics/signatures/lookup.ts';
import type { FieldSpec, HookTypeSpec } from '../core/model/fieldSpec.ts';
import { getAtPath } from '../core/model/paths.ts';
import { isPyDict } from '../core/python/value.ts';
import { dispatchFieldChange } from '../ui/fields/specialFieldActions.ts';
import { createStudioStore } from './studioStore.ts';

const seed = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31);
type Store = ReturnType<typeof createStudioStore>;

/** A value a person could type or pick in a field of this kind (in range, so value checks rarely fire). */
function valueFor(field: FieldSpec): fc.Arbitrary<PyValue> | undefined {
  const t = field.type;
  switch (t.kind) {
    case 'float':
      return fc.double({ min: Math.max(t.min ?? 0, 0), max: Math.min(t.max ?? 1, 1), noNaN: true, minExcluded: t.minExclusive ?? false, maxExcluded: t.maxExclusive ?? false });
    case 'int':
      return fc.integer({ min: Math.max(t.min ?? 0, 0), max: Math.min(t.max ?? 50, 50) });
    case 'bool':
      return fc.boolean();
    case 'enum':
      return t.options.length > 0 ? fc.constantFrom(...t.options) : undefined;
    case 'int-list':
      return fc.uniqueArray(fc.integer({ min: 1, max: 30 }), { minLength: 1, maxLength: 3 }).map((xs) => xs.sort((a, b) => a - b));
    case 'float-tuple':
      return fc.array(fc.double({ min: 0.01, max: 0.999, noNaN: true }), { minLength: t.length, maxLength: t.length }).map((xs) => ({ $tuple: xs }));
    default:
      return undefined;
  }
}

interface Edit {
  label: string;
  apply: (store: Store) => void;
}

/** One edit of a visible field, or a param_scheduler entry retyped, added or edited (as HookListEditor does). */
function editsFor(dialect: Dialect, store: Store): fc.Arbitrary<Edit> {
  const config = store.getState().config;
  // Type changes are the edits that reshape sections: drawn more often than plain arguments.
  const options: { arbitrary: fc.Arbitrary<Edit>; weight: number }[] = [];
  for (const section of dialect.sections) {
    for (const field of section.fields) {
      const owner = getAtPath(config, field.path.slice(0, 1));
      if (field.visibleWhen && !field.visibleWhen(isPyDict(owner) ? owner : {})) continue;
      if (field.type.kind === 'hook-list' && field.type.ordered && field.type.retype) {
        const list = getAtPath(config, field.path);
        const retype = field.type.retype;
        const hookTypes = field.type.hookTypes;
        if (Array.isArray(list) && list.length > 0) options.push({ arbitrary: schedulerEdits(field.path, list.length, hookTypes, retype), weight: 6 });
        continue;
      }
      const value = valueFor(field);
      if (!value) continue;
      const typeField = isTypeField(field.path) || field.path.join('.') === 'momentum_config.policy';
      options.push({ arbitrary: value.map((v) => ({ label: `${field.path.join('.')}=${JSON.stringify(v)}${typeField ? ' (type)' : ''}`, apply: (s) => dispatchFieldChange(s.getState().actions, field.path, v) })), weight: typeField ? 6 : 1 });
    }
  }
  return fc.oneof(...options);
}

function schedulerEdits(path: readonly string[], count: number, hookTypes: readonly HookTypeSpec[], retype: (e: Readonly<Record<string, PyValue>>, t: string) => Record<string, PyValue>): fc.Arbitrary<Edit> {
  const retyped = fc.tuple(fc.nat({ max: count - 1 }), fc.constantFrom(...hookTypes.map((h) => h.type))).map(([i, type]): Edit => ({
    label: `${path.join('.')}[${i}].type=${type}`,
    apply: (s) => {
      const list = getAtPath(s.getState().config, path) as PyValue[];
      s.getState().actions.fieldChanged(path, list.map((e, j) => (j === i && isPyDict(e) ? retype(e, type) : e)));
    },
  }));
  const added = fc.constantFrom(...hookTypes.map((h) => h.type)).map((type): Edit => ({
    label: `${path.join('.')} + ${type}`,
    apply: (s) => s.getState().actions.fieldChanged(path, [...(getAtPath(s.getState().config, path) as PyValue[]), retype({}, type)]),
  }));
  const argEdits = hookTypes.flatMap((h) =>
    h.args.flatMap((arg) => {
      const v = valueFor(arg);
      return v
        ? [
            fc.tuple(fc.nat({ max: count - 1 }), v).map(([i, value]): Edit => ({
              label: `${path.join('.')}[${i}].${arg.path.join('.')}=${JSON.stringify(value)} (if ${h.type})`,
              apply: (s) => {
                const list = getAtPath(s.getState().config, path) as PyValue[];
                const entry = list[i];
                if (!isPyDict(entry) || entry.type !== h.type) return;
                s.getState().actions.fieldChanged(path, list.map((e, j) => (j === i ? { ...entry, [arg.path[0] ?? '']: value } : e)));
              },
            })),
          ]
        : [];
    }),
  );
  return fc.oneof(retyped, added, ...argEdits);
}

/** Every dict of the loaded file that a constructor receives, with the table that judges it. */
function constructorDicts(config: PyDict, dialectId: Dialect['id']): { component: Component; path: string[] }[] {
  const out: { component: Component; path: string[] }[] = [];
  const at = (path: string[]) => getAtPath(config, path);
  const push = (component: Component, path: string[]) => {
    if (isPyDict(at(path))) out.push({ component, path });
  };
  if (dialectId === 'mmcv1') {
    push('optimizer', ['optimizer']);
    push('lr-policy', ['lr_config']);
    push('momentum-policy', ['momentum_config']);
    push('runner', ['runner']);
    push('checkpoint-hook', ['checkpoint_config']);
    const hooks = at(['log_config', 'hooks']);
    if (Array.isArray(hooks)) hooks.forEach((_, i) => push('logger-hook', ['log_config', 'hooks', String(i)]));
  } else {
    push('optimizer', ['optim_wrapper', 'optimizer']);
    push('train-loop', ['train_cfg']);
    push('eval-loop', ['val_cfg']);
    const list = at(['param_scheduler']);
    if (Array.isArray(list)) list.forEach((_, i) => push('scheduler', ['param_scheduler', String(i)]));
    else push('scheduler', ['param_scheduler']);
    const hooks = at(['default_hooks']);
    if (isPyDict(hooks)) for (const k of Object.keys(hooks)) push('default-hook', ['default_hooks', k]);
  }
  return out;
}

function rejectedIn(config: PyDict, dialectId: Dialect['id']): string[] {
  return constructorDicts(config, dialectId).flatMap(({ component, path }) => {
    const section = getAtPath(config, path) as PyDict;
    const accepted = acceptedArguments(component, path, section);
    return accepted ? rejectedKeys(accepted, section).map((k) => `${path.join('.')}.${k} (${accepted.className})`) : [];
  });
}

async function freshStore(dialect: Dialect): Promise<Store> {
  const store = createStudioStore();
  if (dialect.id !== store.getState().dialect) {
    const preset = dialect.presets[0];
    if (!preset) throw new Error('no preset');
    store.getState().actions.presetApplied({ config: preset.config, scheduleBase: preset.scheduleBase, dialect: dialect.id, name: 'v3' });
  }
  return store;
}

describe(`form edits export files whose constructors accept their arguments (seed ${seed}, replay with FC_SEED=${seed})`, () => {
  for (const id of ['mmcv1', 'mmengine'] as const) {
    for (const mode of ['inherit', 'standalone'] as const) {
      it(`${id}, ${mode} export`, async () => {
        const dialect = await loadDialect(id);
        const initial = await freshStore(dialect);
        const steps = fc.array(fc.integer({ min: 0, max: 2 ** 30 }), { minLength: 1, maxLength: 8 });
        await fc.assert(
          fc.asyncProperty(steps, fc.integer(), async (picks, inner) => {
            const store = await freshStore(dialect);
            store.getState().actions.exportModeChanged(mode);
            const log: string[] = [];
            // Each step draws its edit from the fields visible now (a new policy shows new fields).
            picks.forEach((pick, n) => {
              const [edit] = fc.sample(editsFor(dialect, store), { seed: inner + pick + n, numRuns: 1 });
              if (!edit) return;
              log.push(edit.label);
              edit.apply(store);
            });
            const s = store.getState();
            const text = dialect.write(s.config, { mode: s.exportMode, scheduleBase: s.scheduleBase });
            const files: Record<string, string> = { '/c/m/x.py': text };
            for (const [path, body] of Object.entries(dialect.builtinBases)) files[`/c/${path}`] = body;
            const loaded = loadConfig('/c/m/x.py', createMemoryFs(files), { dialect: id });
            const loadErrors = loaded.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);
            expect(loadErrors, `edits: ${log.join(' → ')}`).toEqual([]);
            const rejected = rejectedIn(loaded.config, id);
            const shown = store.derive.diagnostics({ config: s.config, dialect, scheduleBase: s.scheduleBase, exportMode: s.exportMode, source: s.source, itersPerEpoch: s.itersPerEpoch });
            const errors = shown.filter((m) => m.severity === 'error');
            // The forms only offer arguments of the class chosen, so they never make an unknown-argument error.
            expect(errors.filter((m) => m.rule?.endsWith('/unknown-argument')).map((m) => m.path.join('.')), `edits: ${log.join(' → ')}`).toEqual([]);
            if (rejected.length > 0) expect(errors.length, `rejected ${rejected.join(', ')} with no error shown; edits: ${log.join(' → ')}\n${text}`).toBeGreaterThan(0);
          }),
          { seed, numRuns: Number(process.env.FC_RUNS ?? 60) },
        );
        expect(initial.getState().dialect).toBe(id);
      }, 120_000);
    }
  }
});
