import { useEffect, useMemo, useRef, useState } from 'react';
import type { PyDict } from '../../core/python/value.ts';
import { pyEqual } from '../../core/python/value.ts';
import { computeChartData, type ChartData, type ChartRange, type ChartRequest, type ChartSeries } from './chartData.ts';
import type { ScheduleStyle } from '../../core/schedule/simulate.ts';

let nextId = 1;

/**
 * Curves that take at most this many values evaluated one by one (an epoch schedule's epochs
 * and warmup, a short run) are drawn on the UI thread at once, about a millisecond; longer
 * ones go to the worker so typing never waits.
 */
const uiThreadBudget = 100_000;

const scheduleKeys: Record<ScheduleStyle, readonly string[]> = {
  mmcv1: ['optimizer', 'lr_config', 'momentum_config', 'runner'],
  mmengine: ['optim_wrapper', 'param_scheduler', 'train_cfg', 'default_scope'],
};

/** Only what the schedule depends on crosses to the worker (model and data sections stay). */
function pickScheduleSections(config: PyDict, style: ScheduleStyle): PyDict {
  const out: PyDict = {};
  for (const k of scheduleKeys[style]) {
    const v = config[k];
    if (v !== undefined) out[k] = v;
  }
  return out;
}

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
 * Curves for the chart, computed at once when cheap, else in a worker. An edit that does not touch the schedule (a
 * checkpoint interval, a log hook) sends nothing; answers to superseded requests are dropped. Answers to superseded requests are dropped, so
 * the chart always shows the newest config.
 */
export function useScheduleData(style: ScheduleStyle, config: PyDict, itersPerEpoch: number, maxPoints: number, unscaled: PyDict | null, range: ChartRange | null = null): ChartData | null {
  const [data, setData] = useState<ChartData | null>(null);
  const workerRef = useRef<Worker | null>(null);
  const latest = useRef(0);
  const lastSent = useRef<Omit<ChartRequest, 'id'> | null>(null);

  useEffect(() => {
    const worker = new Worker(new URL('./scheduleWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<{ id: number; data: ChartData }>) => {
      if (e.data.id !== latest.current) return;
      // `npm run bench` splits edit-to-repaint time at these marks.
      performance.mark('schedule-answer');
      const next = e.data.data;
      setData((prev) => keepUnchanged(prev, next));
    };
    workerRef.current = worker;
    return () => {
      worker.terminate();
      workerRef.current = null;
    };
  }, []);

  // Cheap curves are derived during render (no worker round trip, no extra frame).
  const quick = useMemo(() => {
    performance.mark('schedule-request');
    const body: ChartRequest = { id: 0, style, config: pickScheduleSections(config, style), itersPerEpoch, maxPoints, range };
    if (unscaled) body.unscaled = pickScheduleSections(unscaled, style);
    const result = computeChartData(body, uiThreadBudget);
    if (result) performance.mark('schedule-answer');
    return result;
  }, [style, config, itersPerEpoch, maxPoints, unscaled, range]);

  useEffect(() => {
    const worker = workerRef.current;
    if (!worker) return;
    if (quick) {
      // Answers to requests sent before are stale now.
      latest.current = nextId++;
      lastSent.current = null;
      return;
    }
    const body: Omit<ChartRequest, 'id'> = { style, config: pickScheduleSections(config, style), itersPerEpoch, maxPoints, range };
    if (unscaled) body.unscaled = pickScheduleSections(unscaled, style);
    const last = lastSent.current;
    const same = last && last.style === body.style && last.itersPerEpoch === body.itersPerEpoch && last.maxPoints === body.maxPoints && last.range?.from === range?.from && last.range?.to === range?.to && pyEqual(last.config, body.config) && (last.unscaled && body.unscaled ? pyEqual(last.unscaled, body.unscaled) : last.unscaled === body.unscaled);
    if (same) return;
    lastSent.current = body;
    const id = nextId++;
    latest.current = id;
    worker.postMessage({ ...body, id });
  }, [style, config, itersPerEpoch, maxPoints, unscaled, range, quick]);

  return quick ?? data;
}
