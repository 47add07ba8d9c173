import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useDialect } from './dialect/useDialect.ts';
import { CodeSection } from './code/CodeSection.tsx';
import { SectionPanel } from './panels/SectionPanel.tsx';
import { useStudio } from './storeContext.tsx';
import { HeaderBar } from './toolbar/HeaderBar.tsx';
import { LibraryPanel } from './library/LibraryPanel.tsx';
import { NoticeBar } from './NoticeBar.tsx';
import { PanelBoundary } from './PanelBoundary.tsx';

// recharts is the largest library on the page: the charts arrive right after the first paint.
const ScheduleCharts = lazy(() => import('./charts/ScheduleCharts.tsx'));
const TrainingTools = lazy(() => import('./trainingLog/TrainingTools.tsx'));

export function App() {
  const { t, i18n } = useTranslation();
  const language = useStudio((s) => s.language);
  const dialect = useStudio((s) => s.dialect);
  const model = useDialect(dialect);
  // Each panel renders again when the open config changes (another one opened, an undo).
  const config = useStudio((s) => s.config);

  useEffect(() => {
    // i18next is imperative: keep it on the store's language.
    void i18n.changeLanguage(language);
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
  }, [i18n, language]);

  return (
    <div className="app">
      <PanelBoundary panel="header" resetKey={config}>
        <HeaderBar />
      </PanelBoundary>
      <NoticeBar />
      <main className="workspace">
        <section className="forms" aria-label={t('sections')}>
          <PanelBoundary panel="library" resetKey={config}>
            <LibraryPanel />
          </PanelBoundary>
          {model ? (
            model.sections.map((s) => (
              <PanelBoundary key={`${model.id}.${s.id}`} panel="forms" resetKey={config}>
                <SectionPanel section={s} validate={model.diagnose} />
              </PanelBoundary>
            ))
          ) : (
            <p aria-busy="true">{t('loadingModel')}</p>
          )}
        </section>
        <section className="output">
          <div className="output-top">
            <PanelBoundary panel="charts" resetKey={config}>
              <Suspense fallback={<div className="charts charts-loading" aria-busy="true" />}>
                <ScheduleCharts />
              </Suspense>
            </PanelBoundary>
            <PanelBoundary panel="charts" resetKey={config}>
              <Suspense fallback={null}>
                <TrainingTools />
              </Suspense>
            </PanelBoundary>
          </div>
          <div className="output-bottom">
            <PanelBoundary panel="code" resetKey={config}>
              <CodeSection />
            </PanelBoundary>
          </div>
        </section>
      </main>
    </div>
  );
}
