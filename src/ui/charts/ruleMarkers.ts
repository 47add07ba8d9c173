/** Diagnostics that name a point of training, placed on the iteration axis of the lr chart. */
import type { FieldMessage } from '../../core/index.ts';

export interface RuleMarker {
  /** Iteration on the chart's x axis (clamped to the run). */
  iteration: number;
  rule: string;
  severity: FieldMessage['severity'];
  message: FieldMessage['message'];
}

/**
 * One marker per message with `at`: an epoch value e is the boundary after e epochs (iteration
 * e × itersPerEpoch). Points at or past the end of the run sit on its last iteration, so a rule
 * about the end of training (the last epoch never saved, a warmup that outlasts it) stays visible.
 * Sorted by iteration, errors first at one iteration.
 */
export function ruleMarkersOf(messages: readonly FieldMessage[], itersPerEpoch: number, totalIters: number): RuleMarker[] {
  const last = Math.max(0, totalIters - 1);
  const rank = { error: 0, warning: 1, info: 2 } as const;
  return messages
    .flatMap((m) => {
      if (!m.at || !m.rule || !Number.isFinite(m.at.value)) return [];
      const raw = m.at.unit === 'epoch' ? m.at.value * itersPerEpoch : m.at.value;
      return [{ iteration: Math.min(last, Math.max(0, Math.round(raw))), rule: m.rule, severity: m.severity, message: m.message }];
    })
    .sort((a, b) => a.iteration - b.iteration || rank[a.severity] - rank[b.severity]);
}
