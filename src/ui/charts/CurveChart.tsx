import { memo } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ReferenceArea, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { ChartSeries } from './chartData.ts';
import { ChartTooltip } from './ChartTooltip.tsx';
import { epochTicks } from './epochTicks.ts';
import { mergeSeries } from './mergeSeries.ts';

const palette = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#17becf'];

export interface CurveChartProps {
  testId: string;
  title: string;
  series: ChartSeries[];
  width: number;
  height: number;
  totalIters: number;
  itersPerEpoch: number;
  warmupEnd: number;
  milestones: number[];
  logScale: boolean;
  labels: { iteration: string; epoch: string; warmup: string; base: string; unscaled: string };
}

function formatValue(v: number): string {
  if (v === 0) return '0';
  const a = Math.abs(v);
  return a < 1e-3 || a >= 1e4 ? v.toExponential(2) : String(Number(v.toPrecision(4)));
}

function formatIteration(v: number): string {
  if (v >= 1e6) return `${Number((v / 1e6).toPrecision(3))}M`;
  if (v >= 1e4) return `${Number((v / 1e3).toPrecision(3))}k`;
  return String(v);
}

/**
 * One schedule curve per parameter group over iterations, with an epoch axis on top. Memoised:
 * recharts re-derives its whole internal state on every render, so the charts must only render
 * when their data changes, not on every keystroke elsewhere.
 */
export const CurveChart = memo(function CurveChart(p: CurveChartProps) {
  const xMax = Math.max(1, p.totalIters - 1);
  const positive = p.series.flatMap((s) => s.points.map((pt) => pt.y)).filter((y) => y > 0);
  const logDomain: [number, number] = positive.length ? [Math.min(...positive), Math.max(...positive)] : [1e-8, 1];
  const rows = mergeSeries(p.series, p.logScale ? (y) => y > 0 : undefined);
  return (
    <figure className="curve-chart" data-testid={p.testId} aria-label={p.title}>
      <LineChart data={rows} width={p.width} height={p.height} margin={{ top: 4, right: 44, bottom: 0, left: 8 }}>
        <CartesianGrid xAxisId="iter" vertical={false} strokeDasharray="3 3" strokeOpacity={0.4} />
        <XAxis xAxisId="iter" type="number" dataKey="x" domain={[0, xMax]} allowDataOverflow tickCount={8} tickFormatter={formatIteration} fontSize={11} label={{ value: p.labels.iteration, position: 'insideBottomRight', offset: -2, fontSize: 11 }} height={30} />
        <XAxis xAxisId="epoch" orientation="top" type="number" dataKey="x" domain={[0, xMax]} allowDataOverflow ticks={epochTicks(p.totalIters, p.itersPerEpoch, 10)} tickFormatter={(v: number) => String(Math.round(v / p.itersPerEpoch))} fontSize={11} height={22} label={{ value: p.labels.epoch, position: 'insideTopRight', fontSize: 11, offset: 0 }} />
        <YAxis scale={p.logScale ? 'log' : 'linear'} domain={p.logScale ? logDomain : ['auto', 'auto']} allowDataOverflow tickFormatter={formatValue} fontSize={11} width={64} />
        {p.warmupEnd > 0 && <ReferenceArea xAxisId="iter" x1={0} x2={p.warmupEnd} fill="var(--warmup)" ifOverflow="hidden" label={{ value: p.labels.warmup, position: 'insideTopLeft', fontSize: 11 }} data-testid={`${p.testId}.warmup`} />}
        {p.milestones.map((m) => (
          <ReferenceLine key={m} xAxisId="iter" x={m} stroke="#888" strokeDasharray="4 3" ifOverflow="hidden" />
        ))}
        <Tooltip content={<ChartTooltip itersPerEpoch={p.itersPerEpoch} />} isAnimationActive={false} />
        {p.series.length > 1 && <Legend verticalAlign="bottom" height={20} iconType="plainline" wrapperStyle={{ fontSize: 11 }} />}
        {p.series.map((s, i) => (
          <Line key={s.key} xAxisId="iter" dataKey={s.key} connectNulls name={s.key === 'base' ? p.labels.base : s.key === 'unscaled' ? p.labels.unscaled : s.key} type="linear" dot={false} isAnimationActive={false} stroke={s.key === 'unscaled' ? '#888' : palette[i % palette.length]} strokeDasharray={s.key === 'unscaled' ? '5 4' : undefined} strokeWidth={1.5} />
        ))}
      </LineChart>
    </figure>
  );
});
