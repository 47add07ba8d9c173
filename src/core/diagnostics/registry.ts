/**
 * The rules of each dialect live with the dialect (dialects/<id>/rules.ts, found by id in dialects/info.ts);
 * a rule that the two runners judge differently is two Rule objects with one id.
 */
import { rulesOf } from '../dialects/info.ts';
import { mmcv1Rules } from '../dialects/mmcv1/rules.ts';
import { mmengineRules } from '../dialects/mmengine/rules.ts';
import type { DialectId, Rule } from './types.ts';

function firstOfEachId(rules: readonly Rule[]): Rule[] {
  const byId = new Map<string, Rule>();
  for (const rule of rules) if (!byId.has(rule.id)) byId.set(rule.id, rule);
  return [...byId.values()];
}

/** Every rule id once, with its summary and reference (for listings and the per-rule fixture counts). */
export const allRules: readonly Rule[] = firstOfEachId([...mmcv1Rules, ...mmengineRules]);

/** The rules that apply to configs of `dialect`. */
export function rulesFor(dialect: DialectId): readonly Rule[] {
  return rulesOf(dialect);
}
