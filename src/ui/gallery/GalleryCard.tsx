import { useTranslation } from 'react-i18next';
import { dialectInfo, type GalleryPreset } from '../../core/index.ts';
import type { GalleryModule } from './loadGallery.ts';
import { sparkHeight, sparkWidth, type SparkState } from './useSparklines.ts';

interface GalleryCardProps {
  gallery: GalleryModule;
  preset: GalleryPreset;
  spark: SparkState | undefined;
  onUse: (preset: GalleryPreset) => void;
}

function Sparkline({ spark }: { spark: SparkState | undefined }) {
  const { t } = useTranslation();
  if (spark === undefined) return <span className="gallery-spark gallery-spark-pending" aria-hidden="true" />;
  if (!spark.ok) {
    return (
      <span className="gallery-spark gallery-spark-error" role="img" aria-label={t('gallerySparklineError', { message: spark.message })} title={spark.message}>
        ⚠
      </span>
    );
  }
  const label = t('gallerySparkline', { total: spark.totalIters.toLocaleString('en-US'), ipe: spark.itersPerEpoch.toLocaleString('en-US') });
  return (
    <svg className="gallery-spark" width={sparkWidth} height={sparkHeight} viewBox={`0 0 ${sparkWidth} ${sparkHeight}`} role="img" aria-label={label}>
      <title>{label}</title>
      <path d={spark.d} fill="none" stroke="currentColor" strokeWidth={1.25} strokeLinejoin="round" />
    </svg>
  );
}

/** One preset: names, provenance, schedule summary, lr sparkline and the Use button. */
export function GalleryCard({ gallery, preset, spark, onUse }: GalleryCardProps) {
  const { t } = useTranslation();
  const facts = gallery.readScheduleFacts(preset.config, preset.dialect);
  const dialect = dialectInfo(preset.dialect).version;
  const optimizer = [facts.optimizer, facts.lr !== undefined ? `lr ${facts.lr}` : undefined].filter(Boolean).join(' ');
  const length = facts.length && t(facts.length.unit === 'epoch' ? 'galleryEpochs' : 'galleryIters', { count: facts.length.count });
  const summary = [optimizer, facts.parts.join(' → '), length].filter(Boolean).join(' · ');
  return (
    <li className="gallery-card" data-testid={`gallery-card.${preset.id}`}>
      <div className="gallery-card-text">
        <h3>
          {preset.title} <span className={`gallery-badge gallery-badge-${preset.dialect}`}>{dialect}</span>
          {preset.lazy && <span className="gallery-badge">{t('galleryLazy')}</span>}
        </h3>
        <div className="gallery-family">{preset.family}</div>
        <code className="gallery-source" title={preset.itersPerEpochNote}>
          {preset.codebase ? `${preset.codebase.repository}: ${preset.sourcePath} @ ${preset.codebase.version}` : `${preset.sourcePath} @ ${preset.mmdetVersion ?? ''}`}
        </code>
        <div className="gallery-summary">{summary}</div>
      </div>
      <Sparkline spark={spark} />
      <button type="button" data-testid={`gallery-use.${preset.id}`} aria-label={t('galleryUseLabel', { title: preset.title, dialect })} onClick={() => onUse(preset)}>
        {t('galleryUse')}
      </button>
    </li>
  );
}
