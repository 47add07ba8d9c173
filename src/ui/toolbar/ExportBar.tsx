import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { scheduleBaseIds, type ScheduleBaseId } from '../../core/index.ts';
import { useActions, useStudio } from '../storeContext.tsx';
import { downloadText, toPyFilename } from './download.ts';
import { ShareButton } from '../share/ShareButton.tsx';
import { FileBases } from '../bases/FileBases.tsx';

/** Name, export mode, download and copy of the generated file. */
export function ExportBar({ text }: { text: string }) {
  const { t } = useTranslation();
  const actions = useActions();
  const name = useStudio((s) => s.name);
  const exportMode = useStudio((s) => s.exportMode);
  const scheduleBase = useStudio((s) => s.scheduleBase);
  const source = useStudio((s) => s.source);
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');

  return (
    <div className="export-bar" role="group" aria-label={t('exportMode')}>
      <label>
        {t('configName')}
        {/* As wide as the name (MMDetection's file names run long), within reason. */}
        <input data-testid="config-name" value={name} onChange={(e) => actions.configRenamed(e.target.value)} spellCheck={false} style={{ width: `${Math.min(Math.max(name.length, 14), 44) + 2}ch` }} />
      </label>
      <label>
        {t('exportMode')}
        <select data-testid="export-mode" value={exportMode} onChange={(e) => actions.exportModeChanged(e.target.value === 'standalone' ? 'standalone' : 'inherit')}>
          <option value="inherit">{t('exportInherit')}</option>
          <option value="standalone">{t('exportStandalone')}</option>
        </select>
      </label>
      {source !== null && <FileBases source={source} />}
      {exportMode === 'inherit' && source === null && (
        <label>
          {t('scheduleBase')}
          <select data-testid="schedule-base" value={scheduleBase} onChange={(e) => actions.scheduleBaseChanged(e.target.value as ScheduleBaseId)}>
            {scheduleBaseIds.map((id) => (
              <option key={id} value={id}>
                {id === 'none' ? t('scheduleBaseNone') : `schedule_${id}.py`}
              </option>
            ))}
          </select>
        </label>
      )}
      <button type="button" data-testid="export-py" onClick={() => downloadText(toPyFilename(name), text)}>
        {t('downloadPy')}
      </button>
      <button
        type="button"
        data-testid="copy-py"
        onClick={() => {
          navigator.clipboard.writeText(text).then(
            () => setCopyState('copied'),
            () => setCopyState('failed'),
          );
        }}
      >
        {copyState === 'copied' ? t('copied') : t('copy')}
      </button>
      {copyState === 'failed' && <span role="alert">{t('copyFailed')}</span>}
      <ShareButton />
    </div>
  );
}
