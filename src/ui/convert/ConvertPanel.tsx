import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CurveChart } from '../charts/CurveChart.tsx';
import { selectItersPerEpoch } from '../charts/trainingShape.ts';
import { pickText } from '../i18n.ts';
import { useActions, useStudio, useStudioStoreApi } from '../storeContext.tsx';
import type { ConversionView } from './convertTools.ts';
import { dialectInfo, loadDialect, otherDialectId } from '../../core/index.ts';

function formatRel(x: number): string {
  return x === 0 ? '0' : x.toExponential(2);
}

/**
 * "Convert to 3.x / 2.x": the converted config is never trusted blindly — both curves are
 * simulated and overlaid, with the largest difference and where it occurs.
 */
// Memoised: the charts' parent re-renders on every edit and when curves arrive.
export const ConvertPanel = memo(function ConvertPanel({ width }: { width: number }) {
  const { t } = useTranslation();
  const store = useStudioStoreApi();
  const actions = useActions();
  const dialect = useStudio((s) => s.dialect);
  const language = useStudio((s) => s.language);
  const itersPerEpoch = useStudio(selectItersPerEpoch);
  const [view, setView] = useState<ConversionView | null>(null);
  const [busy, setBusy] = useState(false);

  const convert = async () => {
    setBusy(true);
    const { convertWithProof } = await import('./convertTools.ts');
    const s = store.getState();
    const [from, to] = await Promise.all([loadDialect(s.dialect), loadDialect(otherDialectId(s.dialect))]);
    setView(await convertWithProof(s.config, from, to, itersPerEpoch, Math.max(200, 2 * width)));
    setBusy(false);
  };

  const check = view?.result.curveCheck;
  const target = t(dialectInfo(otherDialectId(dialect)).labelKey);
  return (
    <section className="convert" aria-label={t('convertTitle')}>
      <button type="button" data-testid="convert-open" onClick={() => void convert()} disabled={busy}>
        {t('convertTo', { target })}
      </button>
      {view && check && (
        <div className="convert-report" data-testid="convert-report">
          <h3>{t('convertReportTitle', { from: view.from.version, to: view.to.version })}</h3>
          <p data-testid="convert-verdict" className={check.exact ? 'verdict-exact' : 'verdict-differs'}>
            {check.sourceError !== null || check.targetError !== null
              ? t('convertNotCompared', { error: check.targetError ?? check.sourceError ?? '' })
              : check.exact
                ? t('convertExact', { iters: check.sourceIters.toLocaleString('en-US') })
                : t('convertDiffers', { count: check.diffIterations.toLocaleString('en-US'), total: check.sourceIters.toLocaleString('en-US'), first: check.firstDiffIteration, rel: formatRel(check.maxRelDiff), abs: formatRel(check.maxAbsDiff) })}
          </p>
          {view.before.length > 0 && view.after.length > 0 && (
            <CurveChart
              testId="convert-overlay"
              title={t('convertOverlay')}
              series={[
                { key: t('convertOriginal'), lrMult: 1, points: view.before },
                { key: t('convertConverted'), lrMult: 1, points: view.after },
              ]}
              width={width}
              height={180}
              totalIters={view.totalIters}
              itersPerEpoch={itersPerEpoch}
              warmupEnd={0}
              milestones={check.exact || check.firstDiffIteration < 0 ? [] : [check.firstDiffIteration]}
              logScale={false}
              labels={{ iteration: t('iteration'), epoch: t('epoch'), warmup: t('warmup'), base: t('baseGroup'), unscaled: t('unscaledLine') }}
            />
          )}
          {view.result.notes.length > 0 && (
            <ul className="convert-notes" data-testid="convert-notes">
              {view.result.notes.map((n, i) => (
                <li key={i} className={n.severity}>
                  {n.path.length > 0 && (
                    <>
                      <code>{n.path.join('.')}</code>:{' '}
                    </>
                  )}
                  {pickText(n.message, language)}
                </li>
              ))}
            </ul>
          )}
          <div className="convert-actions">
            <button
              type="button"
              data-testid="convert-use"
              onClick={() => {
                const s = store.getState();
                actions.configAddedAndOpened({ name: `${s.name}_${view.to.nameSuffix}`, config: view.result.config, scheduleBase: s.scheduleBase, exportMode: 'standalone', dialect: view.to.id });
                setView(null);
              }}
            >
              {t('convertUse')}
            </button>
            <button type="button" className="ghost" onClick={() => setView(null)}>
              {t('dismiss')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
});
