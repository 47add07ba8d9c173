import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFieldValue, isPyDict, type FieldSpec, type HookTypeSpec, type PyDict, type PyValue } from '../../core/index.ts';
import { pickText } from '../i18n.ts';
import { useStudio } from '../storeContext.tsx';
import { BoolSelect, EnumSelect } from './ChoiceInputs.tsx';
import { TextFieldInput } from './TextFieldInput.tsx';
import { fieldFocusHandlers, useFieldHighlighted } from '../explain/curveLink.ts';

interface HookListProps {
  testId: string;
  spec: FieldSpec;
  value: PyValue | undefined;
  onCommit: (value: PyValue | undefined) => void;
}

function HookArg({ arg, hook, testId, path, onChange }: { arg: FieldSpec; hook: PyDict; testId: string; path: readonly string[]; onChange: (v: PyValue | undefined) => void }) {
  const language = useStudio((s) => s.language);
  const highlighted = useFieldHighlighted(path);
  const id = useId();
  const key = arg.path.join('.');
  const value = hook[key];
  const defaultText = arg.mmcvDefault === undefined ? null : formatFieldValue(arg, arg.mmcvDefault);
  const common = { id, testId, spec: arg, value, defaultText, onCommit: onChange };
  const kind = arg.type.kind;
  return (
    <div className={`field${highlighted ? ' field-highlighted' : ''}`} data-field={testId} {...(highlighted ? { 'data-highlighted': 'true' } : {})} {...fieldFocusHandlers(path)}>
      <label htmlFor={id} title={pickText(arg.help, language)}>
        {pickText(arg.label, language)} <code className="field-key">{key}</code>
      </label>
      {kind === 'bool' ? <BoolSelect {...common} /> : kind === 'enum' ? <EnumSelect {...common} /> : <TextFieldInput {...common} placeholder={defaultText ?? ''} />}
    </div>
  );
}

/** `log_config.hooks`: a list of hook dicts, each chosen by type with that hook's arguments. */
export function HookListEditor({ testId, spec, value, onCommit }: HookListProps) {
  const { t } = useTranslation();
  const language = useStudio((s) => s.language);
  const kind = spec.type.kind === 'hook-list' ? spec.type : undefined;
  const hookTypes: readonly HookTypeSpec[] = kind?.hookTypes ?? [];
  const retype = kind?.retype ?? ((_entry: PyDict, type: string): PyDict => ({ type }));
  // MMEngine also takes a single scheduler dict; the form shows it as a list of one.
  const hooks = Array.isArray(value) ? value : isPyDict(value) ? [value] : [];
  const write = (next: PyValue[]) => onCommit(next);
  const setHook = (i: number, hook: PyValue) => write(hooks.map((h, j) => (j === i ? hook : h)));
  const move = (i: number, by: number) => {
    const j = i + by;
    if (j < 0 || j >= hooks.length) return;
    const next = [...hooks];
    [next[i], next[j]] = [next[j] as PyValue, next[i] as PyValue];
    write(next);
  };
  return (
    <div className="hook-list" data-testid={testId}>
      {hooks.map((h, i) => {
        const hook = isPyDict(h) ? h : {};
        const type = typeof hook.type === 'string' ? hook.type : '';
        const known = hookTypes.find((x) => x.type === type);
        return (
          <fieldset key={i} className="hook">
            <legend>
              <select
                aria-label={`${spec.path.join('.')} ${i + 1} type`}
                data-testid={`${testId}.${i}.type`}
                value={type}
                onChange={(e) => setHook(i, retype(hook, e.target.value))}
              >
                {!known && <option value={type}>{type || '?'}</option>}
                {hookTypes.map((x) => (
                  <option key={x.type} value={x.type}>
                    {x.type}
                  </option>
                ))}
              </select>
              {kind?.ordered && (
                <>
                  <button type="button" className="small ghost" data-testid={`${testId}.${i}.up`} aria-label={`${t('moveUp')} ${type}`} disabled={i === 0} onClick={() => move(i, -1)}>
                    ▲
                  </button>
                  <button type="button" className="small ghost" data-testid={`${testId}.${i}.down`} aria-label={`${t('moveDown')} ${type}`} disabled={i === hooks.length - 1} onClick={() => move(i, 1)}>
                    ▼
                  </button>
                </>
              )}
              <button type="button" className="small" data-testid={`${testId}.${i}.remove`} aria-label={`${t('remove')} ${type}`} onClick={() => write(hooks.filter((_, j) => j !== i))}>
                ×
              </button>
            </legend>
            {known && <small className="field-help">{pickText(known.help, language)}</small>}
            <div className="fields">
              {(known?.args ?? []).map((arg) => (
                <HookArg
                  key={arg.path.join('.')}
                  arg={arg}
                  hook={hook}
                  testId={`${testId}.${i}.${arg.path.join('.')}`}
                  path={[...spec.path, String(i), ...arg.path]}
                  onChange={(v) => {
                    const next: PyDict = { ...hook };
                    const k = arg.path.join('.');
                    if (v === undefined) delete next[k];
                    else next[k] = v;
                    setHook(i, next);
                  }}
                />
              ))}
            </div>
          </fieldset>
        );
      })}
      <button type="button" className="small" data-testid={`${testId}.add`} onClick={() => {
          const type = hookTypes.find((x) => !hooks.some((h) => isPyDict(h) && h.type === x.type))?.type ?? hookTypes[0]?.type ?? 'TextLoggerHook';
          write([...hooks, retype({}, type)]);
        }}>
        + {t('add')}
      </button>
    </div>
  );
}
