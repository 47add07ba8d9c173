import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyAutoScaleLr } from '../../core/index.ts';
import { useActions, useStudio } from '../storeContext.tsx';
import { CurveChart } from './CurveChart.tsx';
import { ConvertPanel } from '../convert/ConvertPanel.tsx';
import { TrainingTimeline } from '../timeline/TrainingTimeline.tsx';
import { ComparePanel } from '../compare/ComparePanel.tsx';
import { ChartExportButtons } from '../pictures/ChartExportButtons.tsx';
import { computeCurvesCsv } from './curvesCsvExport.ts';
import { TrainingDataControls } from './TrainingDataControls.tsx';
import { selectItersPerEpoch } from './trainingShape.ts';
import { useElementWidth } from './useElementWidth.ts';
import { useScheduleData } from './useScheduleData.ts';
import { useExactValues } from './useExactValues.ts';
import type { ChartRange } from './chartData.ts';
import { useCurveExplanations } from '../explain/useCurveExplanations.ts';
import { ParamCharts } from './ParamCharts.tsx';
import { PlateauMetricsField } from './PlateauMetricsField.tsx';
import { usePlateauMetrics } from './usePlateauMetrics.ts';
import { relabelSeries, relabelValues, type GroupInfo } from './groupLabels.ts';
import { paramTextsFor } from './paramTexts.ts';
import { LogPointsCaption, useLogOverlays } from './logOverlays.tsx';

const noGroups: GroupInfo[] = [];
import { useRuleMarkers } from './useRuleMarkers.ts';

/** Learning rate and momentum per iteration, exactly as MMCV's hooks would set them. */
export default function ScheduleCharts() {
  const { t } = useTranslation();
  const actions = useActions();
  const config = useStudio((s) => s.config);
  const dialect = useStudio((s) => s.dialect);
  const name = useStudio((s) => s.name);
  const itersPerEpoch = useStudio(selectItersPerEpoch);
  const numGpus = useStudio((s) => s.numGpus);
  const samplesPerGpu = useStudio((s) => s.samplesPerGpu);
  const logScale = useStudio((s) => s.logScale);
  const showUnscaled = useStudio((s) => s.showUnscaled);
  const box = useRef<HTMLDivElement>(null);
  const width = useElementWidth(box);
  const scaled = useMemo(() => applyAutoScaleLr(config, numGpus, samplesPerGpu), [config, numGpus, samplesPerGpu]);
  const unscaled = showUnscaled && scaled.factor !== 1 ? config : null;
  const [zoom, setZoom] = useState<ChartRange | null>(null);
  const plateau = usePlateauMetrics(dialect, scaled.config);
  const { data, failure } = useScheduleData(dialect, scaled.config, itersPerEpoch, Math.max(200, 2 * width), unscaled, zoom, plateau.values);
  const probe = useExactValues(dialect, scaled.config, itersPerEpoch, unscaled, plateau.values);
  const groups = data?.ok ? data.groups : noGroups;
  const ptx = paramTextsFor(useStudio((s) => s.language));
  const exactLr = useMemo(() => probe.answer && { iteration: probe.answer.iteration, values: relabelValues(Object.fromEntries([...probe.answer.groups.map((g) => [g.key, g.lr] as const), ['unscaled', probe.answer.unscaledLr] as const]), groups, ptx) }, [probe.answer, groups, ptx]);
  const exactMomentum = useMemo(() => probe.answer && { iteration: probe.answer.iteration, values: relabelValues(Object.fromEntries(probe.answer.groups.map((g) => [g.key, g.momentum] as const)), groups, ptx) }, [probe.answer, groups, ptx]);
  const lrSeries = useMemo(() => (data?.ok ? relabelSeries(data.lr, data.groups, ptx) : []), [data, ptx]);
  const momentumSeries = useMemo(() => (data?.ok ? relabelSeries(data.momentum, data.groups, ptx) : []), [data, ptx]);
  const logOverlays = useLogOverlays();
  const total = data?.ok ? data.totalIters : 0;
  // A zoom past the end of a run that got shorter shows the whole run again.
  const onZoom = useCallback((range: ChartRange | null) => setZoom(range && range.to - range.from < total ? range : null), [total]);
  // Likewise when the run shrinks under a kept zoom (fewer epochs, another config): nothing would be left to draw.
  if (zoom && total > 0 && zoom.from >= total - 1) setZoom(null);
  // Kept by value so the timeline and an unchanged momentum chart skip rendering when new curves arrive.
  const viewFrom = data?.ok ? data.from : 0;
  const viewTo = data?.ok ? data.to : 1;
  const view = useMemo(() => ({ from: viewFrom, to: viewTo }), [viewFrom, viewTo]);
  const explained = useCurveExplanations(dialect, scaled.config, itersPerEpoch);
  const ruleMarkers = useRuleMarkers(data?.ok ? data.itersPerEpoch : 0, total);
  const labels = useMemo(() => ({ iteration: t('iteration'), epoch: t('epoch'), warmup: t('warmup'), base: t('baseGroup'), unscaled: t('unscaledLine') }), [t]);

  return (
    <div className="charts" ref={box} data-testid="charts" data-compute-ms={data?.ok ? data.computeMs.toFixed(1) : undefined}>
      <div className="chart-controls">
        <h2>{t('chartsTitle')}</h2>
        <TrainingDataControls itersPerEpoch={itersPerEpoch} />
        <label className="inline">
          <input type="checkbox" data-testid="log-scale" checked={logScale} onChange={() => actions.logScaleToggled()} />
          {t('logScale')}
        </label>
        {data?.ok && <span data-testid="total-iters">{t('totalIters', { total: data.totalIters.toLocaleString('en-US') })}</span>}
        {data?.ok && (
          <ChartExportButtons
            baseName={`${name || 'config'}_lr`}
            getSvgElement={() => box.current?.querySelector<SVGSVGElement>('[data-testid="lr-chart"] .recharts-wrapper > svg.recharts-surface') ?? null}
            computeCsv={() => computeCurvesCsv(dialect, scaled.config, itersPerEpoch)}
          />
        )}
      </div>
      {scaled.factor !== 1 && (
        <p className="auto-scale-note" data-testid="auto-scale-note">
          {t('autoScaleNote', { factor: Number(scaled.factor.toPrecision(6)), batch: numGpus * samplesPerGpu })}{' '}
          <label className="inline">
            <input type="checkbox" data-testid="show-unscaled" checked={showUnscaled} onChange={() => actions.showUnscaledToggled()} />
            {t('showUnscaled')}
          </label>
        </p>
      )}
      {plateau.monitors.length > 0 && <PlateauMetricsField metrics={plateau} />}
      {failure && (
        <div className="schedule-error" role="alert" data-testid="schedule-failure">
          <strong>{t('scheduleFailedTitle')}</strong>
          <p>{failure.kind === 'timeout' ? t('scheduleTimedOut', { seconds: failure.seconds }) : t('scheduleCrashed', { message: failure.message })}</p>
        </div>
      )}
      {data && !data.ok && (
        <div className="schedule-error" role="alert" data-testid="schedule-error">
          <strong>{t('scheduleErrorTitle')}</strong>
          {data.error.iteration !== undefined && <span> ({t('atIteration', { iteration: data.error.iteration })})</span>}
          <pre>{data.error.message}</pre>
        </div>
      )}
      {data?.ok && (
        <>
          <ZoomBar zoom={zoom} total={data.totalIters} onReset={() => setZoom(null)} />
          <CurveChart testId="lr-chart" title={t('lr')} series={lrSeries} width={width} height={200} view={view} totalIters={data.totalIters} itersPerEpoch={data.itersPerEpoch} epochAxis={data.epochBased} warmupEnd={data.marks.warmupEnd} milestones={data.marks.milestones} logScale={logScale} labels={labels} exact={exactLr} onHover={probe.ask} onZoom={onZoom} ruleMarkers={ruleMarkers} overlay={logOverlays.lr} extraValues={logOverlays.lrValues} segments={explained.lr} regions={explained.lrRegions} />
          <LogPointsCaption counts={logOverlays.counts} itersPerEpoch={data.itersPerEpoch} />
          <TrainingTimeline width={width} totalIters={data.totalIters} itersPerEpoch={data.itersPerEpoch} view={view} />
          {data.momentum.length > 0 && <CurveChart testId="momentum-chart" title={t('momentum')} series={momentumSeries} width={width} height={140} view={view} totalIters={data.totalIters} itersPerEpoch={data.itersPerEpoch} epochAxis={data.epochBased} warmupEnd={data.marks.warmupEnd} milestones={data.marks.milestones} logScale={false} labels={labels} exact={exactMomentum} onHover={probe.ask} onZoom={onZoom} overlay={logOverlays.momentum} extraValues={logOverlays.momentumValues} segments={explained.momentum} regions={explained.momentumRegions} />}
          <ParamCharts data={data} width={width} view={view} labels={labels} onZoom={onZoom} />
        </>
      )}
      <ConvertPanel width={width} />
      <ComparePanel />
    </div>
  );
}

/** What is zoomed, how to zoom, and the way back to the whole run. */
function ZoomBar({ zoom, total, onReset }: { zoom: ChartRange | null; total: number; onReset: () => void }) {
  const { t } = useTranslation();
  return (
    <p className="zoom-bar" data-testid="zoom-bar" style={{ fontSize: 12, color: 'var(--muted)', margin: '2px 0' }}>
      {zoom ? (
        <>
          <span data-testid="zoom-range">{t('zoomShowing', { from: zoom.from.toLocaleString('en-US'), to: (Math.min(zoom.to, total) - 1).toLocaleString('en-US') })}</span>{' '}
          <button type="button" data-testid="zoom-reset" onClick={onReset}>
            {t('zoomReset')}
          </button>
        </>
      ) : (
        t('zoomHint')
      )}
    </p>
  );
}
