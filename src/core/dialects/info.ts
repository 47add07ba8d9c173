/**
 * The dialect ids and their facts: the one place that spells an id. Everything else receives a
 * {@link DialectInfo} or a loaded {@link Dialect} (see registry.ts) and asks it.
 */
import type { Rule } from '../diagnostics/types.ts';
import { mmcv1Facts } from './mmcv1/facts.ts';
import { mmcv1Rules } from './mmcv1/rules.ts';
import { mmengineFacts } from './mmengine/facts.ts';
import { mmengineRules } from './mmengine/rules.ts';
import type { DialectId, DialectInfo } from './types.ts';

export const dialectIds: readonly DialectId[] = ['mmcv1', 'mmengine'];

/** Facts per id (small and synchronous; the full modules load through registry.ts). */
export const dialectInfos: { readonly [K in DialectId]: DialectInfo & { id: K } } = {
  mmcv1: { id: 'mmcv1', ...mmcv1Facts },
  mmengine: { id: 'mmengine', ...mmengineFacts },
};

/** A new document's dialect, and the loader's when a file shows no idiom of either (they agree then). */
export const defaultDialectId: DialectId = 'mmcv1';

/**
 * The order the loader tries dialects in when one file shows idioms of both: a 3.x key wins,
 * since 3.x configs keep some 2.x names for compatibility and never the reverse.
 */
export const detectionOrder: readonly DialectInfo[] = [dialectInfos.mmengine, dialectInfos.mmcv1];

/** The dialect whose child files read `_base_` as an object (`_base_.x`, `del _base_.x`). */
export const baseObjectDialect: DialectInfo = dialectInfos.mmengine;

/** The dialect that reads pure-Python (lazy import) configs. */
export const lazyImportDialect: DialectInfo = dialectInfos.mmengine;

export function isDialectId(value: unknown): value is DialectId {
  return typeof value === 'string' && (dialectIds as readonly string[]).includes(value);
}

export function dialectInfo(id: DialectId): DialectInfo {
  return dialectInfos[id];
}

/** Each dialect's diagnostics rules (dialects/<id>/rules.ts), kept apart from the facts so a module that needs only the facts does not bundle them. */
const rulesByDialect: { readonly [K in DialectId]: readonly Rule[] } = { mmcv1: mmcv1Rules, mmengine: mmengineRules };

/** The diagnostics engine's rules for configs of dialect `id`. */
export function rulesOf(id: DialectId): readonly Rule[] {
  return rulesByDialect[id];
}

/** The dialect a conversion goes to (there are two). */
export function otherDialectId(id: DialectId): DialectId {
  return dialectIds.find((other) => other !== id) ?? id;
}
