import type { Pin } from '../../store/compareSlice.ts';
import type { ChartPoint, ChartSeries } from '../charts/chartData.ts';
import type { CompareResult } from './compareData.ts';

export const pinColors = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd'];

export interface PinCurve {
  /** `p0`..`p3`: a safe recharts dataKey (pin ids may hold dots, which recharts reads as paths). */
  key: string;
  pinId: string;
  name: string;
  color: string;
  points: ChartPoint[];
}

export interface PinStatus {
  pinId: string;
  label: string;
  color: string;
  totalIters: number | null;
  error: string | null;
}

export interface CompareCurves {
  lr: PinCurve[];
  momentum: PinCurve[];
  /** The longest run: the shared x axis spans it. */
  totalIters: number;
  status: PinStatus[];
}

const baseOf = (series: readonly ChartSeries[]) => series.find((s) => s.key === 'base');

/** Each pin's base-group lr and momentum, in pin order and pin colours, from the worker's answer. */
export function collectCompareCurves(pins: readonly Pin[], results: readonly CompareResult[]): CompareCurves {
  const lr: PinCurve[] = [];
  const momentum: PinCurve[] = [];
  const status: PinStatus[] = [];
  let totalIters = 1;
  pins.forEach((pin, i) => {
    const color = pinColors[i % pinColors.length] as string;
    const data = results.find((r) => r.pinId === pin.id)?.data;
    if (!data || !data.ok) {
      status.push({ pinId: pin.id, label: pin.label, color, totalIters: null, error: data && !data.ok ? data.error.message : null });
      return;
    }
    totalIters = Math.max(totalIters, data.totalIters);
    status.push({ pinId: pin.id, label: pin.label, color, totalIters: data.totalIters, error: null });
    const curve = (s: ChartSeries | undefined) => (s ? [{ key: `p${i}`, pinId: pin.id, name: pin.label, color, points: s.points }] : []);
    lr.push(...curve(baseOf(data.lr)));
    momentum.push(...curve(baseOf(data.momentum)));
  });
  return { lr, momentum, totalIters, status };
}
