import { useCallback, useEffect, useRef, useState } from 'react';
import type { DialectId, PyDict } from '../../core/index.ts';

export interface ProbeRequest {
  id: number;
  style: DialectId;
  config: PyDict;
  itersPerEpoch: number;
  iteration: number;
  unscaled: PyDict | null;
  /** Validation metrics for ReduceOnPlateau, as the chart uses them. */
  metrics: number[] | null;
}

export interface ProbeAnswer {
  id: number;
  iteration: number;
  groups: { key: string; lr: number; momentum: number | null }[];
  unscaledLr: number | null;
}

/**
 * Exact values at a hovered iteration from a worker of its own (so hovering never waits behind
 * a chart update). One question at a time: while one is out, only the newest hover waits.
 * Answers for an older config are dropped.
 */
export function useExactValues(style: DialectId, config: PyDict, itersPerEpoch: number, unscaled: PyDict | null, metrics: number[] | null = null): { answer: ProbeAnswer | null; ask: (iteration: number | null) => void } {
  const [answer, setAnswer] = useState<ProbeAnswer | null>(null);
  const worker = useRef<Worker | null>(null);
  const busy = useRef(false);
  const pending = useRef<number | null>(null);
  const generation = useRef(0);
  const firstId = useRef(0);
  const inputs = useRef({ style, config, itersPerEpoch, unscaled, metrics });

  const send = useCallback((iteration: number) => {
    const w = worker.current;
    if (!w) return;
    busy.current = true;
    const { style: s, config: c, itersPerEpoch: ipe, unscaled: u, metrics: m } = inputs.current;
    const request: ProbeRequest = { id: generation.current, style: s, config: c, itersPerEpoch: ipe, iteration, unscaled: u, metrics: m };
    w.postMessage(request);
  }, []);

  useEffect(() => {
    const w = new Worker(new URL('./probeWorker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (e: MessageEvent<ProbeAnswer>) => {
      busy.current = false;
      if (e.data.id === generation.current) setAnswer(e.data);
      const next = pending.current;
      pending.current = null;
      if (next !== null) send(next);
    };
    worker.current = w;
    return () => {
      w.terminate();
      worker.current = null;
    };
  }, [send]);

  useEffect(() => {
    inputs.current = { style, config, itersPerEpoch, unscaled, metrics };
    generation.current = ++firstId.current;
  }, [style, config, itersPerEpoch, unscaled, metrics]);

  const ask = useCallback(
    (iteration: number | null) => {
      if (iteration === null) {
        pending.current = null;
        return;
      }
      if (busy.current) pending.current = iteration;
      else send(iteration);
    },
    [send],
  );
  return { answer, ask };
}
