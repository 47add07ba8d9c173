/**
 * Conversion between the dialects with its proof: both curves simulated and reduced for the
 * overlay. A separate lazy chunk, loaded when a person asks for a conversion.
 */
import { reduceSeries, type ConversionResult, type Dialect, type PyDict } from '../../core/index.ts';
import type { ChartPoint } from '../charts/chartData.ts';

export interface ConversionView {
  from: Dialect;
  to: Dialect;
  result: ConversionResult;
  /** lr of the base group before and after, reduced to chart size (empty when it cannot run). */
  before: ChartPoint[];
  after: ChartPoint[];
  totalIters: number;
}

function reducedLr(dialect: Dialect, config: PyDict, itersPerEpoch: number, maxPoints: number): { points: ChartPoint[]; total: number } {
  const sim = dialect.simulate(config, { itersPerEpoch });
  if (!sim.ok) return { points: [], total: 0 };
  const { x, y } = reduceSeries(sim.curves.base.lr, maxPoints);
  return { points: Array.from(x, (xi, i) => ({ x: xi, y: y[i] as number })), total: sim.curves.totalIters };
}

/** Converts the config from one dialect into the other and simulates both sides. */
export async function convertWithProof(config: PyDict, from: Dialect, to: Dialect, itersPerEpoch: number, maxPoints: number): Promise<ConversionView> {
  const result = await to.convertInto(config, { itersPerEpoch });
  const before = reducedLr(from, config, itersPerEpoch, maxPoints);
  const after = reducedLr(to, result.config, itersPerEpoch, maxPoints);
  return { from, to, result, before: before.points, after: after.points, totalIters: Math.max(before.total, after.total) };
}
