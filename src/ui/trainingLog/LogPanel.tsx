import { useMemo, useState } from 'react';
import type { DragEvent } from 'react';
import { applyAutoScaleLr, chooseItersPerEpoch, compareToPlan, fitItersPerEpoch, parseTrainingLog, type LogCheck, type ParsedLog, type PlanView } from '../../core/index.ts';
import { simulateSchedule } from '../../core/entries/simulate.ts';
import { selectItersPerEpoch } from '../charts/trainingShape.ts';
import { useActions, useStudio } from '../storeContext.tsx';
import { textsFor } from './texts.ts';

type Loaded = { name: string; log: ParsedLog } | { name: string; error: string };

/**
 * Plan vs actual: a dropped or chosen training log, compared with the open config's planned lr.
 * The parsed log is local state (it is not part of the document); the verdict is derived.
 */
export function LogPanel() {
  const language = useStudio((s) => s.language);
  const config = useStudio((s) => s.config);
  const dialect = useStudio((s) => s.dialect);
  // The same plan the chart draws: its iterations per epoch and auto_scale_lr for the chosen GPUs.
  const itersPerEpoch = useStudio(selectItersPerEpoch);
  const numGpus = useStudio((s) => s.numGpus);
  const samplesPerGpu = useStudio((s) => s.samplesPerGpu);
  const actions = useActions();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const tx = textsFor(language);

  const check = useMemo((): LogCheck | string | null => {
    if (!loaded || 'error' in loaded) return null;
    const planned = applyAutoScaleLr(config, numGpus, samplesPerGpu).config;
    const planFor = (n: number): PlanView | undefined => {
      const plan = simulateSchedule(dialect, planned, { itersPerEpoch: n });
      return plan.ok ? { lr: plan.curves.base.lr, momentum: plan.curves.base.momentum, warmupEnd: plan.curves.marks.warmupEnd, milestones: plan.curves.marks.milestones } : undefined;
    };
    const n = fitItersPerEpoch(loaded.log, chooseItersPerEpoch(loaded.log.itersPerEpoch, null, itersPerEpoch), planFor);
    const plan = simulateSchedule(dialect, planned, { itersPerEpoch: n.value });
    if (!plan.ok) return plan.error.message;
    return compareToPlan(loaded.log, { lr: plan.curves.base.lr, momentum: plan.curves.base.momentum, warmupEnd: plan.curves.marks.warmupEnd, milestones: plan.curves.marks.milestones }, n);
  }, [loaded, config, dialect, itersPerEpoch, numGpus, samplesPerGpu]);

  const read = async (file: File) => {
    const parsed = parseTrainingLog(await file.text());
    setLoaded(parsed.ok ? { name: file.name, log: parsed.log } : { name: file.name, error: parsed.message });
  };
  const onDrop = (e: DragEvent) => {
    // Keep the page-wide config import from taking the log file.
    e.preventDefault();
    e.stopPropagation();
    const file = e.dataTransfer.files[0];
    if (file) void read(file);
  };

  return (
    <section
      className="section-panel training-log"
      aria-label={tx.trainingLog}
      data-testid="training-log"
      onDragOver={(e) => {
        e.preventDefault();
        e.stopPropagation();
      }}
      onDrop={onDrop}
    >
      <h3>{tx.trainingLog}</h3>
      <p className="section-help">{tx.trainingLogHelp}</p>
      <label>
        {tx.chooseLog}{' '}
        <input
          type="file"
          accept=".json,.log,.txt"
          data-testid="training-log-input"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void read(file);
          }}
        />{' '}
        <span className="field-help">{tx.dropLog}</span>
      </label>
      {loaded && 'error' in loaded && <p className="field-message" data-testid="training-log-verdict">{`${loaded.name}: ${loaded.error}`}</p>}
      {typeof check === 'string' && <p className="field-message" data-testid="training-log-verdict">{check}</p>}
      {check && typeof check !== 'string' && (
        <div data-testid="training-log-verdict" data-matched={check.firstDivergence === null}>
          <p>{check.firstDivergence === null ? tx.allMatched(check.points, formatPercent(check.maxRelDiff)) : tx.someMatched(check.matched, check.points)}</p>
          {check.firstDivergence && (
            <p>
              {tx.firstDivergence(check.firstDivergence.iter, check.firstDivergence.logged.toPrecision(4), check.firstDivergence.planned === null ? '—' : check.firstDivergence.planned.toPrecision(4))}{' '}
              {check.cause && <strong data-testid="training-log-cause">{tx.cause(check.cause, check.firstDivergence.iter)}</strong>}
            </p>
          )}
          {check.momentum.points > 0 && <p data-testid="training-log-momentum">{tx.momentum(check.momentum.matched, check.momentum.points)}</p>}
          <p data-testid="training-log-iters">
            {tx.itersFromLog(check.itersPerEpoch.value, tx.sources[check.itersPerEpoch.source] ?? '')}{' '}
            {check.itersPerEpoch.value !== itersPerEpoch && (
              <button type="button" data-testid="training-log-use-iters" onClick={() => actions.itersPerEpochChanged(check.itersPerEpoch.value)}>
                {tx.useIters(check.itersPerEpoch.value)}
              </button>
            )}
          </p>
          <p className="field-help">{tx.chartNote}</p>
        </div>
      )}
    </section>
  );
}

function formatPercent(x: number): string {
  return Number.isFinite(x) ? `${(x * 100).toPrecision(2)}%` : '∞';
}
