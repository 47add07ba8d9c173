import { useTranslation } from 'react-i18next';
import { writeConfig } from '../../core/config/write/writeConfig.ts';
import { presets } from '../../core/model/presets.ts';
import { loadSourceTools } from '../code/useSourceTools.ts';
import { selectExportText } from '../derived.ts';
import { pickText } from '../i18n.ts';
import { useActions, useStudio, useStudioStoreApi } from '../storeContext.tsx';

// The export can throw on a config no Python file can hold; the pin then says why.
function tryWrite(write: () => string): string {
  try {
    return write();
  } catch (err) {
    return `# ${err instanceof Error ? err.message : String(err)}\n`;
  }
}

/** Pin the open config (with the Python it exports now) or a preset; unpin all. */
export function PinControls() {
  const { t } = useTranslation();
  const actions = useActions();
  const store = useStudioStoreApi();
  const language = useStudio((s) => s.language);
  const pinCount = useStudio((s) => s.pins.length);

  const pinCurrent = async () => {
    // Read once at the click: the pin is a snapshot, nothing here needs to re-render on edits.
    const s = store.getState();
    const inputs = { config: s.config, source: s.source, exportMode: s.exportMode, scheduleBase: s.scheduleBase };
    const tools = s.source ? await loadSourceTools() : null;
    actions.schedulePinned({ label: s.name || 'config', style: s.dialect, config: s.config, pythonText: tryWrite(() => selectExportText(inputs, tools)) });
  };

  const pinPreset = (id: string) => {
    const preset = presets.find((p) => p.id === id);
    if (!preset) return;
    const pythonText = tryWrite(() => writeConfig(preset.config, { mode: 'inherit', scheduleBase: preset.scheduleBase }));
    actions.schedulePinned({ label: pickText(preset.name, language), style: 'mmcv1', config: preset.config, pythonText });
  };

  return (
    <div className="chart-controls">
      <button type="button" data-testid="compare-pin-current" onClick={() => void pinCurrent()}>
        {t('comparePinCurrent')}
      </button>
      <select data-testid="compare-pin-preset" aria-label={t('comparePinPreset')} value="" onChange={(e) => pinPreset(e.target.value)}>
        <option value="">{t('comparePinPreset')}</option>
        {presets.map((p) => (
          <option key={p.id} value={p.id}>
            {pickText(p.name, language)}
          </option>
        ))}
      </select>
      {pinCount > 0 && (
        <button type="button" className="small" data-testid="compare-clear" onClick={() => actions.pinsCleared()}>
          {t('compareClear')}
        </button>
      )}
    </div>
  );
}
