import { useTranslation } from 'react-i18next';
import { memo, useId } from 'react';
import { fieldTestId, type FieldMessage, type FieldSpec, type PyValue } from '../../core/index.ts';
import { FieldMessages, messagesKey } from './FieldMessages.tsx';
import { pickText } from '../i18n.ts';
import { useActions, useStudio } from '../storeContext.tsx';
import { BoolSelect, EnumSelect } from './ChoiceInputs.tsx';
import { formatDefault } from './fieldDefaults.ts';
import { HookListEditor } from './HookListEditor.tsx';
import { CustomKeysEditor, OptionalDictToggle, WorkflowEditor } from './RowEditors.tsx';
import { dispatchFieldChange } from './specialFieldActions.ts';
import { TextFieldInput } from './TextFieldInput.tsx';
import { useFieldValue } from './useFieldValue.ts';
import { fieldInheritance } from '../../store/derivations/fieldInheritance.ts';
import { useInheritanceReader } from './useInheritanceReader.ts';

interface FieldControlProps {
  spec: FieldSpec;
  messages: readonly FieldMessage[];
}

/**
 * One config argument: label, MMCV key, the control for its kind, help, and its messages.
 * Memoised on its spec and message texts: a form has a hundred fields and one edit changes one.
 */
export const FieldControl = memo(FieldControlView, (a: FieldControlProps, b: FieldControlProps) => a.spec === b.spec && messagesKey(a.messages) === messagesKey(b.messages));

function FieldControlView({ spec, messages }: FieldControlProps) {
  const language = useStudio((s) => s.language);
  // A string, so the field re-renders only when its own default changes, not on every edit.
  const defaultText = useStudio((s) => formatDefault(spec, s.config));
  const actions = useActions();
  const { t } = useTranslation();
  const value = useFieldValue(spec.path);
  const reader = useInheritanceReader();
  // A primitive ("inherited:schedule_1x.py", "set:…", "own") so the selector never loops.
  const origin = useStudio((s) => {
    const o = fieldInheritance(s, spec.path, reader);
    return o.kind === 'own' ? 'own' : `${o.kind}:${o.from}`;
  });
  const [originKind, originFile = ''] = origin.split(/:(.*)/s);
  const id = useId();
  const testId = fieldTestId(spec.path);
  const onCommit = (v: PyValue | undefined) => dispatchFieldChange(actions, spec.path, v);
  const common = { id, testId, spec, value, defaultText, onCommit };
  const kind = spec.type.kind;
  const wide = kind === 'custom-keys' || kind === 'hook-list' || kind === 'workflow' || kind === 'literal';

  let control;
  switch (kind) {
    case 'bool':
      control = <BoolSelect {...common} />;
      break;
    case 'enum':
      control = <EnumSelect {...common} />;
      break;
    case 'optional-dict':
      control = <OptionalDictToggle {...common} />;
      break;
    case 'custom-keys':
      control = <CustomKeysEditor {...common} />;
      break;
    case 'workflow':
      control = <WorkflowEditor {...common} />;
      break;
    case 'hook-list':
      control = <HookListEditor {...common} />;
      break;
    default:
      control = <TextFieldInput {...common} placeholder={defaultText ?? ''} describedBy={`${id}-help`} />;
  }

  return (
    <div className={`field${wide ? ' field-wide' : ''}${originKind === 'inherited' ? ' field-inherited' : ''}`} {...(originKind === 'inherited' ? { 'data-inherited': 'true' } : {})}>
      <label htmlFor={id} title={testId}>
        {pickText(spec.label, language)} <code className="field-key">{spec.path[spec.path.length - 1]}</code>
      </label>
      {control}
      {originKind === 'inherited' && <small className="field-origin">{t('inheritedFrom', { file: originFile })}</small>}
      {originKind === 'set' && (
        <button type="button" className="field-reset" data-testid={`${testId}.reset`} title={t('resetToInheritedHelp', { file: originFile })} onClick={() => void actions.fieldResetToInherited(spec.path)}>
          {t('resetToInherited')}
        </button>
      )}
      <small id={`${id}-help`} className="field-help">
        {pickText(spec.help, language)}
      </small>
      <FieldMessages testId={testId} messages={messages} />
    </div>
  );
}
