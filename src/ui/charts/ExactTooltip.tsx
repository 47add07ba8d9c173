import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { formatExact } from './axisTicks.ts';

export interface TooltipLine {
  key: string;
  name: string;
  color: string;
  /** Computed for this very iteration; null while the answer is on its way. */
  value: number | null;
}

/**
 * The hovered iteration (and its epoch, where the run has epochs) and each curve's value
 * there, computed for that iteration, to 5 significant digits.
 */
export function ExactTooltip({ iteration, itersPerEpoch, lines, style }: { iteration: number; itersPerEpoch: number | null; lines: readonly TooltipLine[]; style: CSSProperties }) {
  const { t } = useTranslation();
  return (
    <div className="chart-tooltip" data-testid="chart-tooltip" data-iteration={iteration} style={style}>
      <div>
        {itersPerEpoch !== null && (
          <>
            <span data-testid="chart-tooltip-epoch">
              {t('epoch')} {Math.floor(iteration / itersPerEpoch) + 1}
            </span>
            {' · '}
          </>
        )}
        <span data-testid="chart-tooltip-iteration">
          {t('iteration')} {iteration.toLocaleString('en-US')}
        </span>
      </div>
      {lines.map((l) => (
        <div key={l.key} style={{ color: l.color }}>
          {l.name}: {l.value === null ? '…' : <span data-testid="chart-tooltip-value">{formatExact(l.value)}</span>}
        </div>
      ))}
    </div>
  );
}
