import { useEffect, useMemo, useRef, useState } from 'react';
import { type DialectId, type PyDict } from '../../core/index.ts';
import { computeChartData, type ChartData, type ChartRange, type ChartRequest, type ChartSeries } from './chartData.ts';
import type { ScheduleRequest } from '../../store/derivations/scheduleRequest.ts';
import { pickScheduleSections } from '../../store/derivations/scheduleRequest.ts';
import { useStudioStoreApi } from '../storeContext.tsx';

let nextId = 1;

/**
 * Curves that take at most this many values evaluated one by one (an epoch schedule's epochs
 * and warmup, a short run) are drawn on the UI thread at once, about a millisecond; longer
 * ones go to the worker so typing never waits.
 */
const uiThreadBudget = 100_000;

/** Longer than any honest schedule takes (tens of milliseconds); past it the worker is stopped. */
export const scheduleTimeLimitMs = 10_000;

/** Why there are no curves although the config may be fine: the worker was stopped or failed. */
export type ScheduleFailure = { kind: 'timeout'; seconds: number } | { kind: 'crashed'; message: string };

function sameSeries(a: ChartSeries, b: ChartSeries): boolean {
  if (a.key !== b.key || a.lrMult !== b.lrMult || a.points.length !== b.points.length) return false;
  return a.points.every((p, i) => p.x === b.points[i]?.x && p.y === b.points[i]?.y);
}

/** Keeps the previous series objects where nothing changed, so memoised charts skip rendering. */
function shareUnchanged(prev: readonly ChartSeries[], next: ChartSeries[]): ChartSeries[] {
  const reused = next.map((s, i) => (prev[i] && sameSeries(prev[i], s) ? prev[i] : s));
  return reused.every((s, i) => s === prev[i]) && prev.length === reused.length ? (prev as ChartSeries[]) : reused;
}

function keepUnchanged(prev: ChartData | null, next: ChartData): ChartData {
  return prev?.ok && next.ok ? { ...next, lr: shareUnchanged(prev.lr, next.lr), momentum: shareUnchanged(prev.momentum, next.momentum) } : next;
}

/**
 * Curves for the chart, computed at once when cheap, else in a worker. An edit that does not
 * touch the schedule (a checkpoint interval, a log hook) sends nothing; answers to superseded
 * requests are dropped, so the chart always shows the newest config. A computation that outlives
 * the time limit, or a worker that fails (out of memory, an answer that cannot be cloned), is
 * reported as a failure and the worker is replaced, so the next edit is drawn again.
 */
export function useScheduleData(style: DialectId, config: PyDict, itersPerEpoch: number, maxPoints: number, unscaled: PyDict | null, range: ChartRange | null = null, metrics: number[] | null = null): { data: ChartData | null; failure: ScheduleFailure | null } {
  const [data, setData] = useState<ChartData | null>(null);
  const [failure, setFailure] = useState<ScheduleFailure | null>(null);
  const mounted = useRef(false);
  const latest = useRef(0);
  const lastSent = useRef<ScheduleRequest | null>(null);
  const lastMetrics = useRef<number[] | null>(null);
  const post = useRef<(request: ChartRequest) => void>(() => {});
  const { derive } = useStudioStoreApi();

  useEffect(() => {
    let worker: Worker | null = null;
    let timer: number | undefined;
    let busy = false;
    const fail = (f: ScheduleFailure) => {
      window.clearTimeout(timer);
      timer = undefined;
      busy = false;
      worker?.terminate();
      worker = null;
      // Sending the same config again would fail the same way: wait for a change.
      setData(null);
      setFailure(f);
    };
    const spawn = (): Worker => {
      const w = new Worker(new URL('./scheduleWorker.ts', import.meta.url), { type: 'module' });
      w.onmessage = (e: MessageEvent<{ id: number; data: ChartData }>) => {
        if (e.data.id !== latest.current) return;
        window.clearTimeout(timer);
        timer = undefined;
        busy = false;
        // `npm run bench` splits edit-to-repaint time at these marks.
        performance.mark('schedule-answer');
        const next = e.data.data;
        setFailure(null);
        setData((prev) => keepUnchanged(prev, next));
      };
      w.onerror = (e: ErrorEvent) => {
        e.preventDefault();
        fail({ kind: 'crashed', message: e.message || 'worker error' });
      };
      w.onmessageerror = () => fail({ kind: 'crashed', message: 'the answer could not be read' });
      return w;
    };
    post.current = (request) => {
      // Still busy with a superseded request: its answer would be dropped, so stop it now and
      // give the newest request the whole time limit.
      if (busy) {
        worker?.terminate();
        worker = null;
      }
      worker ??= spawn();
      busy = true;
      worker.postMessage(request);
      window.clearTimeout(timer);
      timer = window.setTimeout(() => fail({ kind: 'timeout', seconds: scheduleTimeLimitMs / 1000 }), scheduleTimeLimitMs);
    };
    worker = spawn();
    mounted.current = true;
    return () => {
      window.clearTimeout(timer);
      worker?.terminate();
      worker = null;
      mounted.current = false;
      post.current = () => {};
    };
  }, []);

  // Cheap curves are derived during render (no worker round trip, no extra frame).
  const quick = useMemo(() => {
    performance.mark('schedule-request');
    const body: ChartRequest = { id: 0, style, config: pickScheduleSections(config, style), itersPerEpoch, maxPoints, range };
    if (unscaled) body.unscaled = pickScheduleSections(unscaled, style);
    if (metrics) body.metrics = metrics;
    const result = computeChartData(body, uiThreadBudget);
    if (result) performance.mark('schedule-answer');
    return result;
  }, [style, config, itersPerEpoch, maxPoints, unscaled, range, metrics]);

  useEffect(() => {
    if (!mounted.current) return;
    if (quick) {
      // Answers to requests sent before are stale now.
      latest.current = nextId++;
      lastSent.current = null;
      return;
    }
    // The store's derivation returns the same request while nothing the schedule reads changed.
    const body = derive.scheduleRequest(style, config, itersPerEpoch, maxPoints, unscaled, range);
    if (body === lastSent.current && metrics === lastMetrics.current) return;
    lastSent.current = body;
    lastMetrics.current = metrics;
    const id = nextId++;
    latest.current = id;
    post.current({ ...body, range: body.range ?? null, id, ...(metrics ? { metrics } : {}) });
  }, [derive, style, config, itersPerEpoch, maxPoints, unscaled, range, quick, metrics]);

  return { data: quick ?? data, failure: quick ? null : failure };
}
