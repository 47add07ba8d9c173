import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartTooltip } from '../charts/ChartTooltip.tsx';
import { epochTicks } from '../charts/epochTicks.ts';
import { mergeSeries } from '../charts/mergeSeries.ts';
import type { PinCurve } from './compareSeries.ts';

export interface CompareChartProps {
  testId: string;
  title: string;
  curves: PinCurve[];
  width: number;
  height: number;
  totalIters: number;
  itersPerEpoch: number;
}

function formatValue(v: number): string {
  if (v === 0) return '0';
  const a = Math.abs(v);
  return a < 1e-3 || a >= 1e4 ? v.toExponential(2) : String(Number(v.toPrecision(4)));
}

/** The pinned schedules' curves overlaid on one iteration axis (same margins as CurveChart). */
export function CompareChart(p: CompareChartProps) {
  const xMax = Math.max(1, p.totalIters - 1);
  const rows = mergeSeries(p.curves.map((c) => ({ key: c.key, lrMult: 1, points: c.points })));
  return (
    <figure className="curve-chart" data-testid={p.testId} aria-label={p.title}>
      <figcaption style={{ fontSize: 12, color: 'var(--muted)' }}>{p.title}</figcaption>
      <LineChart data={rows} width={p.width} height={p.height} margin={{ top: 4, right: 44, bottom: 0, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" strokeOpacity={0.4} />
        <XAxis xAxisId="iter" type="number" dataKey="x" domain={[0, xMax]} allowDataOverflow tickCount={8} fontSize={11} height={24} />
        <XAxis xAxisId="epoch" orientation="top" type="number" dataKey="x" domain={[0, xMax]} allowDataOverflow ticks={epochTicks(p.totalIters, p.itersPerEpoch, 10)} tickFormatter={(v: number) => String(Math.round(v / p.itersPerEpoch))} fontSize={11} height={22} />
        <YAxis domain={['auto', 'auto']} tickFormatter={formatValue} fontSize={11} width={64} />
        <Tooltip content={<ChartTooltip itersPerEpoch={p.itersPerEpoch} />} isAnimationActive={false} />
        <Legend verticalAlign="bottom" height={20} iconType="plainline" wrapperStyle={{ fontSize: 11 }} />
        {p.curves.map((c) => (
          <Line key={c.key} xAxisId="iter" dataKey={c.key} connectNulls name={c.name} type="linear" dot={false} isAnimationActive={false} stroke={c.color} strokeWidth={1.5} />
        ))}
      </LineChart>
    </figure>
  );
}
