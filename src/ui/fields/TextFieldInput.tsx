import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkValue, formatFieldValue, parseFieldInput, type FieldSpec, type PyValue } from '../../core/index.ts';
import { pickText } from '../i18n.ts';
import { useActions, useStudio } from '../storeContext.tsx';

export interface TextFieldInputProps {
  id: string;
  testId: string;
  spec: FieldSpec;
  value: PyValue | undefined;
  placeholder: string;
  describedBy?: string;
  onCommit: (value: PyValue | undefined) => void;
}

/**
 * A value typed as Python text (`1e-4`, `1.0 / 10`, `[8, 11]`). Only a value that parses and
 * passes the field's own type and range checks is committed; otherwise the message shows here
 * and the config keeps its last valid value.
 */
export function TextFieldInput({ id, testId, spec, value, placeholder, describedBy, onCommit }: TextFieldInputProps) {
  const { t } = useTranslation();
  const language = useStudio((s) => s.language);
  const actions = useActions();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Typing commits on every keystroke, so a half-typed `1.5` passes through `1` and `1.`; when
  // the text turns invalid, the config goes back to what it held before this edit began.
  const atFocus = useRef<{ value: PyValue | undefined } | null>(null);
  const reject = (message: string) => {
    setError(message);
    const start = atFocus.current;
    if (start && start.value !== value) onCommit(start.value);
  };

  const onText = (text: string) => {
    setDraft(text);
    if (text.trim() === '' && !spec.required && !spec.nullable) {
      setError(null);
      onCommit(undefined);
      return;
    }
    const parsed = parseFieldInput(spec, text);
    if (!parsed.ok) {
      reject(pickText(parsed.message, language));
      return;
    }
    const problems = checkValue(spec, parsed.value, spec.path).filter((m) => m.severity === 'error');
    const first = problems[0];
    if (first) {
      reject(pickText(first.message, language));
      return;
    }
    setError(null);
    onCommit(parsed.value);
  };

  const shown = draft ?? (value === undefined ? '' : formatFieldValue(spec, value));
  const props = {
    id,
    'data-testid': testId,
    value: shown,
    placeholder,
    spellCheck: false,
    'aria-invalid': error !== null,
    'aria-describedby': describedBy,
    onFocus: () => {
      atFocus.current = { value };
      actions.editBurstStarted();
    },
    onBlur: () => {
      atFocus.current = null;
      actions.editBurstEnded();
      if (error === null) setDraft(null);
    },
  };
  const multiline = spec.type.kind === 'literal' && shown.length > 40;
  return (
    <>
      {multiline ? (
        <textarea {...props} rows={3} onChange={(e) => onText(e.target.value)} />
      ) : (
        <input {...props} type="text" inputMode={spec.type.kind === 'int' ? 'numeric' : undefined} onChange={(e) => onText(e.target.value)} />
      )}
      {error && (
        <small className="field-error" role="alert" data-testid={`${testId}.error`}>
          {error} {t('fieldInvalidKept')}
        </small>
      )}
    </>
  );
}
