import type { PyDict, PyValue } from '../python/value.ts';
import { isPyDict, isPyNumber, newDict } from '../python/value.ts';
import { dictFromEntries, stringKeyedEntries } from '../python/pyMap.ts';
import type { AnyDict } from '../python/pyMap.ts';

/** One row of `paramwise_cfg.custom_keys` as the form edits it; an absent mult means 1. */
export interface CustomKeyRow {
  key: string;
  lr_mult?: PyValue;
  decay_mult?: PyValue;
  /** Keys other than lr_mult / decay_mult, kept so a round trip loses nothing. */
  extra?: PyDict;
}

/** Splits a `custom_keys` dict into rows, in the dict's order; anything else gives no rows. */
export function readCustomKeyRows(value: PyValue | undefined): CustomKeyRow[] {
  return (stringKeyedEntries(value) ?? []).map(([key, cfg]) => {
    const row: CustomKeyRow = { key };
    if (!isPyDict(cfg)) return row;
    const extra: PyDict = newDict();
    for (const [k, v] of Object.entries(cfg)) {
      if (k === 'lr_mult') row.lr_mult = v;
      else if (k === 'decay_mult') row.decay_mult = v;
      else extra[k] = v;
    }
    if (Object.keys(extra).length > 0) row.extra = extra;
    return row;
  });
}

/**
 * Builds the `custom_keys` dict from rows (`{'backbone': dict(lr_mult=0.1, decay_mult=1.0)}`).
 * A later row with the same key replaces an earlier one, as a Python dict literal would.
 */
export function writeCustomKeyRows(rows: readonly CustomKeyRow[]): AnyDict {
  const out: [string, PyValue][] = [];
  for (const row of rows) {
    const cfg: PyDict = newDict();
    if (row.lr_mult !== undefined) cfg.lr_mult = row.lr_mult;
    if (row.decay_mult !== undefined) cfg.decay_mult = row.decay_mult;
    Object.assign(cfg, row.extra ?? {});
    out.push([row.key, cfg]);
  }
  // A key like '0' (a parameter-name pattern) keeps its row's place only in the map form.
  return dictFromEntries(out);
}

/** True when a value has the shape MMCV's DefaultOptimizerConstructor accepts for custom_keys. */
export function isCustomKeysValue(value: PyValue): boolean {
  const entries = stringKeyedEntries(value);
  return entries !== undefined && entries.every(([, cfg]) => isPyDict(cfg) && ['lr_mult', 'decay_mult'].every((k) => !(k in cfg) || isPyNumber(cfg[k])));
}
