import { memo, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { CartesianGrid, Curve, Legend, Line, LineChart, ReferenceArea, ReferenceLine, XAxis, YAxis, usePlotArea, useXAxisInverseScale, type LabelProps, type LineDrawShapeProps } from 'recharts';
import type { ChartPoint, ChartSeries } from './chartData.ts';
import { epochTicksIn, formatIteration, formatLinearTick, formatLogTick, niceTicks } from './axisTicks.ts';
import { makeValueAxis } from './chartScales.ts';
import { PointerMarksContext, type ChartPointer, type PlotGeometry } from './useChartPointer.ts';
import { plotMargin } from '../timeline/timelineLayout.ts';

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
}

const yAxisWidth = 64;
const epochAxisHeight = 22;
const iterAxisHeight = 32;
const legendHeight = 20;
// Left: margin + y axis = plotMargin.left, so the training timeline below lines up with the plot.
const marginWithEpochs = { top: 4, right: plotMargin.right, bottom: 0, left: plotMargin.left - yAxisWidth };
const marginWithoutEpochs = { ...marginWithEpochs, top: 10 };
const tickFont = { fontSize: 11 };
const legendStyle = { fontSize: 11 };
const chartStyle = { cursor: 'crosshair', userSelect: 'none' } as const;
/** Every mouse event reaches the pointer at once (recharts' default defers moves to the next frame). */
const unthrottled: never[] = [];

/**
 * The line's path without recharts' path ref. recharts reads the referenced path's
 * getTotalLength() on every render of a Line, for its draw-in animation (off here): reading it
 * forces the browser to lay out the page at once, several times per edit, which cost more than
 * drawing the chart. Without the ref the length is never read; the path drawn is the same.
 */
function UnmeasuredLine(props: LineDrawShapeProps) {
  const { pathRef: _ref, animationElapsedTime: _t, isAnimating: _a, isEntrance: _e, visibleLength: _v, strokeDasharray, connectNulls, ...curve } = props;
  return <Curve {...curve} connectNulls={connectNulls ?? false} strokeDasharray={strokeDasharray === undefined ? undefined : String(strokeDasharray)} />;
}

/** Log values ≤ 0 have no place on the axis: they become gaps in the line. */
function positiveOnly(points: ChartPoint[]): { x: number; y: number | null }[] {
  return points.map((p) => (p.y > 0 ? p : { x: p.x, y: null }));
}

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
  const valueAxis = useMemo(() => makeValueAxis(p.series.flatMap((s) => s.points.map((pt) => pt.y)), p.logScale), [p.series, p.logScale]);
  const lineData = useMemo(() => p.series.map((s) => (valueAxis.log ? positiveOnly(s.points) : s.points)), [p.series, valueAxis.log]);
  const iterLabel = useMemo(() => ({ value: labels.iteration, position: 'insideBottomRight' as const, offset: 0, fontSize: 11, fill: 'var(--muted)' }), [labels.iteration]);
  const epochLabel = useMemo(() => (props: LabelProps) => <EpochAxisLabel {...props} testId={`${testId}.epoch-axis`} text={labels.epoch} />, [testId, labels.epoch]);
  const warmupLabel = useMemo(() => ({ value: labels.warmup, position: 'insideTopLeft' as const, fontSize: 11, fill: 'var(--muted)' }), [labels.warmup]);

  // The parts that do not depend on the values are kept as the same elements while the curves
  // change, so React skips them: recharts' reference areas and lines re-register with its store
  // (a remove and an add, each recomputing every chart selector) whenever they render.
  const frame = useMemo(
    () => (
      <>
        <CartesianGrid xAxisId="iter" vertical={false} strokeDasharray="3 3" strokeOpacity={0.6} />
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
    <LineChart width={p.width} height={p.height} margin={p.epochAxis ? marginWithEpochs : marginWithoutEpochs} throttledEvents={unthrottled} onMouseMove={p.handlers.onMouseMove} onMouseDown={p.handlers.onMouseDown} onMouseUp={p.handlers.onMouseUp} onMouseLeave={p.handlers.onMouseLeave} style={chartStyle}>
      {frame}
      <YAxis scale={valueAxis.log ? 'log' : 'linear'} domain={valueAxis.domain} allowDataOverflow ticks={valueAxis.ticks} interval={0} tickFormatter={valueAxis.log ? formatLogTick : formatLinearTick} tick={tickFont} width={yAxisWidth} />
      {marks}
      {p.series.length > 1 && <Legend verticalAlign="bottom" height={legendHeight} iconType="plainline" wrapperStyle={legendStyle} />}
      {p.series.map((s, i) => (
        <Line key={s.key} xAxisId="iter" data={lineData[i]} dataKey="y" name={seriesName(s.key, labels)} type="linear" dot={false} activeDot={false} isAnimationActive={false} shape={UnmeasuredLine} connectNulls={false} stroke={seriesColor(s.key, i)} strokeDasharray={s.key === 'unscaled' ? '5 4' : undefined} strokeWidth={1.5} data-testid={`${testId}.line`} data-key={s.key} />
      ))}
      <PointerLayer testId={testId} />
      <PlotProbe onGeometry={p.onGeometry} />
    </LineChart>
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
