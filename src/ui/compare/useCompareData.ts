import { useEffect, useRef, useState } from 'react';
import { applyAutoScaleLr } from '../../core/index.ts';
import type { Pin } from '../../store/compareSlice.ts';
import type { CompareRequest, CompareResponse } from './compareData.ts';

let nextId = 1;

export interface CompareInputs {
  pins: readonly Pin[];
  itersPerEpoch: number;
  maxPoints: number;
  numGpus: number;
  samplesPerGpu: number;
}

/**
 * The curves of every pin, computed in a worker; answers to superseded requests are dropped.
 * Every pin gets auto_scale_lr for the current batch, as the main chart does.
 */
export function useCompareData({ pins, itersPerEpoch, maxPoints, numGpus, samplesPerGpu }: CompareInputs): CompareResponse | null {
  const [data, setData] = useState<CompareResponse | null>(null);
  const workerRef = useRef<Worker | null>(null);
  const latest = useRef(0);

  useEffect(() => {
    const worker = new Worker(new URL('./compareWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<CompareResponse>) => {
      if (e.data.id === latest.current) setData(e.data);
    };
    workerRef.current = worker;
    return () => {
      worker.terminate();
      workerRef.current = null;
    };
  }, []);

  useEffect(() => {
    const worker = workerRef.current;
    if (!worker || pins.length === 0) return;
    const id = nextId++;
    latest.current = id;
    const req: CompareRequest = {
      id,
      itersPerEpoch,
      maxPoints,
      pins: pins.map((p) => ({ pinId: p.id, style: p.style, config: applyAutoScaleLr(p.config, numGpus, samplesPerGpu).config })),
    };
    worker.postMessage(req);
  }, [pins, itersPerEpoch, maxPoints, numGpus, samplesPerGpu]);

  return pins.length === 0 ? null : data;
}
