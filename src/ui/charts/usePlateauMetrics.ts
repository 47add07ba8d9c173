import { useMemo } from 'react';
import { listPlateauMonitors, parseMetricValues, pickLogMetric, type DialectId, type PyDict } from '../../core/index.ts';
import { useStudio } from '../storeContext.tsx';

export interface PlateauMetrics {
  /** Metric names the config's ReduceOnPlateau schedulers monitor; empty when it has none. */
  monitors: string[];
  /** Values handed to the simulator, or null when there is no ReduceOnPlateau scheduler. */
  values: number[] | null;
  source: 'typed' | 'log' | 'none';
  /** The log's metric name the values come from. */
  logKey?: string;
  bad: string[];
}

/**
 * The validation metric sequence for ReduceOnPlateau: the values typed in the field, else the
 * dropped training log's values of the monitored metric, else none (no reduction is drawn).
 */
export function usePlateauMetrics(dialect: DialectId, config: PyDict): PlateauMetrics {
  const text = useStudio((s) => s.plateauMetrics);
  const log = useStudio((s) => s.trainingLog);
  return useMemo((): PlateauMetrics => {
    const monitors = dialect === 'mmengine' ? listPlateauMonitors(config) : [];
    if (monitors.length === 0) return { monitors, values: null, source: 'none', bad: [] };
    const typed = parseMetricValues(text);
    if (typed.values.length > 0) return { monitors, values: typed.values, source: 'typed', bad: typed.bad };
    const fromLog = log && 'log' in log ? pickLogMetric(log.log.metrics, monitors[0] ?? 'loss') : null;
    if (fromLog) return { monitors, values: [...fromLog.values], source: 'log', logKey: fromLog.key, bad: typed.bad };
    return { monitors, values: [], source: 'none', bad: typed.bad };
  }, [dialect, config, text, log]);
}
