/**
 * Whether a field's value is the one its `_base_` files give (inherited) or one the file sets,
 * so the forms can dim inherited values and offer "reset to inherited" for set ones.
 */
import { getAtPath } from '../../model/paths.ts';
import type { PyDict, PyValue } from '../../python/value.ts';
import { pyEqual } from '../../python/value.ts';
import { stripDeleteKeys } from '../write/diffAgainstBase.ts';

/** One base file and the top-level keys it defines (as loaded). */
export interface BaseLayer {
  /** The file's name as the user knows it: `schedule_1x.py`, `default_runtime.py`. */
  file: string;
  keys: PyDict;
}

export type FieldOrigin =
  /** The config's value equals what the bases give there: the file need not write it. */
  | { kind: 'inherited'; from: string }
  /** The bases give a value there but the config differs (or dropped it): the file sets it. */
  | { kind: 'set'; from: string; baseValue: PyValue }
  /** No base gives a value there: only the file can. */
  | { kind: 'own' };

/** Shown when no layer defines the top-level key yet a merged base holds it. */
export const unknownBaseName = 'the bases';

/**
 * The origin of the value at `path`. The bases are merged in list order at the top level
 * (mmcv and MMEngine refuse duplicate keys among bases, so each key comes from one file); the
 * base named is the one that defines `path[0]`. `_delete_` markers in the config are ignored,
 * since they do not reach the loaded config.
 */
export function fieldOrigin(config: PyDict, layers: readonly BaseLayer[], path: readonly string[]): FieldOrigin {
  if (path.length === 0) return { kind: 'own' };
  const top = path[0] as string;
  const layer = layers.find((l) => Object.hasOwn(l.keys, top));
  if (!layer) return { kind: 'own' };
  const baseValue = getAtPath(layer.keys, path);
  if (baseValue === undefined) return { kind: 'own' };
  const value = getAtPath(config, path);
  if (value !== undefined && pyEqual(stripDeleteKeys(value), baseValue)) return { kind: 'inherited', from: layer.file || unknownBaseName };
  return { kind: 'set', from: layer.file || unknownBaseName, baseValue };
}
