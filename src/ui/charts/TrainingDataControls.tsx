import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { DataShapeKey } from '../../store/uiSlice.ts';
import { pickText } from '../i18n.ts';
import { useActions, useStudio } from '../storeContext.tsx';
import { effectiveShape, type EffectiveShape } from './trainingShape.ts';

function ShapeInput({ field, label, shape }: { field: DataShapeKey; label: string; shape: EffectiveShape }) {
  const { t } = useTranslation();
  const actions = useActions();
  const origin = shape.origin[field];
  return (
    <label data-origin={origin}>
      {label}
      <input
        type="number"
        min={1}
        step={1}
        data-testid={`data.${field}`}
        value={shape.values[field]}
        title={origin === 'config' ? t('shapeFromConfig') : origin === 'typed' ? t('itersDatasetTyped') : undefined}
        style={origin === 'config' ? { fontStyle: 'italic' } : undefined}
        onChange={(e) => {
          const n = Number(e.target.value);
          if (Number.isInteger(n) && n >= 1) actions.dataShapeChanged(field, n);
        }}
      />
    </label>
  );
}

/** Where the images count comes from: the recognised training set and its source, typed, or the COCO assumption. */
function DatasetSource({ shape }: { shape: EffectiveShape }) {
  const { t } = useTranslation();
  const actions = useActions();
  const language = useStudio((s) => s.language);
  const set = shape.trainSet;
  const origin = shape.origin.datasetSize;
  return (
    <p className="dataset-source" data-testid="iters-dataset-source" data-origin={origin} style={{ fontSize: 12, color: 'var(--muted)', margin: '2px 0', flexBasis: '100%' }}>
      {origin === 'config' && set && (
        <>
          {t('itersDatasetKnown', { source: set.parts.map((p) => p.name).join(' + '), images: set.images.toLocaleString('en-US') })}
          {set.repeatTimes !== 1 && ` ${t('itersDatasetRepeats', { times: set.repeatTimes })}`}
          {t('itersDatasetCitation')}
          {set.parts.map((p, i) => (
            <span key={p.id} data-testid="iters-dataset-citation" title={pickText(p.source, language)}>
              {i > 0 && '; '}
              {set.parts.length > 1 && `${p.name} — `}
              {pickText(p.source, language)}
              {p.note && ` (${pickText(p.note, language)})`}
            </span>
          ))}
        </>
      )}
      {origin === 'typed' && (
        <>
          {t('itersDatasetSource', { source: t('itersDatasetTyped') })}{' '}
          {set && (
            <button type="button" data-testid="iters-dataset-reset" onClick={() => actions.dataShapeFromConfig('datasetSize')}>
              {t('shapeUseConfig', { name: set.parts.map((p) => p.name).join(' + '), images: set.images.toLocaleString('en-US') })}
            </button>
          )}
        </>
      )}
      {origin === 'default' && t('itersDatasetUnknown')}
    </p>
  );
}

/** Iterations per epoch: typed, or derived from dataset size, GPUs, samples_per_gpu and repeats. */
// Memoised: the charts' parent re-renders on every edit and when curves arrive.
export const TrainingDataControls = memo(function TrainingDataControls({ itersPerEpoch }: { itersPerEpoch: number }) {
  const { t } = useTranslation();
  const actions = useActions();
  const source = useStudio((s) => s.itersSource);
  const inputs = useStudio(
    useShallow((s) => ({ config: s.config, dialect: s.dialect, itersSource: s.itersSource, itersPerEpoch: s.itersPerEpoch, datasetSize: s.datasetSize, repeatTimes: s.repeatTimes, numGpus: s.numGpus, samplesPerGpu: s.samplesPerGpu, shapeTyped: s.shapeTyped })),
  );
  const shape = useMemo(() => effectiveShape(inputs), [inputs]);
  return (
    <div className="training-data" role="group" aria-label={t('itersPerEpoch')}>
      <label>
        {t('itersPerEpoch')}
        <select data-testid="iters-source" value={source} onChange={(e) => actions.itersSourceChanged(e.target.value === 'direct' ? 'direct' : 'dataset')}>
          <option value="dataset">{t('itersFromDataset')}</option>
          <option value="direct">{t('itersTyped')}</option>
        </select>
      </label>
      {source === 'direct' ? (
        <label>
          {t('itersDirectLabel')}
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
      ) : (
        <>
          <ShapeInput field="datasetSize" label={t('datasetSize')} shape={shape} />
          <ShapeInput field="repeatTimes" label={t('repeatTimes')} shape={shape} />
          <ShapeInput field="numGpus" label={t('numGpus')} shape={shape} />
          <ShapeInput field="samplesPerGpu" label={t('samplesPerGpu')} shape={shape} />
          <output data-testid="iters-per-epoch-derived">= {itersPerEpoch.toLocaleString()}</output>
          <DatasetSource shape={shape} />
        </>
      )}
    </div>
  );
});
