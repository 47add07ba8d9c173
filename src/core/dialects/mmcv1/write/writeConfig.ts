import { unwritableTopLevelKeys } from '../../../config/write/topLevelNames.ts';
import type { ScheduleBaseId } from '../../../model/bases.ts';
import { baseFilesV2, inheritedBaseV2 } from '../../../model/bases.ts';
import { calledBuiltins, printValue, type RefName } from '../../../python/printValue.ts';
import type { PyDict, PyValue } from '../../../python/value.ts';
import { isPyDict } from '../../../python/value.ts';
import { diffAgainstBase, stripDeleteKeys } from '../../../config/write/diffAgainstBase.ts';
import { groupBySection } from './sections.ts';

export interface WriteConfigOptions {
  /** `inherit`: `_base_` on default_runtime + the schedule, then only what differs. `standalone`: everything. */
  mode: 'inherit' | 'standalone';
  scheduleBase: ScheduleBaseId;
  /**
   * Standalone only: write the `_delete_` keys `config` holds instead of dropping them, for a
   * config whose loader kept them (a `_delete_` on a key the bases do not define is never
   * popped, and reaches the constructor; the standalone file must load to the same dict).
   */
  keepDeleteKeys?: boolean;
  /** How class references are spelled: the names the caller's import lines bind (see planLazyImports). */
  refName?: RefName;
}

const lineWidth = 79;

/**
 * mmcv 1.x names that a top-level assignment cannot carry: `_base_` and `_deprecation_` are
 * popped by `Config._file2dict`, `filename`/`text`/`pretty_text` make `Config()` raise KeyError.
 */


/**
 * Writes an MMDetection 2.x (mmcv 1.x) `.py` config that `mmcv.Config.fromfile` loads to
 * `config` (minus `_delete_` hints).
 *
 * In `inherit` mode the file starts with `_base_ = [default_runtime, schedule_<id>]` and
 * writes only what differs, with `_delete_=True` where mmcv's merge would keep stale keys or
 * raise (see `diffAgainstBase`). Base top-level keys missing from `config` cannot be deleted
 * by a child in mmcv 1.x: they stay inherited and the file says so in a comment; use
 * `standalone` to be rid of them.
 *
 * @throws Error when a top-level key cannot be a module-level name mmcv keeps (not an
 *   identifier, a keyword, starting with `__`, or reserved by mmcv).
 */
export function writeConfig(config: PyDict, opts: WriteConfigOptions = { mode: 'inherit', scheduleBase: '1x' }): string {
  checkTopLevelNames(config);
  const blocks: string[] = [];
  let entries: PyDict;
  if (opts.mode === 'inherit') {
    const diff = diffAgainstBase(config, inheritedBaseV2(opts.scheduleBase));
    entries = diff.entries;
    blocks.push(printAssignment('_base_', baseFilesV2(opts.scheduleBase)));
    if (diff.inheritedOnly.length > 0) blocks.push(printInheritedNote(diff.inheritedOnly));
  } else {
    const stripped = opts.keepDeleteKeys ? config : stripDeleteKeys(config);
    entries = isPyDict(stripped) ? stripped : {};
  }
  const keys = Object.keys(entries);
  const ordinary = keys.filter((k) => !calledBuiltins.has(k));
  for (const group of groupBySection(ordinary)) {
    blocks.push([group.heading, ...group.keys.map((k) => printAssignment(k, entries[k] ?? null, opts.refName))].join('\n'));
  }
  const shadowing = keys.filter((k) => calledBuiltins.has(k));
  if (shadowing.length > 0) {
    // One assignment, so every right-hand side is evaluated before either builtin is hidden.
    const target = shadowing.join(', ');
    const value: PyValue = shadowing.length === 1 ? (entries[target] ?? null) : { $tuple: shadowing.map((k) => entries[k] ?? null) };
    blocks.push(`# assigned last: these names hide builtins the lines above call\n${printAssignment(target, value, opts.refName)}`);
  }
  return blocks.length === 0 ? '' : `${blocks.join('\n\n')}\n`;
}

function printAssignment(name: string, value: PyValue, refName?: RefName): string {
  const prefix = `${name} = `;
  return prefix + printValue(value, 0, lineWidth, prefix.length, refName);
}

function printInheritedNote(keys: string[]): string {
  const words = `Kept from _base_ although the studio config leaves them out (mmcv 1.x cannot delete an inherited top-level key): ${keys.join(', ')}`.split(' ');
  const lines: string[] = [];
  let line = '#';
  for (const word of words) {
    if (line.length + 1 + word.length > lineWidth && line !== '#') {
      lines.push(line);
      line = '#';
    }
    line += ` ${word}`;
  }
  lines.push(line);
  return lines.join('\n');
}

function checkTopLevelNames(config: PyDict): void {
  const bad = unwritableTopLevelKeys(config, 'mmcv1');
  if (bad.length > 0) {
    throw new Error(`cannot write top-level config keys as mmcv 1.x names: ${bad.map((k) => JSON.stringify(k)).join(', ')}`);
  }
}
