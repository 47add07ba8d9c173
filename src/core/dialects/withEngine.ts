/**
 * A dialect's `diagnose`: the forms' value checks plus every rule of the diagnostics engine, as
 * messages located at fields. Forms, code pane, Problems list and CLI all read this one list, so
 * they never disagree.
 */
import { diagnose } from '../diagnostics/index.ts';
import type { FieldMessage } from '../model/fieldSpec.ts';
import type { PyDict } from '../python/value.ts';
import type { Rule } from '../diagnostics/index.ts';
import type { DiagnoseContext, DialectInfo } from './types.ts';

const rank = { error: 0, warning: 1, info: 2 } as const;

/**
 * The value checks' messages, then the engine's (errors first). Where the engine says something at
 * the same field at least as severe, the value check's message is left out (the engine's names the
 * rule and may carry a fix). A runtime-only config (made in the forms) has no model or data
 * sections, so rules about those stay silent.
 */
export function withEngine(dialect: DialectInfo, rules: readonly Rule[], validate: (config: PyDict) => FieldMessage[]) {
  return (config: PyDict, ctx: DiagnoseContext = {}): FieldMessage[] => {
    const own = validate(config);
    if (ctx.valueChecksOnly) return own;
    const engine: FieldMessage[] = diagnose({
      config,
      dialect: dialect.id,
      ...(ctx.bases ? { bases: ctx.bases } : {}),
      ...(ctx.itersPerEpoch !== undefined ? { itersPerEpoch: ctx.itersPerEpoch } : {}),
    }, rules).map((d) => ({ path: d.path, severity: d.severity, message: d.message, rule: d.rule, ...(d.fix ? { fix: d.fix } : {}) }));
    const runtimeKeys = dialect.runtimeKeys;
    const shown = ctx.runtimeOnly ? engine.filter((m) => runtimeKeys.includes(m.path[0] ?? '')) : engine;
    const covered = (m: FieldMessage) => shown.some((e) => e.path.join('.') === m.path.join('.') && rank[e.severity] <= rank[m.severity]);
    return [...own.filter((m) => !covered(m)), ...shown];
  };
}
