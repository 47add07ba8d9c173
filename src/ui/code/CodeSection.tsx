import { useTranslation } from 'react-i18next';
import { defaultDialect, type Diagnostic } from '../../core/index.ts';
import { useActions, useStudio, useStudioStoreApi } from '../storeContext.tsx';
import { useSourceTools } from './useSourceTools.ts';
import { useDialect } from '../dialect/useDialect.ts';
import { ExportBar } from '../toolbar/ExportBar.tsx';
import { usePrefersDark } from '../usePrefersDark.ts';
import { CodePane } from './CodePane.tsx';

const noDiagnostics: readonly Diagnostic[] = [];

/** The Python pane with its export bar; shows the unparsed draft, if any, with its markers. */
export function CodeSection() {
  const { t } = useTranslation();
  const actions = useActions();
  const config = useStudio((s) => s.config);
  const source = useStudio((s) => s.source);
  const codeDraft = useStudio((s) => s.codeDraft);
  const exportMode = useStudio((s) => s.exportMode);
  const scheduleBase = useStudio((s) => s.scheduleBase);
  const name = useStudio((s) => s.name);
  const dialect = useStudio((s) => s.dialect);
  const dark = usePrefersDark();
  const tools = useSourceTools(source !== null || codeDraft !== null);
  const model = useDialect(dialect) ?? defaultDialect;
  const { derive } = useStudioStoreApi();
  const exportText = derive.exportText({ config, write: model.write, source, exportMode, scheduleBase }, tools);
  const diagnostics = tools && codeDraft !== null ? derive.draftMarkers(source, codeDraft, `configs/studio/${name || 'config'}.py`, tools.loadDraft) : noDiagnostics;

  return (
    <>
      <div className="code-header">
        <h2>{t('codeTitle')}</h2>
        <ExportBar text={exportText} />
      </div>
      {codeDraft !== null && (
        <div className="draft-banner" role="status" data-testid="draft-banner">
          {t('draftBanner')}{' '}
          <button type="button" className="small" data-testid="discard-draft" onClick={() => actions.codeDraftDiscarded()}>
            {t('discardDraft')}
          </button>
        </div>
      )}
      <CodePane text={codeDraft ?? exportText} dark={dark} diagnostics={diagnostics} onEdit={actions.codeEdited} onFlush={actions.codeFlushed} />
    </>
  );
}
