import { memo, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { LineChart, ReferenceArea, ReferenceLine, XAxis, YAxis, usePlotArea, useXAxisInverseScale, type LabelProps } from 'recharts';
import type { ChartSeries } from './chartData.ts';
import { epochTicksIn, formatIteration, niceTicks } from './axisTicks.ts';
import { makeValueAxis } from './chartScales.ts';
import { PointerMarksContext, type ChartPointer, type PlotGeometry } from './useChartPointer.ts';
import { plotMargin } from '../timeline/timelineLayout.ts';
import { ExplainedBand } from '../explain/ExplainedBand.tsx';
import { RuleMarkers } from './RuleMarkers.tsx';
import { ValueAxisContext, ValueAxisLayer, ValueLine } from './ValueLayer.tsx';
import type { RuleMarker } from './ruleMarkers.ts';

export const palette = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#17becf'];

export interface CurveLabels {
  iteration: string;
  epoch: string;
  warmup: string;
  base: string;
  unscaled: string;
}

export function seriesName(key: string, labels: CurveLabels): string {
  return key === 'base' ? labels.base : key === 'unscaled' ? labels.unscaled : key;
}

export function seriesColor(key: string, index: number): string {
  return key === 'unscaled' ? '#888' : (palette[index % palette.length] as string);
}

export interface CurvePlotProps {
  testId: string;
  series: ChartSeries[];
  width: number;
  height: number;
  /** The x domain, first and last iteration shown. */
  from: number;
  last: number;
  itersPerEpoch: number;
  epochAxis: boolean;
  warmupEnd: number;
  milestones: number[];
  logScale: boolean;
  labels: CurveLabels;
  handlers: ChartPointer['handlers'];
  onGeometry: ChartPointer['onGeometry'];
  /** Stretches of the curve the focused form field governs, lit as bands. */
  regions?: readonly { from: number; to: number }[];
  /** Drawn inside the chart over the lines (e.g. a training log's points); may use recharts' scale hooks. */
  overlay?: ReactNode;
  /** Values the value axis must also cover (the overlay's), besides the series'. */
  extraValues?: readonly number[];
  /** Where diagnostics bite in training, with the hover text of each (absent: none drawn). */
  ruleMarkers?: { markers: readonly RuleMarker[]; titleOf: (m: RuleMarker) => string };
}

const epochAxisHeight = 22;
const iterAxisHeight = 32;
const legendHeight = 20;
// Left: room for the value axis' labels (drawn by ValueAxisLayer inside the margin), so the training
// timeline below lines up with the plot.
const marginWithEpochs = { top: 4, right: plotMargin.right, bottom: 0, left: plotMargin.left };
const marginWithoutEpochs = { ...marginWithEpochs, top: 10 };
const tickFont = { fontSize: 11 };
const fixedDomain: [number, number] = [0, 1];
const chartStyle = { cursor: 'crosshair', userSelect: 'none' } as const;
/** Every mouse event reaches the pointer at once (recharts' default defers moves to the next frame). */
const unthrottled: never[] = [];

/**
 * The recharts chart of CurveChart: one line per parameter group at chart resolution (at most
 * about two points per pixel column), the iteration axis with an epoch axis above it for
 * epoch-based runs, the warmup band, milestone lines and what the pointer marks. Memoised and
 * fed stable props: recharts re-derives its state on every render, so it renders only when the
 * curves, the size, the zoom or the scale change.
 */
export const CurvePlot = memo(function CurvePlot(p: CurvePlotProps) {
  const plotW = Math.max(1, p.width - plotMargin.left - plotMargin.right);
  const { from, last, itersPerEpoch, testId, labels } = p;
  const xDomain = useMemo<[number, number]>(() => [from, last], [from, last]);
  const iterTicks = useMemo(() => niceTicks(from, last, Math.max(2, Math.floor(plotW / 90))), [from, last, plotW]);
  const epochTicks = useMemo(() => (p.epochAxis ? epochTicksIn(from, last, itersPerEpoch, Math.max(2, Math.floor(plotW / 70))).map((t) => t.iter) : []), [p.epochAxis, from, last, itersPerEpoch, plotW]);
  const formatEpoch = useMemo(() => (v: number) => String(Math.round(v / Math.max(1, itersPerEpoch))), [itersPerEpoch]);
  const valueAxis = useMemo(() => makeValueAxis([...p.series.flatMap((s) => s.points.map((pt) => pt.y)), ...(p.extraValues ?? [])], p.logScale), [p.series, p.logScale, p.extraValues]);
  const iterLabel = useMemo(() => ({ value: labels.iteration, position: 'insideBottomRight' as const, offset: 0, fontSize: 11, fill: 'var(--muted)' }), [labels.iteration]);
  const epochLabel = useMemo(() => (props: LabelProps) => <EpochAxisLabel {...props} testId={`${testId}.epoch-axis`} text={labels.epoch} />, [testId, labels.epoch]);
  const warmupLabel = useMemo(() => ({ value: labels.warmup, position: 'insideTopLeft' as const, fontSize: 11, fill: 'var(--muted)' }), [labels.warmup]);

  // The parts that do not depend on the values are kept as the same elements while the curves
  // change, so React skips them: recharts' reference areas and lines re-register with its store
  // (a remove and an add, each recomputing every chart selector) whenever they render.
  const frame = useMemo(
    () => (
      <>
        <XAxis xAxisId="iter" type="number" dataKey="x" domain={xDomain} allowDataOverflow ticks={iterTicks} interval={0} tickFormatter={formatIteration} tick={tickFont} height={iterAxisHeight} label={iterLabel} />
        {p.epochAxis && <XAxis xAxisId="epoch" orientation="top" type="number" dataKey="x" domain={xDomain} allowDataOverflow ticks={epochTicks} interval={0} tickFormatter={formatEpoch} tick={tickFont} height={epochAxisHeight} label={epochLabel} />}
      </>
    ),
    [xDomain, iterTicks, iterLabel, p.epochAxis, epochTicks, formatEpoch, epochLabel],
  );
  const milestoneKey = p.milestones.join(',');
  const { warmupEnd } = p;
  const marks = useMemo(
    () => (
      <>
        <ReferenceArea xAxisId="iter" x1={from} x2={last} fill="none" fillOpacity={0} data-testid={`${testId}.plot`} />
        {warmupEnd > from && <ReferenceArea xAxisId="iter" x1={from} x2={Math.min(warmupEnd, last)} fill="var(--warmup)" fillOpacity={1} ifOverflow="hidden" label={warmupLabel} data-testid={`${testId}.warmup`} />}
        {milestoneKey
          .split(',')
          .filter((m) => m !== '')
          .map(Number)
          .filter((m) => m >= from && m <= last)
          .map((m) => (
            <ReferenceLine key={m} xAxisId="iter" x={m} stroke="#888" strokeDasharray="4 3" data-testid={`${testId}.milestone`} />
          ))}
      </>
    ),
    [from, last, warmupEnd, warmupLabel, milestoneKey, testId],
  );

  return (
    <ValueAxisContext.Provider value={valueAxis}>
      <LineChart width={p.width} height={p.series.length > 1 ? p.height - legendHeight : p.height} margin={p.epochAxis ? marginWithEpochs : marginWithoutEpochs} throttledEvents={unthrottled} onMouseMove={p.handlers.onMouseMove} onMouseDown={p.handlers.onMouseDown} onMouseUp={p.handlers.onMouseUp} onMouseLeave={p.handlers.onMouseLeave} style={chartStyle}>
        {frame}
        <YAxis type="number" domain={fixedDomain} allowDataOverflow width={0} tick={false} axisLine={false} tickLine={false} />
        <ValueAxisLayer testId={testId} />
        {marks}
        {p.regions
          ?.filter((r) => r.to > from && r.from <= last)
          .map((r) => (
            <ReferenceArea key={`region-${r.from}`} xAxisId="iter" x1={Math.max(r.from, from)} x2={Math.min(r.to, last)} fill="var(--region, #7e57c2)" fillOpacity={0.28} stroke="var(--region, #7e57c2)" strokeOpacity={0.9} ifOverflow="hidden" data-testid="curve-region" />
          ))}
        {p.series.map((s, i) => (
          <ValueLine key={s.key} points={s.points} stroke={seriesColor(s.key, i)} dash={s.key === 'unscaled' ? '5 4' : undefined} testId={`${testId}.line`} dataKey={s.key} />
        ))}
        <ExplainedBand testId={testId} />
        {p.overlay}
        {p.ruleMarkers && <RuleMarkers testId={testId} markers={p.ruleMarkers.markers} from={from} last={last} titleOf={p.ruleMarkers.titleOf} />}
        <PointerLayer testId={testId} />
        <PlotProbe onGeometry={p.onGeometry} />
      </LineChart>
      {p.series.length > 1 && <SeriesLegend testId={testId} series={p.series} labels={labels} />}
    </ValueAxisContext.Provider>
  );
});

/** The epoch axis' title, right of its end; the test id marks that the axis is drawn. */
function EpochAxisLabel({ viewBox, testId, text }: LabelProps & { testId: string; text: string }): ReactNode {
  if (!viewBox || !('width' in viewBox)) return null;
  const { x = 0, y = 0, width = 0, height = 0 } = viewBox;
  return (
    <text data-testid={testId} x={x + width + 6} y={y + height - 5} fontSize={11} fill="var(--muted)">
      {text}
    </text>
  );
}

/** The hover cursor and the range being selected, re-rendered alone as the pointer moves. */
function PointerLayer({ testId }: { testId: string }) {
  const { hover, selection } = useContext(PointerMarksContext);
  return (
    <>
      {selection && <ReferenceArea xAxisId="iter" x1={selection.from} x2={selection.to} fill="var(--focus, #4a90e2)" fillOpacity={0.15} data-testid={`${testId}.selection`} />}
      {hover !== null && <ReferenceLine xAxisId="iter" x={hover} stroke="var(--focus, #555)" data-testid={`${testId}.cursor`} />}
    </>
  );
}

/** Reports recharts' plot area and inverse x scale, so pointer pixels become exact iterations. */
function PlotProbe({ onGeometry }: { onGeometry: (g: PlotGeometry | null) => void }) {
  const area = usePlotArea();
  const invert = useXAxisInverseScale('iter');
  useEffect(() => {
    onGeometry(area && invert ? { left: area.x, top: area.y, width: area.width, height: area.height, invert } : null);
  }, [area, invert, onGeometry]);
  return null;
}


/** Which line is which, under the chart, when there are several. */
function SeriesLegend({ testId, series, labels }: { testId: string; series: ChartSeries[]; labels: CurveLabels }) {
  return (
    <ul className="chart-legend" style={{ height: legendHeight }} data-testid={`${testId}.legend`}>
      {series.map((s, i) => (
        <li key={s.key} className="chart-legend-item" data-testid={`${testId}.legend-item`}>
          <svg width={14} height={10} aria-hidden="true">
            <line x1={0} x2={14} y1={5} y2={5} stroke={seriesColor(s.key, i)} strokeWidth={2} strokeDasharray={s.key === 'unscaled' ? '4 3' : undefined} />
          </svg>
          {seriesName(s.key, labels)}
        </li>
      ))}
    </ul>
  );
}
