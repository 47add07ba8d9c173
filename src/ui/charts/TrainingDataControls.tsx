import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DataShapeKey } from '../../store/uiSlice.ts';
import { useActions, useStudio } from '../storeContext.tsx';

function ShapeInput({ field, label }: { field: DataShapeKey; label: string }) {
  const actions = useActions();
  const value = useStudio((s) => s[field]);
  return (
    <label>
      {label}
      <input
        type="number"
        min={1}
        step={1}
        data-testid={`data.${field}`}
        value={value}
        onChange={(e) => {
          const n = Number(e.target.value);
          if (Number.isInteger(n) && n >= 1) actions.dataShapeChanged(field, n);
        }}
      />
    </label>
  );
}

/** Iterations per epoch: typed, or derived from dataset size, GPUs, samples_per_gpu and repeats. */
// Memoised: the charts' parent re-renders on every edit and when curves arrive.
export const TrainingDataControls = memo(function TrainingDataControls({ itersPerEpoch }: { itersPerEpoch: number }) {
  const { t } = useTranslation();
  const actions = useActions();
  const source = useStudio((s) => s.itersSource);
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
      ) : (
        <>
          <ShapeInput field="datasetSize" label={t('datasetSize')} />
          <ShapeInput field="repeatTimes" label={t('repeatTimes')} />
          <ShapeInput field="numGpus" label={t('numGpus')} />
          <ShapeInput field="samplesPerGpu" label={t('samplesPerGpu')} />
          <output data-testid="iters-per-epoch-derived">= {itersPerEpoch.toLocaleString()}</output>
        </>
      )}
    </div>
  );
});
