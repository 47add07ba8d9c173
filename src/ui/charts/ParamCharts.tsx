import { useMemo } from 'react';
import { useStudio } from '../storeContext.tsx';
import type { ChartData, ChartRange } from './chartData.ts';
import { CurveChart } from './CurveChart.tsx';
import type { CurveLabels } from './CurvePlot.tsx';
import { relabelSeries } from './groupLabels.ts';
import { paramTextsFor } from './paramTexts.ts';

type Ok = Extract<ChartData, { ok: true }>;

const captionStyle = { fontSize: 12, fontWeight: 600, margin: '6px 0 0' } as const;

/**
 * Charts of the scheduled hyper-parameters besides lr and momentum: weight decay (scheduled by a
 * `*ParamScheduler(param_name='weight_decay')` or mmpretrain's CosineAnnealingWeightDecay, or
 * differing between parameter groups), then any other `param_name`.
 */
export function ParamCharts({ data, width, view, labels, onZoom }: { data: Ok; width: number; view: ChartRange; labels: CurveLabels; onZoom: (range: ChartRange | null) => void }) {
  const tx = paramTextsFor(useStudio((s) => s.language));
  const weightDecay = useMemo(() => relabelSeries(data.weightDecay, data.groups, tx), [data.weightDecay, data.groups, tx]);
  const others = useMemo(() => data.otherParams.map((p) => ({ paramName: p.paramName, series: relabelSeries(p.series, data.groups, tx) })), [data.otherParams, data.groups, tx]);
  const common = { width, view, totalIters: data.totalIters, itersPerEpoch: data.itersPerEpoch, epochAxis: data.epochBased, warmupEnd: data.marks.warmupEnd, milestones: data.marks.milestones, logScale: false, labels, onZoom };
  const paramwise = data.groups.some((g) => g.paramKinds !== undefined);
  return (
    <>
      {weightDecay.length > 0 && (
        <>
          <div className="chart-caption" data-testid="weight-decay-title" style={captionStyle}>
            {tx.weightDecay}
          </div>
          <CurveChart testId="weight-decay-chart" title={tx.weightDecay} series={weightDecay} height={140} {...common} />
        </>
      )}
      {others.map((p) => (
        <div key={p.paramName}>
          <div className="chart-caption" style={captionStyle}>
            {tx.otherParam(p.paramName)}
          </div>
          <CurveChart testId={`param-chart.${p.paramName}`} title={tx.otherParam(p.paramName)} series={p.series} height={140} {...common} />
        </div>
      ))}
      {paramwise && (
        <p className="field-help" data-testid="paramwise-note" style={{ fontSize: 12, margin: '2px 0' }}>
          {tx.paramwiseNote}
        </p>
      )}
    </>
  );
}
