import { memo, useMemo, useRef, type ReactNode } from 'react';
import type { ChartRange, ChartSeries } from './chartData.ts';
import { CurvePlot, seriesColor, seriesName, type CurveLabels, type CurvePlotProps } from './CurvePlot.tsx';
import { ExactTooltip, type TooltipLine } from './ExactTooltip.tsx';
import { PointerMarksContext, useChartPointer } from './useChartPointer.ts';
import type { CurveSegment } from '../../core/entries/explain.ts';
import { CurveExplanationLine, useCurveExplanation } from '../explain/CurveExplanationLine.tsx';
import { ExplainedRangeContext } from '../explain/ExplainedBand.tsx';

export interface CurveChartProps {
  testId: string;
  title: string;
  series: ChartSeries[];
  width: number;
  height: number;
  /** The iterations on screen, [from, to); the whole run when absent. */
  view?: ChartRange;
  totalIters: number;
  itersPerEpoch: number;
  /** False for IterBasedRunner / IterBasedTrainLoop: there are no epochs to mark. */
  epochAxis?: boolean;
  warmupEnd: number;
  milestones: number[];
  logScale: boolean;
  labels: CurveLabels;
  /** Exact values at the hovered iteration, per series key (null until they arrive). */
  exact?: { iteration: number; values: Record<string, number | null> } | null;
  onHover?: (iteration: number | null) => void;
  /** Without it the chart does not zoom. */
  onZoom?: (range: ChartRange | null) => void;
  /** Why this curve has its shape, segment by segment: hovering (or clicking) explains the segment under the pointer. */
  segments?: readonly CurveSegment[];
  /** Stretches the focused form field governs. */
  regions?: readonly { from: number; to: number }[];
  /** Passed to CurvePlot: drawn over the lines (keep it memoised, or the chart redraws on every render). */
  overlay?: ReactNode;
  /** Passed to CurvePlot: values the value axis must also cover (the overlay's; keep it memoised). */
  extraValues?: readonly number[];
  /** Diagnostics placed on the chart (keep the object stable: it is compared by reference). */
  ruleMarkers?: CurvePlotProps['ruleMarkers'];
}

const ignore = (): void => {};

/**
 * One schedule curve per parameter group over iterations, drawn by recharts from at most about
 * two points per pixel column. Drag across the plot to zoom to a range, wheel to zoom around the
 * pointer; the parent recomputes the curves at chart resolution for the new range. Hovering asks
 * for the exact values at the iteration under the pointer. Memoised: only new data, size, zoom
 * or a hover re-render it, and a hover re-renders only the tooltip and the cursor, not recharts' lines.
 */
export const CurveChart = memo(CurveChartView, sameChartProps);

function samePoints(a: ChartSeries, b: ChartSeries): boolean {
  if (a === b) return true;
  if (a.key !== b.key || a.points.length !== b.points.length) return false;
  return a.points.every((p, i) => p.x === b.points[i]?.x && p.y === b.points[i]?.y);
}

function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  return a === b || (a.length === b.length && a.every((v, i) => v === b[i]));
}

/**
 * Equal props draw the same chart: series and milestones compared by value (new curves often
 * equal the old ones, e.g. the momentum when the lr changed, and every answer brings new marks).
 */
function sameChartProps(a: CurveChartProps, b: CurveChartProps): boolean {
  for (const k of Object.keys({ ...a, ...b }) as (keyof CurveChartProps)[]) {
    if (k === 'series') {
      if (a.series.length !== b.series.length || !a.series.every((s, i) => samePoints(s, b.series[i] as ChartSeries))) return false;
    } else if (k === 'milestones') {
      if (!sameNumbers(a.milestones, b.milestones)) return false;
    } else if (a[k] !== b[k]) return false;
  }
  return true;
}

function CurveChartView(props: CurveChartProps) {
  const p = { view: { from: 0, to: props.totalIters }, epochAxis: true, exact: null, onHover: ignore, ...props };
  const from = p.view.from;
  const last = Math.max(from + 1, p.view.to - 1);
  const frame = useRef<HTMLElement>(null);
  const pointer = useChartPointer({ from, last, totalIters: p.totalIters, onHover: p.onHover, onZoom: props.onZoom }, frame);
  const hover = pointer.hover;
  const explained = useCurveExplanation(props.segments, hover?.iteration ?? null);
  const lines = useMemo<TooltipLine[]>(
    () =>
      p.series.map((s, i) => ({
        key: s.key,
        name: seriesName(s.key, p.labels),
        color: seriesColor(s.key, i),
        value: hover !== null && p.exact?.iteration === hover.iteration ? (p.exact.values[s.key] ?? null) : null,
      })),
    [p.series, p.labels, p.exact, hover],
  );

  return (
    <figure ref={frame} className="curve-chart" data-testid={p.testId} aria-label={p.title} data-from={from} data-to={p.view.to} style={{ position: 'relative', width: p.width }} {...explained.handlers}>
      <ExplainedRangeContext.Provider value={explained.range}>
        <PointerMarksContext.Provider value={pointer.marks}>
          <CurvePlot
            testId={p.testId}
            series={p.series}
            width={p.width}
            height={p.height}
            from={from}
            last={last}
            itersPerEpoch={p.itersPerEpoch}
            epochAxis={p.epochAxis}
            warmupEnd={p.warmupEnd}
            milestones={p.milestones}
            logScale={p.logScale}
            labels={p.labels}
            handlers={pointer.handlers}
            onGeometry={pointer.onGeometry}
            regions={props.regions}
            overlay={p.overlay}
            extraValues={p.extraValues}
            {...(p.ruleMarkers ? { ruleMarkers: p.ruleMarkers } : {})}
          />
        </PointerMarksContext.Provider>
      </ExplainedRangeContext.Provider>
      {props.segments && <CurveExplanationLine curve={p.testId === 'momentum-chart' ? 'momentum' : 'lr'} state={explained} itersPerEpoch={p.epochAxis ? p.itersPerEpoch : null} />}
      {hover !== null && <ExactTooltip iteration={hover.iteration} itersPerEpoch={p.epochAxis ? p.itersPerEpoch : null} lines={lines} style={{ position: 'absolute', top: hover.plotTop + 4, left: Math.min(hover.px + 12, Math.max(0, p.width - 230)), pointerEvents: 'none' }} />}
    </figure>
  );
}
