import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { runtimeSections } from '../core/model/sections/index.ts';
import { CodePane } from './code/CodePane.tsx';
import { selectPython } from './derived.ts';
import { SectionPanel } from './panels/SectionPanel.tsx';
import { useStudio } from './storeContext.tsx';
import { ExportBar } from './toolbar/ExportBar.tsx';
import { HeaderBar } from './toolbar/HeaderBar.tsx';
import { ScheduleCharts } from './charts/ScheduleCharts.tsx';
import { usePrefersDark } from './usePrefersDark.ts';

export function App() {
  const { t, i18n } = useTranslation();
  const language = useStudio((s) => s.language);
  const config = useStudio((s) => s.config);
  const exportMode = useStudio((s) => s.exportMode);
  const scheduleBase = useStudio((s) => s.scheduleBase);
  const dark = usePrefersDark();
  const text = selectPython(config, exportMode, scheduleBase);

  useEffect(() => {
    // i18next is imperative: keep it on the store's language.
    void i18n.changeLanguage(language);
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
  }, [i18n, language]);

  return (
    <div className="app">
      <HeaderBar />
      <main className="workspace">
        <section className="forms" aria-label={t('sections')}>
          {runtimeSections.map((s) => (
            <SectionPanel key={s.id} section={s} />
          ))}
        </section>
        <section className="output">
          <ScheduleCharts />
          <div className="code-header">
            <h2>{t('codeTitle')}</h2>
            <ExportBar text={text} />
          </div>
          <CodePane text={text} dark={dark} />
        </section>
      </main>
    </div>
  );
}
