import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadText } from '../toolbar/download.ts';
import { downloadBlob, toFileStem } from './downloadBlob.ts';
import { renderSvgToPng } from './renderPng.ts';
import { serializeStandaloneSvg } from './serializeSvg.ts';
import './pictures.css';

export interface ChartExportButtonsProps {
  /** The chart's `<svg>` at the moment of export (recharts re-renders it, so never cache it). */
  getSvgElement: () => SVGSVGElement | null;
  /** The CSV file as parts for a Blob (see `curvesToCsv` in core/export). */
  computeCsv: () => Promise<string[]> | string[];
  /** File name without extension, e.g. `detr_r50_lr`. */
  baseName: string;
}

type Format = 'png' | 'svg' | 'csv';

/** PNG, SVG and CSV downloads of one chart; all made in the page, nothing uploaded. */
export function ChartExportButtons({ getSvgElement, computeCsv, baseName }: ChartExportButtonsProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<Format | null>(null);
  const [error, setError] = useState<string | null>(null);
  const stem = toFileStem(baseName);

  const run = async (format: Format): Promise<void> => {
    setBusy(format);
    setError(null);
    try {
      if (format === 'csv') {
        const parts = await computeCsv();
        downloadBlob(`${stem}.csv`, new Blob(parts, { type: 'text/csv;charset=utf-8' }));
        return;
      }
      const svg = getSvgElement();
      if (!svg) throw new Error(t('exportNoChart'));
      const standalone = serializeStandaloneSvg(svg);
      if (format === 'svg') downloadText(`${stem}.svg`, standalone.text, 'image/svg+xml');
      else downloadBlob(`${stem}.png`, await renderSvgToPng(standalone, 2));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(null);
    }
  };

  const button = (format: Format, label: string, hint: string) => (
    <button type="button" data-testid={`export-${format}`} title={hint} aria-busy={busy === format} disabled={busy !== null} onClick={() => void run(format)}>
      {label}
    </button>
  );

  return (
    <div className="chart-export" role="group" aria-label={t('exportChart')}>
      {button('png', t('exportPng'), t('exportPngHint'))}
      {button('svg', t('exportSvg'), t('exportSvgHint'))}
      {button('csv', t('exportCsv'), t('exportCsvHint'))}
      {error !== null && <span role="alert">{t('exportFailed', { message: error })}</span>}
    </div>
  );
}
