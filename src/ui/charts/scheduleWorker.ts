import { computeChartData, type ChartRequest } from './chartData.ts';

// Millions of iterations take tens of milliseconds: keep them off the main thread so typing
// never stalls.
self.onmessage = (e: MessageEvent<ChartRequest>) => {
  let data;
  try {
    data = computeChartData(e.data);
  } catch (err) {
    data = { ok: false as const, error: { message: `Internal error: ${err instanceof Error ? err.message : String(err)}` } };
  }
  self.postMessage({ id: e.data.id, data });
};
