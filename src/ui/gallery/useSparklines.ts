import { useEffect, useState } from 'react';
import type { GalleryPreset } from '../../core/index.ts';
import type { GalleryModule } from './loadGallery.ts';

export type SparkState = { ok: true; d: string; totalIters: number; itersPerEpoch: number } | { ok: false; message: string };

export const sparkWidth = 160;
export const sparkHeight = 36;

// Curves do not change between openings of the dialog: computed once per page.
const computed = new Map<string, SparkState>();

function computeSparkline(gallery: GalleryModule, preset: GalleryPreset): SparkState {
  const result = gallery.simulateGalleryPreset(preset);
  if (!result.ok) return { ok: false, message: result.error.message };
  const line = gallery.buildSparklinePath(result.curves.base.lr, sparkWidth, sparkHeight);
  return { ok: true, d: line.d, totalIters: result.curves.totalIters, itersPerEpoch: result.curves.itersPerEpoch };
}

/**
 * Lr sparklines for `presets`, computed a slice at a time between tasks (simulating all of them
 * takes about a second), so the dialog opens at once and typing stays responsive.
 */
export function useSparklines(gallery: GalleryModule | null, presets: readonly GalleryPreset[]): ReadonlyMap<string, SparkState> {
  const [, setDone] = useState(0);
  useEffect(() => {
    if (!gallery) return;
    const todo = presets.filter((p) => !computed.has(p.id));
    if (todo.length === 0) return;
    let next = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const work = () => {
      const started = performance.now();
      while (next < todo.length && performance.now() - started < 16) {
        const preset = todo[next++];
        if (preset && !computed.has(preset.id)) computed.set(preset.id, computeSparkline(gallery, preset));
      }
      setDone((n) => n + 1);
      if (next < todo.length) timer = setTimeout(work, 0);
    };
    timer = setTimeout(work, 0);
    return () => clearTimeout(timer);
  }, [gallery, presets]);
  return computed;
}
