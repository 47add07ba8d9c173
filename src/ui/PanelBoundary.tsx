import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { encodeWirePyValue } from '../core/index.ts';
import { useActions, useStudioStoreApi } from './storeContext.tsx';
import { downloadText, toPyFilename } from './toolbar/download.ts';

export type PanelId = 'library' | 'forms' | 'charts' | 'code' | 'header';

const panelNames = { library: 'panelLibrary', forms: 'panelForms', charts: 'panelCharts', code: 'panelCode', header: 'panelHeader' } as const;

interface BoundaryProps {
  /** Which panel this is, named in the message. */
  panel: PanelId;
  /** When this changes (another config opened, an undo), the panel tries to render again. */
  resetKey: unknown;
  children: ReactNode;
}

interface BoundaryState {
  error: Error | null;
  /** The reset key the panel last rendered with. */
  key: unknown;
}

/**
 * Keeps one failing panel from blanking the page: the panel is replaced by a located message
 * with a way out (download the open config, open another one) while the rest keeps working.
 */
export class PanelBoundary extends Component<BoundaryProps, BoundaryState> {
  constructor(props: BoundaryProps) {
    super(props);
    this.state = { error: null, key: props.resetKey };
  }

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: BoundaryProps, state: BoundaryState): Partial<BoundaryState> | null {
    // A new config (or an undo) may render fine: try again once the key moves on.
    if (state.key !== props.resetKey) return { error: null, key: props.resetKey };
    return null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`${this.props.panel} failed`, error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return <PanelFailure panel={this.props.panel} error={this.state.error} />;
  }
}

function PanelFailure({ panel, error }: { panel: PanelId; error: Error }) {
  const { t } = useTranslation();
  const store = useStudioStoreApi();
  const actions = useActions();
  const download = (as: 'json' | 'py') => {
    const s = store.getState();
    const base = toPyFilename(s.name).replace(/\.py$/, '');
    if (as === 'py' && s.source) {
      downloadText(`${base}.py`, s.codeDraft ?? s.source.files[s.source.entry] ?? '');
      return;
    }
    const doc = { name: s.name, dialect: s.dialect, scheduleBase: s.scheduleBase, exportMode: s.exportMode, config: encodeWirePyValue(s.config), ...(s.source ? { source: s.source } : {}), ...(s.codeDraft !== null ? { draft: s.codeDraft } : {}) };
    downloadText(`${base}.json`, `${JSON.stringify(doc, null, 2)}\n`, 'application/json');
  };
  return (
    <div className="panel-failure notice notice-error" role="alert" data-testid="panel-failure" data-panel={panel}>
      <p>
        {t('panelFailed', { panel: t(panelNames[panel]) })} <code>{error.message}</code>
      </p>
      <p>{t('panelFailedHint')}</p>
      <button type="button" className="small" data-testid="panel-failure.download-json" onClick={() => download('json')}>
        {t('downloadConfigJson')}
      </button>
      {store.getState().source && (
        <button type="button" className="small" data-testid="panel-failure.download-py" onClick={() => download('py')}>
          {t('downloadConfigPy')}
        </button>
      )}
      <button type="button" className="small" data-testid="panel-failure.new-config" onClick={() => actions.configCreated()}>
        {t('newConfig')}
      </button>
    </div>
  );
}
