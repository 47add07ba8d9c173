import type { DragEvent } from 'react';
import { parseTrainingLog } from '../../core/index.ts';
import { selectItersPerEpoch } from '../charts/trainingShape.ts';
import { useActions, useStudio } from '../storeContext.tsx';
import { textsFor } from './texts.ts';
import { usePlanCheck } from './usePlanCheck.ts';

/**
 * Plan vs actual: a dropped or chosen training log, compared with the open config's planned lr.
 * The parsed log sits in the store's UI state (the chart draws its points too; it is not part of
 * the document and is not saved); the verdict is derived.
 */
export function LogPanel() {
  const language = useStudio((s) => s.language);
  const itersPerEpoch = useStudio(selectItersPerEpoch);
  const actions = useActions();
  const { loaded, check } = usePlanCheck();
  const tx = textsFor(language);

  const read = async (file: File) => {
    const parsed = parseTrainingLog(await file.text());
    actions.trainingLogLoaded(parsed.ok ? { name: file.name, log: parsed.log } : { name: file.name, error: parsed.message });
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
