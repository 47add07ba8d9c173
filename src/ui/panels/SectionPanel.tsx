import { fieldTestId, isPyDict, type FieldMessage, type PyDict, type PyValue, type SectionSpec } from '../../core/index.ts';
import { FieldMessages } from '../fields/FieldMessages.tsx';
import { useDiagnostics } from '../problems/useDiagnostics.ts';
import { FieldControl } from '../fields/FieldControl.tsx';
import { pickText } from '../i18n.ts';
import { useActions, useStudio } from '../storeContext.tsx';
import { useTranslation } from 'react-i18next';
import { useMemo } from 'react';
import { fieldInheritance } from '../../store/derivations/fieldInheritance.ts';
import { useInheritanceReader } from '../fields/useInheritanceReader.ts';

const empty: PyDict = {};

function sectionValue(config: PyDict, key: string | undefined): Readonly<Record<string, PyValue>> {
  const v = key === undefined ? undefined : config[key];
  return isPyDict(v) ? v : empty;
}

/** A panel for one runtime section: its fields (those the current policy uses) and their messages. */
export function SectionPanel({ section }: { section: SectionSpec }) {
  const language = useStudio((s) => s.language);
  const config = useStudio((s) => s.config);
  const messages = useDiagnostics();
  const byField = new Map<string, FieldMessage[]>();
  for (const m of messages) {
    const id = fieldTestId(m.path);
    byField.set(id, [...(byField.get(id) ?? []), m]);
  }
  const visible = section.fields.filter((f) => !f.visibleWhen || f.visibleWhen(sectionValue(config, f.path[0])));
  const sectionMessages = messages.filter((m: FieldMessage) => !visible.some((f) => fieldTestId(f.path) === fieldTestId(m.path)) && m.path[0] === section.id);
  return (
    <details className="section-panel" open data-testid={`section.${section.id}`}>
      <summary>
        <span className="section-title">{pickText(section.title, language)}</span> <code>{section.id}</code>
      </summary>
      <p className="section-help">{pickText(section.help, language)}</p>
      <SectionReset section={section} />
      {sectionMessages.map((m) => (
        <p key={fieldTestId(m.path) + m.message.en} className={`section-message ${m.severity}`}>
          <code>{fieldTestId(m.path)}</code>: <FieldMessages testId={fieldTestId(m.path)} messages={[m]} />
        </p>
      ))}
      <div className="fields">
        {visible.map((f) => (
          <FieldControl key={fieldTestId(f.path)} spec={f} messages={byField.get(fieldTestId(f.path)) ?? []} />
        ))}
      </div>
    </details>
  );
}

/**
 * "Reset section to inherited": takes out every setting the file makes in the section's top-level
 * keys, so its bases' values apply (undoable). Shown where a base gives the section; disabled
 * while nothing in it is set.
 */
function SectionReset({ section }: { section: SectionSpec }) {
  const { t } = useTranslation();
  const actions = useActions();
  const reader = useInheritanceReader();
  const keys = useMemo(() => [...new Set(section.fields.map((f) => f.path[0]).filter((k): k is string => k !== undefined))], [section]);
  // A primitive so the selector never loops: 'set' when any key is set, 'inherited' when a base gives one.
  const state = useStudio((s) => {
    const kinds = keys.map((k) => fieldInheritance(s, [k], reader).kind);
    return kinds.includes('set') ? 'set' : kinds.includes('inherited') ? 'inherited' : 'own';
  });
  if (state === 'own') return null;
  return (
    <button type="button" className="field-reset section-reset" data-testid={`section.${section.id}.reset`} disabled={state !== 'set'} title={t('resetSectionHelp')} onClick={() => void actions.sectionResetToInherited(keys)}>
      {t('resetSectionToInherited')}
    </button>
  );
}
