import { useTranslation } from 'react-i18next';
import { presets } from '../../core/model/presets.ts';
import { pickText } from '../i18n.ts';
import { useActions, useStudio } from '../storeContext.tsx';
import { UndoButtons } from './UndoButtons.tsx';
import { ImportControls } from '../importing/ImportControls.tsx';

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
      <label>
        {t('preset')}
        <select
          data-testid="preset"
          value=""
          onChange={(e) => {
            if (e.target.value) actions.presetLoaded(e.target.value);
          }}
        >
          <option value="" disabled>
            {t('loadPreset')}
          </option>
          {presets.map((p) => (
            <option key={p.id} value={p.id}>
              {pickText(p.name, language)}
            </option>
          ))}
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
