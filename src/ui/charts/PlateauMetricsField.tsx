import { useActions, useStudio } from '../storeContext.tsx';
import { paramTextsFor } from './paramTexts.ts';
import type { PlateauMetrics } from './usePlateauMetrics.ts';

/** The metric values ReduceOnPlateau schedulers are drawn from: typed, or taken from the dropped log. */
export function PlateauMetricsField({ metrics }: { metrics: PlateauMetrics }) {
  const actions = useActions();
  const text = useStudio((s) => s.plateauMetrics);
  const tx = paramTextsFor(useStudio((s) => s.language));
  const count = metrics.values?.length ?? 0;
  const status = metrics.source === 'typed' ? tx.plateauTyped(count) : metrics.source === 'log' ? tx.plateauFromLog(count, metrics.logKey ?? '') : tx.plateauNone;
  return (
    <div className="plateau-metrics" data-testid="plateau-metrics-box" style={{ fontSize: 12, margin: '4px 0' }}>
      <label>
        {tx.plateauLabel(metrics.monitors.join(', '))}{' '}
        <input type="text" data-testid="plateau-metrics" value={text} placeholder={tx.plateauPlaceholder} onChange={(e) => actions.plateauMetricsChanged(e.target.value)} style={{ width: '22em' }} />
      </label>
      <div className="field-help">{tx.plateauHelp}</div>
      <div data-testid="plateau-metrics-status" data-source={metrics.source}>
        {status}
        {metrics.bad.length > 0 && <> {tx.plateauBad(metrics.bad.join(' '))}</>}
      </div>
    </div>
  );
}
