import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useDiagnostics } from '../problems/useDiagnostics.ts';
import { locateProblems, type LocatedProblem } from './locatedProblems.ts';
import { defaultDialect, type Diagnostic } from '../../core/index.ts';
import { useActions, useStudio, useStudioStoreApi } from '../storeContext.tsx';
import { useSourceTools } from './useSourceTools.ts';
import { useDialect } from '../dialect/useDialect.ts';
import { ExportBar } from '../toolbar/ExportBar.tsx';
import { usePrefersDark } from '../usePrefersDark.ts';
import { CodePane } from './CodePane.tsx';
import { useHighlightedFields } from '../explain/curveLink.ts';

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
  const language = useStudio((s) => s.language);
  const messages = useDiagnostics();
  // The reader locates the rules' messages (and the fields of an explained curve) in the text; loaded when there is something to show.
  const explaining = useHighlightedFields().length > 0;
  const tools = useSourceTools(source !== null || codeDraft !== null || messages.length > 0 || explaining);
  const model = useDialect(dialect) ?? defaultDialect;
  const { derive } = useStudioStoreApi();
  const exportText = derive.exportText({ config, write: model.write, source, exportMode, scheduleBase }, tools);
  const diagnostics = tools && codeDraft !== null ? derive.draftMarkers(source, codeDraft, `configs/studio/${name || 'config'}.py`, tools.loadDraft) : noDiagnostics;

  const shown = codeDraft ?? exportText;
  // A draft that does not parse is not the config the messages are about: only its own markers.
  const locate = useMemo(() => (tools && codeDraft === null ? tools.fieldLocator(shown) : () => undefined), [tools, codeDraft, shown]);
  const problems = useMemo(() => locateProblems(messages, locate, language), [messages, locate, language]);
  const onApplyFix = useCallback((p: LocatedProblem) => p.fix && actions.fixApplied(p.fix), [actions]);

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
      <CodePane text={shown} dark={dark} diagnostics={diagnostics} problems={problems} locate={locate} onApplyFix={onApplyFix} onEdit={actions.codeEdited} onFlush={actions.codeFlushed} />
    </>
  );
}
