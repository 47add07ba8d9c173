import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldTestId, type FieldMessage } from '../../core/index.ts';
import { ruleOf } from '../fields/FieldMessages.tsx';
import { pickText } from '../i18n.ts';
import { useStudio } from '../storeContext.tsx';
import { revealField } from './revealField.ts';
import { useDiagnostics } from './useDiagnostics.ts';

type Severity = FieldMessage['severity'];
const countKeys: Record<Severity, readonly [one: string, many: string]> = {
  error: ['problemsError', 'problemsErrors'],
  warning: ['problemsWarning', 'problemsWarnings'],
  info: ['problemsInfo', 'problemsInfos'],
};
const severityKeys: Record<Severity, string> = { error: 'severityError', warning: 'severityWarning', info: 'severityInfo' };

/** The header's problem counts ("2 errors · 1 warning"); opens the list, each item jumps to its field and line. */
export function ProblemsButton() {
  const { t } = useTranslation();
  const language = useStudio((s) => s.language);
  const messages = useDiagnostics();
  const [open, setOpen] = useState(false);
  const counts = (['error', 'warning', 'info'] as const).map((sev) => [sev, messages.filter((m) => m.severity === sev).length] as const).filter(([, n]) => n > 0);
  const label = counts.length === 0 ? t('noProblems') : counts.map(([sev, n]) => (n === 1 ? t(countKeys[sev][0]) : t(countKeys[sev][1], { count: n }))).join(' · ');
  const worst = counts[0]?.[0];
  return (
    <div className="problems">
      <button type="button" className={`problems-toggle ${worst ?? ''}`} data-testid="problems-toggle" aria-expanded={open} aria-controls="problems-list" title={t('problemsShow')} onClick={() => setOpen(!open)}>
        {label}
      </button>
      {open ? (
        <ul id="problems-list" className="problems-list" data-testid="problems-list" aria-label={t('problemsTitle')}>
          {messages.length === 0 ? <li>{t('noProblems')}</li> : null}
          {messages.map((m) => (
            <li key={`${fieldTestId(m.path)}|${ruleOf(m)}|${m.message.en}`}>
              <button type="button" className={`problems-item ${m.severity}`} data-testid="problems-item" data-severity={m.severity} data-rule={ruleOf(m)} onClick={() => revealField(m.path)}>
                <span className="severity">{t(severityKeys[m.severity])}</span>
                <code>{fieldTestId(m.path)}</code>: {pickText(m.message, language)}
                <span className="rule">[{ruleOf(m)}]</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
