import type { DialectId, PyDict } from '../../core/index.ts';
import { computeChartData, type ChartData } from '../charts/chartData.ts';

export interface CompareRequest {
  id: number;
  pins: { pinId: string; style: DialectId; config: PyDict }[];
  itersPerEpoch: number;
  /** About two points per pixel column, per curve. */
  maxPoints: number;
}

export interface CompareResult {
  pinId: string;
  data: ChartData;
}

export interface CompareResponse {
  id: number;
  results: CompareResult[];
}

/** Simulates every pinned schedule and reduces its curves to chart size (runs in the worker). */
export function computeCompareData(req: CompareRequest): CompareResponse {
  return {
    id: req.id,
    results: req.pins.map((p) => {
      try {
        return { pinId: p.pinId, data: computeChartData({ id: req.id, style: p.style, config: p.config, itersPerEpoch: req.itersPerEpoch, maxPoints: req.maxPoints }) };
      } catch (err) {
        return { pinId: p.pinId, data: { ok: false, error: { message: `Internal error: ${err instanceof Error ? err.message : String(err)}` } } };
      }
    }),
  };
}
