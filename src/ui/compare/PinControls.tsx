import { useTranslation } from 'react-i18next';
import { loadDialect, type Dialect, type Preset } from '../../core/index.ts';
import { loadSourceTools } from '../code/useSourceTools.ts';
import { pickText } from '../i18n.ts';
import { PresetSelect } from '../presets/PresetSelect.tsx';
import { useActions, useStudio, useStudioStoreApi } from '../storeContext.tsx';

// The export can throw on a config no Python file can hold; the pin then says why.
function tryWrite(write: () => string): string {
  try {
    return write();
  } catch (err) {
    return `# ${err instanceof Error ? err.message : String(err)}\n`;
  }
}

/** Pin the open config (with the Python it exports now) or a 2.x / 3.x preset; unpin all. */
export function PinControls() {
  const { t } = useTranslation();
  const actions = useActions();
  const store = useStudioStoreApi();
  const language = useStudio((s) => s.language);
  const pinCount = useStudio((s) => s.pins.length);

  const pinCurrent = async () => {
    // Read once at the click: the pin is a snapshot, nothing here re-renders on edits.
    const s = store.getState();
    const { write } = await loadDialect(s.dialect);
    const tools = s.source ? await loadSourceTools() : null;
    const inputs = { config: s.config, write, source: s.source, exportMode: s.exportMode, scheduleBase: s.scheduleBase };
    actions.schedulePinned({ label: s.name || 'config', style: s.dialect, config: s.config, pythonText: tryWrite(() => store.derive.exportText(inputs, tools)) });
  };

  const pinPreset = (preset: Preset, dialect: Dialect) => {
    const { write } = dialect;
    const pythonText = tryWrite(() => write(preset.config, { mode: 'inherit', scheduleBase: preset.scheduleBase }));
    actions.schedulePinned({ label: pickText(preset.name, language), style: dialect.id, config: preset.config, pythonText });
  };

  return (
    <div className="chart-controls">
      <button type="button" data-testid="compare-pin-current" onClick={() => void pinCurrent()}>
        {t('comparePinCurrent')}
      </button>
      <PresetSelect testId="compare-pin-preset" placeholder={t('comparePinPreset')} ariaLabel={t('comparePinPreset')} onPick={(p, d) => pinPreset(p, d)} />
      {pinCount > 0 && (
        <button type="button" className="small" data-testid="compare-clear" onClick={() => actions.pinsCleared()}>
          {t('compareClear')}
        </button>
      )}
    </div>
  );
}
