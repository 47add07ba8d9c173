import type { ChartSeries } from './chartData.ts';

export type ChartRow = { x: number } & Record<string, number>;

/**
 * One row per iteration that any series sampled, with each series' value under its key, so the
 * chart's tooltip can read every group at the hovered iteration. Series are already reduced to
 * chart size, so the union stays small.
 */
export function mergeSeries(series: readonly ChartSeries[], keep: (y: number) => boolean = () => true): ChartRow[] {
  const rows = new Map<number, ChartRow>();
  for (const s of series) {
    for (const p of s.points) {
      if (!keep(p.y)) continue;
      let row = rows.get(p.x);
      if (!row) {
        row = { x: p.x } as ChartRow;
        rows.set(p.x, row);
      }
      row[s.key] = p.y;
    }
  }
  return [...rows.values()].sort((a, b) => a.x - b.x);
}
