import { stripDeleteKeys } from '../../core/config/write/diffAgainstBase.ts';
import type { WriteConfigOptions } from '../../core/dialects/mmcv1/write/writeConfig.ts';
import { inheritedBaseV2 } from '../../core/model/bases.ts';
import type { PyDict } from '../../core/python/value.ts';
import { isPyDict } from '../../core/python/value.ts';

/**
 * What mmcv 1.x should load from `writeConfig(config, opts)`: the config without `_delete_`
 * hints, plus (inherit mode) the base's top-level keys the config lacks, which a child cannot delete.
 */
export function expectLoadedConfig(config: PyDict, opts: WriteConfigOptions): PyDict {
  const stripped = stripDeleteKeys(config);
  const own = isPyDict(stripped) ? stripped : {};
  if (opts.mode === 'standalone') return own;
  const base = inheritedBaseV2(opts.scheduleBase);
  const out: PyDict = {};
  for (const key of Object.keys(base)) if (!Object.hasOwn(own, key)) out[key] = base[key] ?? null;
  for (const key of Object.keys(own)) Object.defineProperty(out, key, { value: own[key], enumerable: true, writable: true, configurable: true });
  return out;
}

/** Every write mode the studio offers: standalone, and inherit on each schedule base. */
export const allWriteOptions: WriteConfigOptions[] = [
  { mode: 'standalone', scheduleBase: '1x' },
  { mode: 'inherit', scheduleBase: '1x' },
  { mode: 'inherit', scheduleBase: '2x' },
  { mode: 'inherit', scheduleBase: '20e' },
  { mode: 'inherit', scheduleBase: 'none' },
];
