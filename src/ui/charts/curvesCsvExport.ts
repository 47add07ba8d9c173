import type { DialectId } from '../../core/entries/loader.ts';
import type { PyDict } from '../../core/index.ts';

/**
 * The full curves (every iteration, every group) as CSV parts, computed on demand: the chart
 * itself only ever holds the reduced series.
 */
export async function computeCurvesCsv(style: DialectId, config: PyDict, itersPerEpoch: number): Promise<string[]> {
  const [{ simulateSchedule }, { curvesToCsv, toCsvCurves }] = await Promise.all([import('../../core/entries/simulate.ts'), import('../../core/entries/curvesCsv.ts')]);
  const result = simulateSchedule(style, config, { itersPerEpoch });
  if (!result.ok) throw new Error(result.error.message);
  return curvesToCsv(toCsvCurves(result.curves));
}
