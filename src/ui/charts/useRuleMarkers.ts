import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { pickText } from '../i18n.ts';
import { useDiagnostics } from '../problems/useDiagnostics.ts';
import { useStudio } from '../storeContext.tsx';
import { ruleMarkersOf, type RuleMarker } from './ruleMarkers.ts';

/**
 * The open config's diagnostics that name a point of training, as lr chart markers with their
 * hover text in the current language. Stable while the diagnostics, the run and the language
 * stay the same (the chart is memoised on it).
 */
export function useRuleMarkers(itersPerEpoch: number, totalIters: number): { markers: readonly RuleMarker[]; titleOf: (m: RuleMarker) => string } {
  const { t } = useTranslation();
  const language = useStudio((s) => s.language);
  const messages = useDiagnostics();
  const markers = useMemo(() => ruleMarkersOf(messages, itersPerEpoch, totalIters), [messages, itersPerEpoch, totalIters]);
  const titleOf = useCallback((m: RuleMarker) => t('ruleMarkerTitle', { message: pickText(m.message, language), iteration: m.iteration.toLocaleString('en-US'), rule: m.rule, interpolation: { escapeValue: false } }), [t, language]);
  return useMemo(() => ({ markers, titleOf }), [markers, titleOf]);
}
