import { memo, useEffect, useMemo, useRef, useState, type PointerEvent } from 'react';
import type { ChartRange, ChartSeries } from './chartData.ts';
import { ExactTooltip, type TooltipLine } from './ExactTooltip.tsx';
import { epochTicksIn, formatIteration, formatLinearTick, formatLogTick, niceTicks } from './axisTicks.ts';
import { linePath, makeScales } from './chartScales.ts';
import { plotMargin } from '../timeline/timelineLayout.ts';

const palette = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#17becf'];
/** The narrowest zoom, in iterations. */
const minSpan = 8;

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
  labels: { iteration: string; epoch: string; warmup: string; base: string; unscaled: string };
  /** Exact values at the hovered iteration, per series key (null until they arrive). */
  exact?: { iteration: number; values: Record<string, number | null> } | null;
  onHover?: (iteration: number | null) => void;
  /** Without it the chart does not zoom. */
  onZoom?: (range: ChartRange | null) => void;
}

const ignore = (): void => {};

function seriesName(key: string, labels: CurveChartProps['labels']): string {
  return key === 'base' ? labels.base : key === 'unscaled' ? labels.unscaled : key;
}

/**
 * One schedule curve per parameter group over iterations, drawn as plain SVG paths (at most two
 * points per pixel column arrive from the worker, so a render is a few path strings). Drag
 * across the plot to zoom to a range, wheel to zoom around the pointer; the parent recomputes
 * the curves at chart resolution for the new range. Memoised: only new data, size, zoom or a
 * hover re-render it.
 */
export const CurveChart = memo(CurveChartView, sameChartProps);

function samePoints(a: ChartSeries, b: ChartSeries): boolean {
  if (a === b) return true;
  if (a.key !== b.key || a.points.length !== b.points.length) return false;
  return a.points.every((p, i) => p.x === b.points[i]?.x && p.y === b.points[i]?.y);
}

/** Equal props draw the same chart: series compared by value (new curves often equal the old ones, e.g. the momentum when the lr changed). */
function sameChartProps(a: CurveChartProps, b: CurveChartProps): boolean {
  for (const k of Object.keys({ ...a, ...b }) as (keyof CurveChartProps)[]) {
    if (k === 'series') {
      if (a.series.length !== b.series.length || !a.series.every((s, i) => samePoints(s, b.series[i] as ChartSeries))) return false;
    } else if (a[k] !== b[k]) return false;
  }
  return true;
}

function CurveChartView(props: CurveChartProps) {
  const p = { view: { from: 0, to: props.totalIters }, epochAxis: true, exact: null, onHover: ignore, ...props };
  const zoomable = props.onZoom !== undefined;
  const left = plotMargin.left;
  const right = p.width - plotMargin.right;
  const top = p.epochAxis ? 26 : 10;
  const bottom = p.height - 30;
  const plotW = Math.max(1, right - left);
  const plotH = Math.max(1, bottom - top);
  const x0 = p.view.from;
  const x1 = Math.max(x0 + 1, p.view.to - 1);
  const scales = useMemo(() => makeScales(p.series.flatMap((s) => s.points.map((pt) => pt.y)), p.logScale, x0, x1, { left, top, right, bottom }), [p.series, p.logScale, x0, x1, left, top, right, bottom]);
  const paths = useMemo(() => p.series.map((s) => linePath(s.points, scales)), [p.series, scales]);
  const { xOf, yOf, iterAt } = scales;

  const [hover, setHover] = useState<number | null>(null);
  const [drag, setDrag] = useState<{ from: number; to: number } | null>(null);
  const overlay = useRef<SVGRectElement>(null);
  const onZoom = props.onZoom;
  const total = p.totalIters;

  // React's wheel listener is passive, so a page scroll could not be prevented: attach our own.
  useEffect(() => {
    const el = overlay.current;
    if (!el || !onZoom) return;
    const onWheel = (e: WheelEvent) => {
      const box = el.getBoundingClientRect();
      const at = scales.iterAt(e.clientX - box.left + left);
      const factor = e.deltaY < 0 ? 0.8 : 1.25;
      const span = Math.max(minSpan, Math.round((x1 - x0 + 1) * factor));
      e.preventDefault();
      if (span >= total) {
        onZoom(null);
        return;
      }
      const share = (at - x0) / Math.max(1, x1 - x0);
      const from = Math.min(Math.max(0, Math.round(at - share * span)), total - span);
      onZoom({ from, to: from + span });
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, [left, scales, x0, x1, total, onZoom]);

  const localX = (e: PointerEvent<SVGRectElement>) => e.clientX - e.currentTarget.getBoundingClientRect().left + left;
  const onPointerDown = (e: PointerEvent<SVGRectElement>) => {
    if (!zoomable) return;
    e.currentTarget.setPointerCapture?.(e.pointerId);
    const px = localX(e);
    setDrag({ from: px, to: px });
  };
  const onPointerMove = (e: PointerEvent<SVGRectElement>) => {
    const px = localX(e);
    if (drag) setDrag({ from: drag.from, to: px });
    const iter = iterAt(px);
    if (iter !== hover) {
      setHover(iter);
      p.onHover(iter);
    }
  };
  const onPointerUp = () => {
    if (drag && Math.abs(drag.to - drag.from) >= 4) {
      const a = iterAt(Math.min(drag.from, drag.to));
      const b = iterAt(Math.max(drag.from, drag.to));
      if (b + 1 - a >= 2) props.onZoom?.({ from: a, to: Math.max(a + Math.min(minSpan, p.totalIters), b + 1) });
    }
    setDrag(null);
  };
  const onPointerLeave = () => {
    setHover(null);
    p.onHover(null);
  };

  const iterTicks = niceTicks(x0, x1, Math.max(2, Math.floor(plotW / 90)));
  const epochTicks = p.epochAxis ? epochTicksIn(x0, x1, p.itersPerEpoch, Math.max(2, Math.floor(plotW / 70))) : [];
  const warmupRight = Math.min(p.warmupEnd, x1);
  const lines: TooltipLine[] = p.series.map((s, i) => ({
    key: s.key,
    name: seriesName(s.key, p.labels),
    color: s.key === 'unscaled' ? '#888' : (palette[i % palette.length] as string),
    value: hover !== null && p.exact?.iteration === hover ? (p.exact.values[s.key] ?? null) : null,
  }));

  return (
    <figure className="curve-chart" data-testid={p.testId} aria-label={p.title} data-from={p.view.from} data-to={p.view.to} style={{ position: 'relative', width: p.width }}>
      <svg className="curve-surface" width={p.width} height={p.height} role="img" aria-label={p.title} style={{ display: 'block', overflow: 'visible' }}>
        <rect data-testid={`${p.testId}.plot`} x={left} y={top} width={plotW} height={plotH} fill="none" />
        <g stroke="var(--border, #ccc)" strokeDasharray="3 3" strokeOpacity={0.6}>
          {scales.yTicks.map((v) => (
            <line key={v} x1={left} x2={right} y1={yOf(v)} y2={yOf(v)} />
          ))}
        </g>
        {p.warmupEnd > x0 && <rect data-testid={`${p.testId}.warmup`} x={xOf(x0)} y={top} width={Math.max(0, xOf(warmupRight) - xOf(x0))} height={plotH} fill="var(--warmup)" />}
        {p.warmupEnd > x0 && (
          <text x={left + 4} y={top + 12} fontSize={11} fill="var(--muted)">
            {p.labels.warmup}
          </text>
        )}
        {p.milestones
          .filter((m) => m >= x0 && m <= x1)
          .map((m) => (
            <line key={m} data-testid={`${p.testId}.milestone`} x1={xOf(m)} x2={xOf(m)} y1={top} y2={bottom} stroke="#888" strokeDasharray="4 3" />
          ))}
        <svg x={left} y={top} width={plotW} height={plotH} viewBox={`${left} ${top} ${plotW} ${plotH}`} overflow="hidden">
          {p.series.map((s, i) => (
            // recharts' class is kept on the line so selectors written for the old chart still find it.
            <path key={s.key} className="curve-line recharts-curve" data-testid={`${p.testId}.line`} data-key={s.key} d={paths[i]} fill="none" stroke={s.key === 'unscaled' ? '#888' : palette[i % palette.length]} strokeDasharray={s.key === 'unscaled' ? '5 4' : undefined} strokeWidth={1.5} />
          ))}
        </svg>
        <g fontSize={11} fill="currentColor">
          <line x1={left} x2={right} y1={bottom} y2={bottom} stroke="currentColor" strokeOpacity={0.5} />
          {iterTicks.map((v) => {
            const x = xOf(v);
            return (
              <text key={v} x={x} y={bottom + 14} textAnchor={x > right - 20 ? 'end' : x < left + 20 ? 'start' : 'middle'}>
                {formatIteration(v)}
              </text>
            );
          })}
          <text x={right} y={bottom + 27} textAnchor="end" fill="var(--muted)">
            {p.labels.iteration}
          </text>
          {scales.yTicks.map((v) => (
            <text key={v} x={left - 6} y={yOf(v)} textAnchor="end" dominantBaseline="middle" data-testid={`${p.testId}.ytick`}>
              {scales.log ? formatLogTick(v) : formatLinearTick(v)}
            </text>
          ))}
          {p.epochAxis && (
            <g data-testid={`${p.testId}.epoch-axis`}>
              <line x1={left} x2={right} y1={top} y2={top} stroke="currentColor" strokeOpacity={0.3} />
              {epochTicks.map((e) => {
                const x = xOf(e.iter);
                return (
                  <text key={e.epoch} x={x} y={top - 5} textAnchor={x > right - 14 ? 'end' : x < left + 14 ? 'start' : 'middle'}>
                    {e.epoch}
                  </text>
                );
              })}
              <text x={right + 6} y={top - 5} fill="var(--muted)">
                {p.labels.epoch}
              </text>
            </g>
          )}
        </g>
        {hover !== null && <line data-testid={`${p.testId}.cursor`} x1={xOf(hover)} x2={xOf(hover)} y1={top} y2={bottom} stroke="var(--focus, #555)" strokeWidth={1} pointerEvents="none" />}
        {drag && <rect data-testid={`${p.testId}.selection`} x={Math.min(drag.from, drag.to)} y={top} width={Math.abs(drag.to - drag.from)} height={plotH} fill="var(--focus, #4a90e2)" fillOpacity={0.15} pointerEvents="none" />}
        <rect ref={overlay} data-testid={`${p.testId}.overlay`} x={left} y={top} width={plotW} height={plotH} fill="transparent" style={{ cursor: 'crosshair', touchAction: 'none' }} onPointerDown={onPointerDown} onPointerMove={onPointerMove} onPointerUp={onPointerUp} onPointerLeave={onPointerLeave} />
      </svg>
      {p.series.length > 1 && (
        <div className="curve-legend" style={{ display: 'flex', gap: 12, justifyContent: 'center', fontSize: 11 }}>
          {lines.map((l) => (
            <span key={l.key} style={{ color: l.color }}>
              ━ {l.name}
            </span>
          ))}
        </div>
      )}
      {hover !== null && (
        <ExactTooltip iteration={hover} itersPerEpoch={p.epochAxis ? p.itersPerEpoch : null} lines={lines} style={{ position: 'absolute', top: top + 4, left: Math.min(xOf(hover) + 12, Math.max(0, p.width - 230)), pointerEvents: 'none' }} />
      )}
    </figure>
  );
}
