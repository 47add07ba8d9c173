import { useMemo, type ReactNode } from 'react';
import { usePlanCheck } from '../trainingLog/usePlanCheck.ts';
import { useStudio } from '../storeContext.tsx';
import { LogPointsLayer } from './LogPointsLayer.tsx';
import { paramTextsFor } from './paramTexts.ts';

const lrColor = '#e6550d';
const momentumColor = '#e6550d';

/** The dropped training log's lr and momentum as chart overlays (memoised: a new element would redraw the chart). */
export interface LogOverlays {
  lr: ReactNode;
  momentum: ReactNode;
  /** The logged values, which the value axes must cover too (undefined without a log). */
  lrValues: number[] | undefined;
  momentumValues: number[] | undefined;
  counts: { lr: number; momentum: number; itersPerEpoch: number | null };
}

export function useLogOverlays(): LogOverlays {
  const { points, check } = usePlanCheck();
  const logIpe = check !== null && typeof check !== 'string' ? check.itersPerEpoch.value : null;
  return useMemo(() => {
    const lr = points.map((p) => ({ x: p.x, y: p.lr }));
    const momentum = points.flatMap((p) => (p.momentum === null ? [] : [{ x: p.x, y: p.momentum }]));
    return {
      lr: lr.length > 0 ? <LogPointsLayer points={lr} color={lrColor} testId="lr-chart.log-points" /> : undefined,
      momentum: momentum.length > 0 ? <LogPointsLayer points={momentum} color={momentumColor} testId="momentum-chart.log-points" /> : undefined,
      lrValues: lr.length > 0 ? lr.map((p) => p.y) : undefined,
      momentumValues: momentum.length > 0 ? momentum.map((p) => p.y) : undefined,
      counts: { lr: lr.length, momentum: momentum.length, itersPerEpoch: logIpe },
    };
  }, [points, logIpe]);
}

/** What the circles on the charts are. */
export function LogPointsCaption({ counts, itersPerEpoch }: { counts: { lr: number; momentum: number; itersPerEpoch: number | null }; itersPerEpoch: number }) {
  const tx = paramTextsFor(useStudio((s) => s.language));
  const name = useStudio((s) => s.trainingLog?.name ?? '');
  if (counts.lr === 0) return null;
  const differs = counts.itersPerEpoch !== null && counts.itersPerEpoch !== itersPerEpoch;
  return (
    <p data-testid="log-points-caption" style={{ fontSize: 12, margin: '0 0 2px', color: 'var(--muted)' }}>
      <svg width="10" height="10" aria-hidden="true">
        <circle cx="5" cy="5" r="3" fill="none" stroke={lrColor} strokeWidth="1.3" />
      </svg>{' '}
      {tx.loggedLr} ({counts.lr}){counts.momentum > 0 ? `, ${tx.loggedMomentum} (${counts.momentum})` : ''} — {name}
      {differs && <span data-testid="log-points-iters"> {tx.logItersDiffer(counts.itersPerEpoch ?? 0, itersPerEpoch)}</span>}
    </p>
  );
}
