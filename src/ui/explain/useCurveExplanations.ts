import { useMemo } from 'react';
import { explainSchedule, findFieldRanges, type CurveSegment } from '../../core/entries/explain.ts';
import type { DialectId, PyDict } from '../../core/index.ts';
import { useFocusedField } from './curveLink.ts';

type Range = { from: number; to: number };
const none: readonly Range[] = [];

export interface CurveExplanations {
  lr: readonly CurveSegment[] | undefined;
  momentum: readonly CurveSegment[] | undefined;
  /** The stretches of each curve the focused form field governs (stable while neither changes). */
  lrRegions: readonly Range[];
  momentumRegions: readonly Range[];
}

/**
 * The segments of the charted config's lr and momentum curves (undefined where the schedule
 * cannot be built: the chart shows the error instead), and the regions of the focused field.
 * Computed on the UI thread: it reads the config like the simulator's first step, without
 * simulating any iteration.
 */
export function useCurveExplanations(dialect: DialectId, config: PyDict, itersPerEpoch: number): CurveExplanations {
  const focused = useFocusedField();
  const explanation = useMemo(() => {
    const r = explainSchedule(dialect, config, itersPerEpoch);
    return r.ok ? r.explanation : null;
  }, [dialect, config, itersPerEpoch]);
  const segments = useMemo(() => {
    if (!explanation) return { lr: undefined, momentum: undefined };
    const momentum = explanation.segments.filter((s) => s.curve === 'momentum');
    return { lr: explanation.segments.filter((s) => s.curve === 'lr'), momentum: momentum.length > 0 ? momentum : undefined };
  }, [explanation]);
  const regions = useMemo(() => {
    if (!explanation || !focused) return { lrRegions: none, momentumRegions: none };
    const ranges = findFieldRanges(explanation.segments, focused);
    const of = (curve: string): readonly Range[] => {
      const own = ranges.filter((r) => r.curve === curve).map(({ from, to }) => ({ from, to }));
      return own.length > 0 ? own : none;
    };
    return { lrRegions: of('lr'), momentumRegions: of('momentum') };
  }, [explanation, focused]);
  return { ...segments, ...regions };
}
