import { memo, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { applyAutoScaleLr } from '../../core/index.ts';
import { selectItersPerEpoch } from '../charts/trainingShape.ts';
import { useElementWidth } from '../charts/useElementWidth.ts';
import { useActions, useStudio } from '../storeContext.tsx';
import { CompareChart } from './CompareChart.tsx';
import { CompareDiff } from './CompareDiff.tsx';
import { collectCompareCurves, type PinStatus } from './compareSeries.ts';
import { PinControls } from './PinControls.tsx';
import { useCompareData } from './useCompareData.ts';

function PinLegend({ status, onRemove }: { status: PinStatus[]; onRemove: (id: string) => void }) {
  const { t } = useTranslation();
  return (
    <ul className="compare-pins" style={{ listStyle: 'none', padding: 0, margin: '4px 0', display: 'flex', flexWrap: 'wrap', gap: 12, fontSize: 12 }}>
      {status.map((s) => (
        <li key={s.pinId} data-testid="compare-pin" data-pin-id={s.pinId}>
          <span aria-hidden="true" style={{ display: 'inline-block', width: 14, height: 3, background: s.color, verticalAlign: 'middle', marginRight: 4 }} />
          {s.label}
          {s.totalIters !== null && <span style={{ color: 'var(--muted)' }}> · {t('compareTotal', { total: s.totalIters.toLocaleString('en-US') })}</span>}
          {s.error !== null && (
            <span role="alert" data-testid="compare-pin-error" style={{ color: 'var(--error)' }}>
              {' '}
              · {s.error}
            </span>
          )}{' '}
          <button type="button" className="small" data-testid="compare-remove" aria-label={t('compareRemove', { label: s.label })} onClick={() => onRemove(s.pinId)}>
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}

/** Up to four pinned schedules: their lr and momentum curves overlaid, and how their files differ. */
// Memoised: the charts' parent re-renders on every edit and when curves arrive.
export const ComparePanel = memo(function ComparePanel() {
  const { t } = useTranslation();
  const actions = useActions();
  const pins = useStudio((s) => s.pins);
  const pinReplaced = useStudio((s) => s.pinReplaced);
  const itersPerEpoch = useStudio(selectItersPerEpoch);
  const numGpus = useStudio((s) => s.numGpus);
  const samplesPerGpu = useStudio((s) => s.samplesPerGpu);
  const box = useRef<HTMLElement>(null);
  const width = useElementWidth(box);
  const data = useCompareData({ pins, itersPerEpoch, maxPoints: Math.max(200, 2 * width), numGpus, samplesPerGpu });
  const curves = useMemo(() => collectCompareCurves(pins, data?.results ?? []), [pins, data]);
  const anyScaled = useMemo(() => pins.some((p) => applyAutoScaleLr(p.config, numGpus, samplesPerGpu).factor !== 1), [pins, numGpus, samplesPerGpu]);

  return (
    <section className="compare" data-testid="compare" ref={box} aria-label={t('compareTitle')}>
      <h2>{t('compareTitle')}</h2>
      <PinControls />
      {pinReplaced !== null && (
        <p role="status" data-testid="compare-replaced">
          {t('compareReplaced', { label: pinReplaced })}{' '}
          <button type="button" className="small" onClick={() => actions.pinReplacedDismissed()}>
            {t('dismiss')}
          </button>
        </p>
      )}
      {pins.length === 0 ? (
        <p className="compare-note">{t('compareEmpty')}</p>
      ) : (
        <>
          <PinLegend status={curves.status} onRemove={actions.pinRemoved} />
          {data === null && <p aria-live="polite">{t('compareComputing')}</p>}
          {curves.lr.length > 0 && <CompareChart testId="compare-lr-chart" title={t('compareLr')} curves={curves.lr} width={width} height={200} totalIters={curves.totalIters} itersPerEpoch={itersPerEpoch} />}
          {curves.momentum.length > 0 && <CompareChart testId="compare-momentum-chart" title={t('compareMomentum')} curves={curves.momentum} width={width} height={140} totalIters={curves.totalIters} itersPerEpoch={itersPerEpoch} />}
          {anyScaled && (
            <p className="compare-note" style={{ fontSize: 12, color: 'var(--muted)' }}>
              {t('compareScaledNote')}
            </p>
          )}
          <CompareDiff pins={pins} />
        </>
      )}
    </section>
  );
});
