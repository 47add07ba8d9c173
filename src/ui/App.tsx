import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useDialectModel } from './dialect/useDialectModel.ts';
import { CodeSection } from './code/CodeSection.tsx';
import { SectionPanel } from './panels/SectionPanel.tsx';
import { useStudio } from './storeContext.tsx';
import { HeaderBar } from './toolbar/HeaderBar.tsx';
import { LibraryPanel } from './library/LibraryPanel.tsx';
import { NoticeBar } from './NoticeBar.tsx';

// recharts is the largest library on the page: the charts arrive right after the first paint.
const ScheduleCharts = lazy(() => import('./charts/ScheduleCharts.tsx'));
const TrainingTools = lazy(() => import('./trainingLog/TrainingTools.tsx'));

export function App() {
  const { t, i18n } = useTranslation();
  const language = useStudio((s) => s.language);
  const dialect = useStudio((s) => s.dialect);
  const model = useDialectModel(dialect);

  useEffect(() => {
    // i18next is imperative: keep it on the store's language.
    void i18n.changeLanguage(language);
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
  }, [i18n, language]);

  return (
    <div className="app">
      <HeaderBar />
      <NoticeBar />
      <main className="workspace">
        <section className="forms" aria-label={t('sections')}>
          <LibraryPanel />
          {model ? model.sections.map((s) => <SectionPanel key={`${model.dialect}.${s.id}`} section={s} validate={model.validate} />) : <p aria-busy="true">{t('loadingModel')}</p>}
        </section>
        <section className="output">
          <div className="output-top">
            <Suspense fallback={<div className="charts charts-loading" aria-busy="true" />}>
              <ScheduleCharts />
            </Suspense>
            <Suspense fallback={null}>
              <TrainingTools />
            </Suspense>
          </div>
          <div className="output-bottom">
            <CodeSection />
          </div>
        </section>
      </main>
    </div>
  );
}
