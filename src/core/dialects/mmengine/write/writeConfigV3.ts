import { unwritableTopLevelKeys } from '../../../config/write/topLevelNames.ts';
import type { ScheduleBaseId } from '../../../model/bases.ts';
import { baseFilesV3, inheritedBaseV3 } from '../model/bases.ts';
import type { PyDict, PyValue } from '../../../python/value.ts';
import { isPyDict, refToString } from '../../../python/value.ts';
import { planLazyImports } from '../../../config/write/lazyImports.ts';
import { diffAgainstBase, stripDeleteKeys } from '../../../config/write/diffAgainstBase.ts';
import { printAssignment, printComment } from './printAssignment.ts';
import { groupBySectionV3 } from './sectionsV3.ts';
import { calledBuiltins, type RefName } from '../../../python/printValue.ts';

export interface WriteConfigV3Options {
  /** `inherit`: `_base_` on the schedule + default_runtime, then only what differs. `standalone`: everything. */
  mode: 'inherit' | 'standalone';
  scheduleBase: ScheduleBaseId;
}

/**
 * Names a top-level assignment cannot carry under MMEngine 0.10.7: `_base_` assignments are
 * stripped before running (RemoveAssignFromAST), `_deprecation_` is popped, and `Config()`
 * raises KeyError for the other four.
 */


/**
 * Writes an MMDetection 3.x `.py` config that MMEngine 0.10.7's `Config.fromfile(...).to_dict()`
 * loads to `config` (minus `_delete_` hints).
 *
 * `inherit`: `_base_ = [schedule_<id>, default_runtime]` (mmdet 3.x's order), `del _base_.<key>`
 * for each base top-level key the config lacks (the child runs with the bases as its `_base_`
 * global before the merge, so this removes them, as mmdet's own strongsort configs do), then only
 * what differs. MMEngine's `fromfile` merge is MMCV 1.x's (`_merge_a_into_b` with
 * `allow_list_keys=False`), so `diffAgainstBase` places `_delete_=True` exactly where a child
 * dict would keep stale base keys or meet a non-dict; lists such as `param_scheduler` are
 * always replaced whole. `standalone`: every key, no `_delete_`; class references (a lazy-import
 * config) by the names of import lines written at the top.
 *
 * @throws Error when a top-level key cannot be a module-level name MMEngine keeps.
 */
export function writeConfigV3(config: PyDict, opts: WriteConfigV3Options = { mode: 'inherit', scheduleBase: '1x' }): string {
  checkTopLevelNames(config);
  const blocks: string[] = [];
  let entries: PyDict;
  let refName: RefName | undefined;
  if (opts.mode === 'inherit') {
    const diff = diffAgainstBase(config, inheritedBaseV3(opts.scheduleBase));
    entries = diff.entries;
    blocks.push(printAssignment('_base_', baseFilesV3(opts.scheduleBase)));
    if (diff.inheritedOnly.length > 0) {
      const dels = diff.inheritedOnly.map((k) => `del _base_.${k}`);
      blocks.push([printComment('not in this config: removed from what _base_ defines'), ...dels].join('\n'));
    }
  } else {
    const stripped = stripDeleteKeys(config);
    entries = isPyDict(stripped) ? stripped : {};
    // A lazy-import config (class references): the imports the references need, as the
    // standalone export of an imported file writes them (see planLazyImports).
    const imports = planLazyImports(entries);
    if (imports.lines.length > 0) {
      blocks.push(imports.lines.join('\n'));
      refName = (ref) => imports.names.get(refToString(ref)) ?? refToString(ref);
    }
  }
  const keys = Object.keys(entries);
  for (const group of groupBySectionV3(keys.filter((k) => !calledBuiltins.has(k)))) {
    blocks.push([group.heading, ...group.keys.map((k) => printAssignment(k, entries[k] ?? null, refName))].join('\n'));
  }
  const shadowing = keys.filter((k) => calledBuiltins.has(k));
  if (shadowing.length > 0) {
    // One assignment, so every right-hand side is evaluated before either builtin is hidden.
    const target = shadowing.join(', ');
    const value: PyValue = shadowing.length === 1 ? (entries[target] ?? null) : { $tuple: shadowing.map((k) => entries[k] ?? null) };
    blocks.push(`# assigned last: these names hide builtins the lines above call\n${printAssignment(target, value, refName)}`);
  }
  return blocks.length === 0 ? '' : `${blocks.join('\n\n')}\n`;
}

function checkTopLevelNames(config: PyDict): void {
  const bad = unwritableTopLevelKeys(config, 'mmengine');
  if (bad.length > 0) {
    throw new Error(`cannot write top-level config keys as MMEngine names: ${bad.map((k) => JSON.stringify(k)).join(', ')}`);
  }
}
