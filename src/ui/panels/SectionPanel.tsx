import { fieldTestId, isPyDict, type Dialect, type FieldMessage, type PyDict, type PyValue, type SectionSpec } from '../../core/index.ts';
import { FieldControl } from '../fields/FieldControl.tsx';
import { pickText } from '../i18n.ts';
import { useStudio, useStudioStoreApi } from '../storeContext.tsx';

const empty: PyDict = {};

function sectionValue(config: PyDict, key: string | undefined): Readonly<Record<string, PyValue>> {
  const v = key === undefined ? undefined : config[key];
  return isPyDict(v) ? v : empty;
}

/** A panel for one runtime section: its fields (those the current policy uses) and their messages. */
export function SectionPanel({ section, validate }: { section: SectionSpec; validate: Dialect['diagnose'] }) {
  const language = useStudio((s) => s.language);
  const config = useStudio((s) => s.config);
  const messages = useStudioStoreApi().derive.fieldMessages(config, validate);
  const byField = new Map<string, string[]>();
  for (const m of messages) {
    const id = fieldTestId(m.path);
    byField.set(id, [...(byField.get(id) ?? []), pickText(m.message, language)]);
  }
  const visible = section.fields.filter((f) => !f.visibleWhen || f.visibleWhen(sectionValue(config, f.path[0])));
  const sectionMessages = messages.filter((m: FieldMessage) => !visible.some((f) => fieldTestId(f.path) === fieldTestId(m.path)) && m.path[0] === section.id);
  return (
    <details className="section-panel" open data-testid={`section.${section.id}`}>
      <summary>
        <span className="section-title">{pickText(section.title, language)}</span> <code>{section.id}</code>
      </summary>
      <p className="section-help">{pickText(section.help, language)}</p>
      {sectionMessages.map((m) => (
        <p key={fieldTestId(m.path) + m.message.en} className={`section-message ${m.severity}`} role="status">
          <code>{fieldTestId(m.path)}</code>: {pickText(m.message, language)}
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
