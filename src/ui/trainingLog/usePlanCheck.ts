import { useMemo } from 'react';
import { applyAutoScaleLr, chooseItersPerEpoch, compareToPlan, fitItersPerEpoch, pointIteration, type LogCheck, type PlanView } from '../../core/index.ts';
import { simulateSchedule } from '../../core/entries/simulate.ts';
import { selectItersPerEpoch } from '../charts/trainingShape.ts';
import { useStudio } from '../storeContext.tsx';
import type { LoadedLog } from '../../store/uiSlice.ts';

/** A logged value placed at its global iteration. */
export interface PlacedLogPoint {
  x: number;
  lr: number;
  momentum: number | null;
}

export interface PlanCheck {
  loaded: LoadedLog | null;
  /** The verdict, an error text when the plan cannot be simulated, or null without a log. */
  check: LogCheck | string | null;
  /** The log's points at the iterations the verdict placed them (with the iterations per epoch it chose). */
  points: PlacedLogPoint[];
}

/**
 * The dropped training log against the open config's planned lr (with auto_scale_lr for the
 * chosen GPUs), as the plan-vs-actual panel and the chart's log points both show it.
 */
export function usePlanCheck(): PlanCheck {
  const loaded = useStudio((s) => s.trainingLog);
  const config = useStudio((s) => s.config);
  const dialect = useStudio((s) => s.dialect);
  // The same plan the chart draws: its iterations per epoch and auto_scale_lr for the chosen GPUs.
  const itersPerEpoch = useStudio(selectItersPerEpoch);
  const numGpus = useStudio((s) => s.numGpus);
  const samplesPerGpu = useStudio((s) => s.samplesPerGpu);
  return useMemo((): PlanCheck => {
    if (!loaded || 'error' in loaded) return { loaded, check: null, points: [] };
    const planned = applyAutoScaleLr(config, numGpus, samplesPerGpu).config;
    const planFor = (n: number): PlanView | undefined => {
      const plan = simulateSchedule(dialect, planned, { itersPerEpoch: n });
      return plan.ok ? { lr: plan.curves.base.lr, momentum: plan.curves.base.momentum, warmupEnd: plan.curves.marks.warmupEnd, milestones: plan.curves.marks.milestones } : undefined;
    };
    const n = fitItersPerEpoch(loaded.log, chooseItersPerEpoch(loaded.log.itersPerEpoch, null, itersPerEpoch), planFor);
    const points = loaded.log.points.map((p) => ({ x: pointIteration(p, n.value), lr: p.lr, momentum: p.momentum?.value ?? null }));
    const plan = planFor(n.value);
    if (!plan) {
      const failed = simulateSchedule(dialect, planned, { itersPerEpoch: n.value });
      return { loaded, check: failed.ok ? null : failed.error.message, points };
    }
    return { loaded, check: compareToPlan(loaded.log, plan, n), points };
  }, [loaded, config, dialect, itersPerEpoch, numGpus, samplesPerGpu]);
}
