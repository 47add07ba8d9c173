import { useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CurveName, CurveSegment } from '../../core/entries/explain.ts';
import { useStudio } from '../storeContext.tsx';
import { highlightFields } from './curveLink.ts';

/** A press that moves less than this many pixels is a click (pin), not a zoom drag. */
const clickSlopPx = 4;

export interface CurveExplanationState {
  /** The hovered segment, else the pinned one. */
  segment: CurveSegment | null;
  pinned: boolean;
  /** The segment's iterations, the same object while the segment stays (for the band's context). */
  range: { from: number; to: number } | null;
  handlers: { onMouseDown: (e: MouseEvent) => void; onClick: (e: MouseEvent) => void };
}

/**
 * The segment under the pointer (or the one a click kept), whose fields the forms and the code
 * pane light up. A click on the plot keeps the hovered segment explained after the pointer
 * leaves; another click lets it go. A pinned segment of curves since recomputed is dropped.
 */
export function useCurveExplanation(segments: readonly CurveSegment[] | undefined, hoverIteration: number | null): CurveExplanationState {
  const [pinned, setPinned] = useState<CurveSegment | null>(null);
  const pressedAt = useRef<number | null>(null);
  const hovered = useMemo(() => (segments && hoverIteration !== null ? (segments.find((s) => s.from <= hoverIteration && hoverIteration < s.to) ?? null) : null), [segments, hoverIteration]);
  const kept = pinned && segments?.includes(pinned) ? pinned : null;
  const segment = hovered ?? kept;
  useEffect(() => {
    highlightFields(segment?.paths ?? []);
  }, [segment]);
  useEffect(() => () => highlightFields([]), []);
  const handlers = useMemo<CurveExplanationState['handlers']>(
    () => ({
      onMouseDown: (e) => {
        pressedAt.current = e.clientX;
      },
      onClick: (e) => {
        const moved = pressedAt.current === null ? 0 : Math.abs(e.clientX - pressedAt.current);
        pressedAt.current = null;
        if (moved < clickSlopPx) setPinned((was) => (hovered === null || was === hovered ? null : hovered));
      },
    }),
    [hovered],
  );
  return { segment, pinned: kept !== null && segment === kept, range: segment, handlers };
}

function formatEpoch(iteration: number, itersPerEpoch: number): string {
  return String(Number((iteration / itersPerEpoch).toFixed(2)));
}

/** The line under a chart: the explained segment's range and sentence, in the UI language, or how to get one. */
export function CurveExplanationLine({ curve, state, itersPerEpoch }: { curve: CurveName; state: CurveExplanationState; itersPerEpoch: number | null }) {
  const { t } = useTranslation();
  const language = useStudio((s) => s.language);
  const s = state.segment;
  if (!s && curve !== 'lr') return null;
  return (
    <figcaption className="curve-explanation-line" aria-live="polite">
      {s ? (
        <span data-testid="curve-explanation" data-curve={curve} data-from={s.from} data-to={s.to} data-shape={s.shape}>
          <span className="curve-explanation-range">
            {t('explainRange', { from: s.from.toLocaleString('en-US'), to: (s.to - 1).toLocaleString('en-US') })}
            {itersPerEpoch ? ` · ${t('explainRangeEpochs', { from: formatEpoch(s.from, itersPerEpoch), to: formatEpoch(s.to, itersPerEpoch) })}` : ''}
          </span>{' '}
          {s.text[language]}
          {state.pinned && <small className="curve-explanation-pinned"> ({t('explainPinned')})</small>}
        </span>
      ) : (
        <span className="curve-explanation-hint" data-testid="curve-explanation-hint">
          {t('explainHint')}
        </span>
      )}
    </figcaption>
  );
}
