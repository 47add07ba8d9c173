import { valuesAt } from '../../core/index.ts';
import type { ProbeAnswer, ProbeRequest } from './useExactValues.ts';

// The hovered iteration's exact values, off the main thread: a by-iteration schedule of
// millions of iterations is simulated up to the end on every hover.
self.onmessage = (e: MessageEvent<ProbeRequest>) => {
  const r = e.data;
  let answer: ProbeAnswer;
  try {
    const base = valuesAt(r.style, r.config, r.itersPerEpoch, r.iteration, r.metrics ?? undefined);
    const plain = r.unscaled ? valuesAt(r.style, r.unscaled, r.itersPerEpoch, r.iteration, r.metrics ?? undefined) : null;
    answer = base.ok ? { id: r.id, iteration: r.iteration, groups: base.value.groups, unscaledLr: plain?.ok ? (plain.value.groups[0]?.lr ?? null) : null } : { id: r.id, iteration: r.iteration, groups: [], unscaledLr: null };
  } catch {
    answer = { id: r.id, iteration: r.iteration, groups: [], unscaledLr: null };
  }
  self.postMessage(answer);
};
