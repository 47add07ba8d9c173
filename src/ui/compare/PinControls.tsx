import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Preset } from '../../core/model/presets.ts';
import { presets } from '../../core/model/presets.ts';
import { loadSourceTools } from '../code/useSourceTools.ts';
import { loadV3Model, mmcv1Model } from '../dialect/useDialectModel.ts';
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

/** Pin the open config (with the Python it exports now) or a 2.x / 3.x preset; unpin all. */
export function PinControls() {
  const { t } = useTranslation();
  const actions = useActions();
  const store = useStudioStoreApi();
  const language = useStudio((s) => s.language);
  const pinCount = useStudio((s) => s.pins.length);
  const [presetsV3, setPresetsV3] = useState<readonly Preset[]>([]);
  // The 3.x presets live in the 3.x chunk: fetch it when the person reaches for the list.
  const wantV3 = () => {
    if (presetsV3.length === 0) void loadV3Model().then((m) => setPresetsV3(m.presetsV3));
  };

  const pinCurrent = async () => {
    // Read once at the click: the pin is a snapshot, nothing here re-renders on edits.
    const s = store.getState();
    const write = s.dialect === 'mmengine' ? (await loadV3Model()).writeConfigV3 : mmcv1Model.write;
    const tools = s.source ? await loadSourceTools() : null;
    const inputs = { config: s.config, write, source: s.source, exportMode: s.exportMode, scheduleBase: s.scheduleBase };
    actions.schedulePinned({ label: s.name || 'config', style: s.dialect, config: s.config, pythonText: tryWrite(() => selectExportText(inputs, tools)) });
  };

  const pinPreset = async (value: string) => {
    const v3 = presetsV3.find((p) => `v3:${p.id}` === value);
    const preset = v3 ?? presets.find((p) => p.id === value);
    if (!preset) return;
    const write = v3 ? (await loadV3Model()).writeConfigV3 : mmcv1Model.write;
    const pythonText = tryWrite(() => write(preset.config, { mode: 'inherit', scheduleBase: preset.scheduleBase }));
    actions.schedulePinned({ label: pickText(preset.name, language), style: v3 ? 'mmengine' : 'mmcv1', config: preset.config, pythonText });
  };

  return (
    <div className="chart-controls">
      <button type="button" data-testid="compare-pin-current" onClick={() => void pinCurrent()}>
        {t('comparePinCurrent')}
      </button>
      <select data-testid="compare-pin-preset" aria-label={t('comparePinPreset')} value="" onFocus={wantV3} onPointerEnter={wantV3} onChange={(e) => void pinPreset(e.target.value)}>
        <option value="" disabled>
          {t('comparePinPreset')}
        </option>
        <optgroup label={t('presets2x')}>
          {presets.map((p) => (
            <option key={p.id} value={p.id}>
              {pickText(p.name, language)}
            </option>
          ))}
        </optgroup>
        {presetsV3.length > 0 && (
          <optgroup label={t('presets3x')}>
            {presetsV3.map((p) => (
              <option key={p.id} value={`v3:${p.id}`}>
                {pickText(p.name, language)}
              </option>
            ))}
          </optgroup>
        )}
      </select>
      {pinCount > 0 && (
        <button type="button" className="small" data-testid="compare-clear" onClick={() => actions.pinsCleared()}>
          {t('compareClear')}
        </button>
      )}
    </div>
  );
}
