import { useTranslation } from 'react-i18next';
import type { FieldSpec, PyValue } from '../../core/index.ts';

const NONE = '__none__';
const UNSET = '__unset__';
const OTHER = '__other__';

interface ChoiceProps {
  id: string;
  testId: string;
  spec: FieldSpec;
  value: PyValue | undefined;
  defaultText: string | null;
  onCommit: (value: PyValue | undefined) => void;
}

function UnsetOption({ spec, defaultText }: { spec: FieldSpec; defaultText: string | null }) {
  const { t } = useTranslation();
  if (spec.required) return null;
  return <option value={UNSET}>{defaultText === null ? t('unsetNoDefault') : t('unset', { value: defaultText })}</option>;
}

/** True / False / None / not set, as a native select. */
export function BoolSelect({ id, testId, spec, value, defaultText, onCommit }: ChoiceProps) {
  const selected = value === undefined ? UNSET : value === null ? NONE : value === true ? 'True' : value === false ? 'False' : OTHER;
  return (
    <select
      id={id}
      data-testid={testId}
      value={selected}
      onChange={(e) => {
        const v = e.target.value;
        if (v !== OTHER) onCommit(v === UNSET ? undefined : v === NONE ? null : v === 'True');
      }}
    >
      <UnsetOption spec={spec} defaultText={defaultText} />
      {spec.nullable && <option value={NONE}>None</option>}
      <option value="True">True</option>
      <option value="False">False</option>
      {selected === OTHER && <option value={OTHER}>{String(value)}</option>}
    </select>
  );
}

/** A choice among MMCV's names; `free` kinds also take any other name typed in. */
export function EnumSelect({ id, testId, spec, value, defaultText, onCommit }: ChoiceProps) {
  const { t } = useTranslation();
  const options = spec.type.kind === 'enum' ? spec.type.options : [];
  const free = spec.type.kind === 'enum' && spec.type.free === true;
  const known = typeof value === 'string' && options.includes(value);
  const selected = value === undefined ? UNSET : value === null ? NONE : known ? String(value) : OTHER;
  return (
    <span className="enum-control">
      <select
        id={id}
        data-testid={testId}
        value={selected}
        onChange={(e) => {
          const v = e.target.value;
          if (v === OTHER) onCommit(typeof value === 'string' ? value : '');
          else onCommit(v === UNSET ? undefined : v === NONE ? null : v);
        }}
      >
        <UnsetOption spec={spec} defaultText={defaultText} />
        {spec.nullable && <option value={NONE}>None</option>}
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
        {(free || selected === OTHER) && <option value={OTHER}>{selected === OTHER && typeof value === 'string' && value ? value : t('otherValue')}</option>}
      </select>
      {selected === OTHER && free && (
        <input aria-label={t('otherValue')} data-testid={`${testId}.other`} value={typeof value === 'string' ? value : ''} spellCheck={false} onChange={(e) => onCommit(e.target.value)} />
      )}
    </span>
  );
}
