import { useEffect, useRef, useState } from 'react';
import type { PyDict } from '../../core/python/value.ts';
import type { ChartData, ChartRequest } from './chartData.ts';
import type { ScheduleStyle } from '../../core/schedule/simulate.ts';

let nextId = 1;

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

/**
 * Curves for the chart, computed in a worker. Answers to superseded requests are dropped, so
 * the chart always shows the newest config.
 */
export function useScheduleData(style: ScheduleStyle, config: PyDict, itersPerEpoch: number, maxPoints: number, unscaled: PyDict | null): ChartData | null {
  const [data, setData] = useState<ChartData | null>(null);
  const workerRef = useRef<Worker | null>(null);
  const latest = useRef(0);

  useEffect(() => {
    const worker = new Worker(new URL('./scheduleWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<{ id: number; data: ChartData }>) => {
      if (e.data.id === latest.current) setData(e.data.data);
    };
    workerRef.current = worker;
    return () => {
      worker.terminate();
      workerRef.current = null;
    };
  }, []);

  useEffect(() => {
    const worker = workerRef.current;
    if (!worker) return;
    const id = nextId++;
    latest.current = id;
    const req: ChartRequest = { id, style, config: pickScheduleSections(config, style), itersPerEpoch, maxPoints };
    if (unscaled) req.unscaled = pickScheduleSections(unscaled, style);
    worker.postMessage(req);
  }, [style, config, itersPerEpoch, maxPoints, unscaled]);

  return data;
}
