import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { Diagnostic } from '../../core/index.ts';

const MonacoPane = lazy(() => import('./MonacoPane.tsx'));

export interface CodePaneProps {
  text: string;
  dark: boolean;
  diagnostics: readonly Diagnostic[];
  onEdit: (text: string) => void;
  onFlush?: (text: string) => void;
}

/**
 * The Python text pane. Monaco is loaded lazily so the first screen does not wait for it; until
 * it arrives the same text is shown as plain preformatted text.
 */
export function CodePane({ text, dark, diagnostics, onEdit, onFlush }: CodePaneProps) {
  const { t } = useTranslation();
  return (
    <div className="code-pane" data-testid="code-pane" data-text={text}>
      <Suspense
        fallback={
          <pre className="code-fallback" aria-busy="true" aria-label={t('codeLoading')}>
            {text}
          </pre>
        }
      >
        <MonacoPane text={text} dark={dark} diagnostics={diagnostics} onEdit={onEdit} onFlush={onFlush} />
      </Suspense>
      <p className="code-hint" data-testid="code-keyboard-hint">
        {t('codeKeyboardHint')}
      </p>
    </div>
  );
}
