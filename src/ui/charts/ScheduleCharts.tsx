import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useActions, useStudio } from '../storeContext.tsx';
import { CurveChart } from './CurveChart.tsx';
import { useElementWidth } from './useElementWidth.ts';
import { useScheduleData } from './useScheduleData.ts';

/** Learning rate and momentum per iteration, exactly as MMCV's hooks would set them. */
export function ScheduleCharts() {
  const { t } = useTranslation();
  const actions = useActions();
  const config = useStudio((s) => s.config);
  const itersPerEpoch = useStudio((s) => s.itersPerEpoch);
  const logScale = useStudio((s) => s.logScale);
  const box = useRef<HTMLDivElement>(null);
  const width = useElementWidth(box);
  const data = useScheduleData(config, itersPerEpoch, Math.max(200, 2 * width));
  const labels = { iteration: t('iteration'), epoch: t('epoch'), warmup: t('warmup'), base: t('baseGroup') };

  return (
    <div className="charts" ref={box} data-testid="charts">
      <div className="chart-controls">
        <h2>{t('chartsTitle')}</h2>
        <label>
          {t('itersPerEpoch')}
          <input
            data-testid="iters-per-epoch"
            type="number"
            min={1}
            value={itersPerEpoch}
            onChange={(e) => {
              const n = Number(e.target.value);
              if (Number.isInteger(n) && n >= 1) actions.itersPerEpochChanged(n);
            }}
          />
        </label>
        <label>
          <input type="checkbox" data-testid="log-scale" checked={logScale} onChange={() => actions.logScaleToggled()} />
          {t('logScale')}
        </label>
        {data?.ok && <span data-testid="total-iters">{t('totalIters', { total: data.totalIters.toLocaleString() })}</span>}
      </div>
      {data && !data.ok && (
        <div className="schedule-error" role="alert" data-testid="schedule-error">
          <strong>{t('scheduleErrorTitle')}</strong>
          {data.error.iteration !== undefined && <span> ({t('atIteration', { iteration: data.error.iteration })})</span>}
          <pre>{data.error.message}</pre>
        </div>
      )}
      {data?.ok && (
        <>
          <CurveChart testId="lr-chart" title={t('lr')} series={data.lr} width={width} height={200} totalIters={data.totalIters} itersPerEpoch={data.itersPerEpoch} warmupEnd={data.marks.warmupEnd} milestones={data.marks.milestones} logScale={logScale} labels={labels} />
          {data.momentum.length > 0 && <CurveChart testId="momentum-chart" title={t('momentum')} series={data.momentum} width={width} height={140} totalIters={data.totalIters} itersPerEpoch={data.itersPerEpoch} warmupEnd={data.marks.warmupEnd} milestones={data.marks.milestones} logScale={false} labels={labels} />}
        </>
      )}
    </div>
  );
}
