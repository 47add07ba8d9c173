import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { presets } from '../../core/model/presets.ts';
import type { Preset } from '../../core/model/presets.ts';
import { loadV3Model } from '../dialect/useDialectModel.ts';
import { pickText } from '../i18n.ts';
import { useActions, useStudio } from '../storeContext.tsx';
import { UndoButtons } from './UndoButtons.tsx';
import { ImportControls } from '../importing/ImportControls.tsx';
import { GalleryButton } from '../gallery/GalleryDialog.tsx';

/** Title, preset picker and language switch. */
export function HeaderBar() {
  const { t } = useTranslation();
  const actions = useActions();
  const language = useStudio((s) => s.language);
  const [presetsV3, setPresetsV3] = useState<readonly Preset[]>([]);
  // The 3.x presets live in the 3.x chunk: fetch it when the person reaches for the list.
  const wantV3 = () => {
    if (presetsV3.length === 0) void loadV3Model().then((m) => setPresetsV3(m.presetsV3));
  };
  return (
    <header className="header-bar">
      <h1>
        {t('appTitle')} <small>{t('tagline')}</small>
      </h1>
      <ImportControls />
      <GalleryButton
        onUse={(p) => {
          actions.presetApplied({ config: p.config, scheduleBase: '1x', dialect: p.dialect, name: p.sourcePath.split('/').pop()?.replace(/\.py$/, '') ?? p.title });
          if (p.itersPerEpoch) actions.itersPerEpochChanged(p.itersPerEpoch);
        }}
      />
      <label>
        {t('preset')}
        <select
          data-testid="preset"
          value=""
          onFocus={wantV3}
          onPointerEnter={wantV3}
          onChange={(e) => {
            const id = e.target.value;
            const v3 = presetsV3.find((p) => `v3:${p.id}` === id);
            if (v3) actions.presetApplied({ config: v3.config, scheduleBase: v3.scheduleBase, dialect: 'mmengine' });
            else if (id) actions.presetLoaded(id);
          }}
        >
          <option value="" disabled>
            {t('loadPreset')}
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
      </label>
      <UndoButtons />
      <label>
        {t('language')}
        <select data-testid="language" value={language} onChange={(e) => actions.languageChanged(e.target.value === 'zh' ? 'zh' : 'en')}>
          <option value="en">English</option>
          <option value="zh">简体中文</option>
        </select>
      </label>
    </header>
  );
}
