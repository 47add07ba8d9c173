import { memo, type KeyboardEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { defaultDialect, summarizeTimeline, type PyDict, type Timeline } from '../../core/index.ts';
import { useDialect } from '../dialect/useDialect.ts';
import { pickText } from '../i18n.ts';
import { useStudio } from '../storeContext.tsx';
import { layoutTimeline, type CheckpointMark, type DenseBand, type EvalMark } from './timelineLayout.ts';

export interface TrainingTimelineProps {
  /** The same width as the lr chart above it, so iterations line up. */
  width: number;
  totalIters: number;
  itersPerEpoch: number;
  /** The chart's zoom, [from, to) in iterations; the whole run when absent. */
  view?: { from: number; to: number };
}

/** Sections that shape the lr and momentum only; no timeline reads them. */
const scheduleOnly = new Set(['optimizer', 'optimizer_config', 'lr_config', 'momentum_config', 'optim_wrapper', 'param_scheduler', 'auto_scale_lr']);

function omitScheduleSections(config: PyDict): PyDict {
  const out: PyDict = {};
  for (const [k, v] of Object.entries(config)) if (!scheduleOnly.has(k)) out[k] = v;
  return out;
}

const rowHeight = 16;
const rows = ['timelineRowPhases', 'timelineRowCheckpoints', 'timelineRowEval', 'timelineRowLog'] as const;
const rowY = (i: number) => i * rowHeight + rowHeight / 2;

const bandRows = { checkpoints: 1, evals: 2, log: 3 } as const;

type Mark = { kind: 'checkpoint'; mark: CheckpointMark } | { kind: 'eval'; mark: EvalMark };

/**
 * What a run does along the chart's iteration axis: workflow phases, checkpoints written (and
 * which survive max_keep_ckpts), evaluations and log lines, as MMCV 1.7.2 runs them for 2.x
 * configs and MMEngine 0.10.7 for 3.x ones (the store's `dialect`).
 */
// Memoised: the charts' parent re-renders on every edit and when curves arrive.
export const TrainingTimeline = memo(function TrainingTimeline({ width, totalIters, itersPerEpoch, view }: TrainingTimelineProps) {
  const { t } = useTranslation();
  // Only the sections a timeline reads (compared section by section; edits share untouched
  // sections): an lr edit leaves it alone, and with hundreds of marks its render is costly.
  const config = useStudio(useShallow((s) => omitScheduleSections(s.config)));
  // Until a dialect's chunk arrives the page shows no forms; the timeline keeps the default's reading.
  const model = useDialect(useStudio((s) => s.dialect));
  const language = useStudio((s) => s.language);
  const timeline = useMemo(() => (model ?? defaultDialect).timeline(config, itersPerEpoch), [config, model, itersPerEpoch]);
  const layout = useMemo(() => layoutTimeline(timeline, view ? { width, totalIters, view } : { width, totalIters }), [timeline, width, totalIters, view]);
  const marks = useMemo<Mark[]>(
    () => [...layout.checkpoints.map((mark): Mark => ({ kind: 'checkpoint', mark })), ...layout.evals.map((mark): Mark => ({ kind: 'eval', mark }))].sort((a, b) => a.mark.x - b.mark.x),
    [layout],
  );
  // Where a band stands for a row's marks, they are not drawn one by one under it (they would
  // paint the band solid where the core lists them and leave it pale past that); kept checkpoints
  // stay visible when others are deleted, since which survive is the point of that row.
  const drawn = useMemo(() => {
    const covered = (row: DenseBand['row'], x: number) => layout.bands.some((b) => b.row === row && x >= b.x1 - 1 && x <= b.x2 + 1);
    const someDeleted = layout.checkpoints.some((c) => !c.kept);
    return {
      checkpoints: layout.checkpoints.filter((c) => !covered('checkpoints', c.x) || (c.kept && someDeleted)),
      evals: layout.evals.filter((e) => !covered('evals', e.x)),
    };
  }, [layout]);
  const [active, setActive] = useState<Mark | null>(null);

  const summary = summarizeTimeline(timeline, language);
  const describe = (m: Mark): string => {
    if (m.kind === 'checkpoint') return t(m.mark.kept ? 'timelineCheckpointKept' : 'timelineCheckpointDeleted', { file: m.mark.file });
    if (m.mark.at === 0) return t('timelineEvalBefore');
    return t(timeline.evaluation?.unit === 'epoch' ? 'timelineEvalEpoch' : 'timelineEvalIter', { at: m.mark.at });
  };
  const onKeyDown = (e: KeyboardEvent<SVGGElement>) => {
    if (marks.length === 0) return;
    const at = active ? marks.findIndex((m) => m.mark === active.mark) : -1;
    let next: number | null = null;
    if (e.key === 'ArrowRight') next = Math.min(marks.length - 1, at + 1);
    else if (e.key === 'ArrowLeft') next = at < 0 ? marks.length - 1 : Math.max(0, at - 1);
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = marks.length - 1;
    else if (e.key === 'Escape') setActive(null);
    if (next === null) return;
    e.preventDefault();
    setActive(marks[next] ?? null);
  };
  const height = rows.length * rowHeight + 4;
  const tipLeft = active ? Math.min(Math.max(active.mark.x - 60, 0), Math.max(0, width - 200)) : 0;

  return (
    <section className="timeline" data-testid="timeline" aria-label={t('timelineTitle')}>
      <p className="timeline-summary" data-testid="timeline-summary">
        {summary}
      </p>
      {/* The same element and class as CurveChart's, so both sit at the same left edge. */}
      <figure className="curve-chart" style={{ position: 'relative', width, marginTop: 4, marginBottom: 4 }}>
        <svg width={width} height={height} style={{ display: 'block', overflow: 'visible' }}>
          {rows.map((key, i) => (
            <text key={key} x={layout.plotLeft - 6} y={rowY(i)} textAnchor="end" dominantBaseline="middle" fontSize={10} fill="var(--muted)">
              {t(key)}
            </text>
          ))}
          <g tabIndex={0} role="group" aria-label={summary} aria-description={t('timelineKeysHint')} onKeyDown={onKeyDown} onBlur={() => setActive(null)} data-testid="timeline-marks">
            <rect x={layout.plotLeft} y={0} width={Math.max(0, layout.plotRight - layout.plotLeft)} height={height - 4} fill="transparent" />
            <PhaseRow layout={layout} timeline={timeline} label={(at, count) => t(timeline.runner === 'EpochBasedRunner' ? 'timelineValEpoch' : 'timelineValIter', { at, count })} trainLabel={t('timelineTrain')} />
            {drawn.checkpoints.map((c) => (
              <circle
                key={c.iter}
                data-testid="timeline-checkpoint"
                data-kept={String(c.kept)}
                data-iter={c.iter}
                {...(timeline.checkpoint?.unit === 'epoch' ? { 'data-epoch': c.at } : {})}
                cx={c.x}
                cy={rowY(1)}
                r={3.5}
                fill={c.kept ? 'var(--accent)' : 'var(--panel)'}
                stroke="var(--accent)"
                strokeWidth={1.5}
                onMouseEnter={() => setActive({ kind: 'checkpoint', mark: c })}
                onMouseLeave={() => setActive(null)}
              >
                <title>{describe({ kind: 'checkpoint', mark: c })}</title>
              </circle>
            ))}
            {drawn.evals.map((ev) => (
              <rect
                key={ev.iter}
                data-testid="timeline-eval"
                data-iter={ev.iter}
                data-at={ev.at}
                x={ev.x - 1}
                y={rowY(2) - 5}
                width={2}
                height={10}
                fill="#2ca02c"
                onMouseEnter={() => setActive({ kind: 'eval', mark: ev })}
                onMouseLeave={() => setActive(null)}
              >
                <title>{describe({ kind: 'eval', mark: ev })}</title>
              </rect>
            ))}
            {layout.bands.map((b) => (
              <g key={`${b.row}-${b.x1}`} data-testid="timeline-band" data-row={b.row} data-count={b.count}>
                <rect x={b.x1 - 1} y={rowY(bandRows[b.row]) - 5} width={Math.max(2, b.x2 - b.x1 + 2)} height={10} rx={3} fill={b.row === 'evals' ? '#2ca02c' : b.row === 'log' ? 'var(--muted)' : 'var(--accent)'} opacity={0.3}>
                  <title>{t('timelineBand', { count: `${b.approx ? '≈' : ''}${b.count.toLocaleString('en-US')}` })}</title>
                </rect>
                {b.x2 - b.x1 > 48 && (
                  // A halo in the panel colour keeps the count readable over the marks the band covers.
                  <text x={(b.x1 + b.x2) / 2} y={rowY(bandRows[b.row])} textAnchor="middle" dominantBaseline="middle" fontSize={10} fontWeight={600} fill="currentColor" stroke="var(--panel)" strokeWidth={3} paintOrder="stroke" pointerEvents="none">
                    {b.approx ? '≈' : ''}
                    {b.count.toLocaleString('en-US')}
                  </text>
                )}
              </g>
            ))}
            {!layout.bands.some((b) => b.row === 'log') &&
              layout.log.map((col) => <rect key={col.x} x={col.x} y={rowY(3) - 4} width={2} height={8} fill="var(--muted)" opacity={0.25 + 0.75 * col.density} />)}
            {active && <circle cx={active.mark.x} cy={rowY(active.kind === 'checkpoint' ? 1 : 2)} r={6} fill="none" stroke="var(--focus)" strokeWidth={1.5} pointerEvents="none" />}
          </g>
        </svg>
        {active && (
          <div className="chart-tooltip" role="status" data-testid="timeline-tooltip" style={{ position: 'absolute', left: tipLeft, bottom: height, whiteSpace: 'nowrap', pointerEvents: 'none' }}>
            {describe(active)}
          </div>
        )}
      </figure>
      <TimelineCaption timeline={timeline} />
      {timeline.warnings.length > 0 && (
        <ul className="timeline-warnings">
          {timeline.warnings.map((w) => (
            <li key={w.code} data-testid="timeline-warning" data-code={w.code} style={{ color: 'var(--warning)' }}>
              {pickText(w.message, language)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
});

function PhaseRow({ layout, timeline, label, trainLabel }: { layout: ReturnType<typeof layoutTimeline>; timeline: Timeline; label: (at: number, count: number) => string; trainLabel: string }) {
  return (
    <>
      {layout.trainSpans.map((s) => (
        <rect key={s.x1} x={s.x1} y={rowY(0) - 5} width={Math.max(1, s.x2 - s.x1)} height={10} fill="var(--accent)" opacity={0.25}>
          <title>{trainLabel}</title>
        </rect>
      ))}
      {timeline.phases.length > 0 &&
        layout.vals.map((v) => (
          <rect key={`${v.x}-${v.at}`} data-testid="timeline-val" x={v.x - 1} y={rowY(0) - 6} width={2} height={12} fill="#9467bd">
            <title>{label(v.at, v.count)}</title>
          </rect>
        ))}
    </>
  );
}

function TimelineCaption({ timeline }: { timeline: Timeline }) {
  const { t } = useTranslation();
  const best = timeline.evaluation?.saveBest;
  const log = timeline.log;
  const rule = best?.rule === 'greater' ? t('timelineRuleGreater') : best?.rule === 'less' ? t('timelineRuleLess') : t('timelineRuleUnknown');
  return (
    <p className="timeline-caption" data-testid="timeline-caption" style={{ fontSize: 12, color: 'var(--muted)', margin: '2px 0' }}>
      {(timeline.checkpoint?.writtenCount ?? 0) > 0 && <span>{t('timelineCheckpointLegend')}</span>}
      {best && (
        <span data-testid="timeline-save-best">
          {' · '}
          {t('timelineSaveBest', { key: best.key, rule, file: best.filePattern })}
        </span>
      )}
      {log && log.total > 0 && (
        <span>
          {' · '}
          {t(log.interval === 1 ? 'timelineLogCountEach' : 'timelineLogCount', { total: log.total.toLocaleString('en-US'), interval: log.interval })}
        </span>
      )}
    </p>
  );
}
