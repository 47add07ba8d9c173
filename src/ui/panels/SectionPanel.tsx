import { fieldTestId, isPyDict, type FieldMessage, type PyDict, type PyValue, type SectionSpec } from '../../core/index.ts';
import { FieldMessages } from '../fields/FieldMessages.tsx';
import { useDiagnostics } from '../problems/useDiagnostics.ts';
import { FieldControl } from '../fields/FieldControl.tsx';
import { pickText } from '../i18n.ts';
import { useStudio } from '../storeContext.tsx';

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
