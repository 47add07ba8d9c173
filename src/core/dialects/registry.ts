/**
 * Picks the dialect module for an id. 2.x is part of the first screen; 3.x arrives in its own
 * chunk the first time a document needs it (`loadDialect`), after which `loadedDialect` has it.
 */
import { mmcv1Dialect } from './mmcv1/index.ts';
import { defaultDialectId } from './info.ts';
import type { Dialect, DialectId } from './types.ts';

const loaders: Record<DialectId, () => Promise<Dialect>> = {
  mmcv1: () => Promise.resolve(mmcv1Dialect),
  mmengine: () => import('./mmengine/index.ts').then((m) => m.mmengineDialect),
};

const loaded = new Map<DialectId, Dialect>([[mmcv1Dialect.id, mmcv1Dialect]]);
const loading = new Map<DialectId, Promise<Dialect>>();

/** The dialect of new documents (always loaded). */
export const defaultDialect: Dialect = loaded.get(defaultDialectId) ?? mmcv1Dialect;

/** The dialect module for `id`, loading its chunk once. */
export function loadDialect(id: DialectId): Promise<Dialect> {
  const ready = loaded.get(id);
  if (ready) return Promise.resolve(ready);
  let pending = loading.get(id);
  if (!pending) {
    pending = loaders[id]().then((d) => {
      loaded.set(id, d);
      return d;
    });
    loading.set(id, pending);
  }
  return pending;
}

/** The dialect module for `id` when it has loaded, else undefined (then call {@link loadDialect}). */
export function loadedDialect(id: DialectId): Dialect | undefined {
  return loaded.get(id);
}
