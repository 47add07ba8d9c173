import { useTranslation } from 'react-i18next';
import { PresetSelect } from '../presets/PresetSelect.tsx';
import { useActions, useStudio } from '../storeContext.tsx';
import { UndoButtons } from './UndoButtons.tsx';
import { ImportControls } from '../importing/ImportControls.tsx';
import { GalleryButton } from '../gallery/GalleryDialog.tsx';

/** Title, preset picker and language switch. */
export function HeaderBar() {
  const { t } = useTranslation();
  const actions = useActions();
  const language = useStudio((s) => s.language);
  return (
    <header className="header-bar">
      <h1>
        {t('appTitle')} <small>{t('tagline')}</small>
      </h1>
      <ImportControls />
      <GalleryButton
        onUse={(p) => {
          actions.presetApplied({ config: p.config, scheduleBase: p.scheduleBase ?? 'none', dialect: p.dialect, name: p.sourcePath.split('/').pop()?.replace(/\.py$/, '') ?? p.title });
          if (p.itersPerEpoch) actions.itersPerEpochChanged(p.itersPerEpoch);
        }}
      />
      <label>
        {t('preset')}
        <PresetSelect testId="preset" placeholder={t('loadPreset')} onPick={(p, dialect) => actions.presetApplied({ config: p.config, scheduleBase: p.scheduleBase, dialect: dialect.id, name: p.id })} />
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
