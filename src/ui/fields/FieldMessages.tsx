import type { FieldMessage } from '../../core/index.ts';
import { useTranslation } from 'react-i18next';
import { pickText } from '../i18n.ts';
import { useActions, useStudio } from '../storeContext.tsx';

/** The rule id every shown diagnostic carries (`data-rule`); the forms' own value checks are `field/value`. */
export function ruleOf(m: FieldMessage): string {
  return m.rule ?? 'field/value';
}

/** A stable key for a list of messages (a field re-renders only when its own messages change). */
export function messagesKey(messages: readonly FieldMessage[]): string {
  return messages.map((m) => `${m.severity}|${ruleOf(m)}|${m.message.en}`).join('\n');
}

/** The messages under one field: severity and rule as data attributes, and a Fix button when one exists. */
export function FieldMessages({ testId, messages }: { testId: string; messages: readonly FieldMessage[] }) {
  const { t } = useTranslation();
  const language = useStudio((s) => s.language);
  const actions = useActions();
  return messages.map((m) => (
    <small key={`${ruleOf(m)}|${m.message.en}`} className={`field-message ${m.severity}`} role="status" data-testid={`${testId}.message`} data-severity={m.severity} data-rule={ruleOf(m)}>
      {pickText(m.message, language)}
      {m.fix ? (
        <button type="button" className="fix-button" data-testid={`${testId}.fix`} title={pickText(m.fix.title, language)} onClick={() => m.fix && actions.fixApplied(m.fix)}>
          {t('fix')}: {pickText(m.fix.title, language)}
        </button>
      ) : null}
    </small>
  ));
}
