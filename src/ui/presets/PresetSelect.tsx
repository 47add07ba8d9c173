import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultDialect, dialectIds, loadDialect, loadedDialect, type Dialect, type Preset } from '../../core/index.ts';
import { pickText } from '../i18n.ts';
import { useStudio } from '../storeContext.tsx';

export interface PresetSelectProps {
  testId: string;
  placeholder: string;
  ariaLabel?: string;
  onPick: (preset: Preset, dialect: Dialect) => void;
}

/** Option values: the default dialect's preset ids as they are, the others prefixed (`v3:mmdet3-schedule-1x`). */
function optionValue(dialect: Dialect, preset: Preset): string {
  return dialect === defaultDialect ? preset.id : `v${dialect.version.slice(0, 1)}:${preset.id}`;
}

function readyDialects(): Dialect[] {
  return dialectIds.flatMap((id) => loadedDialect(id) ?? []);
}

/**
 * Keys with which a closed native select changes its value as the person moves through it
 * (arrows, paging, type-ahead): such a change only marks the option; Enter applies it.
 */
function browsesOptions(e: KeyboardEvent<HTMLSelectElement>): boolean {
  return e.key !== 'Enter' && e.key !== 'Tab' && e.key !== 'Escape' && e.key !== ' ' && !e.ctrlKey && !e.metaKey && !e.altKey;
}

/**
 * A native select of mmdet's schedule presets in every dialect. The presets of a dialect not yet
 * loaded arrive with its chunk, fetched when the person reaches for the list.
 */
export function PresetSelect({ testId, placeholder, ariaLabel, onPick }: PresetSelectProps) {
  const { t } = useTranslation();
  const language = useStudio((s) => s.language);
  const [dialects, setDialects] = useState<readonly Dialect[]>(readyDialects);
  // The option reached by keyboard, shown but not applied until Enter (or a click).
  const [marked, setMarked] = useState('');
  const browsing = useRef(false);
  const apply = (value: string) => {
    setMarked('');
    for (const d of dialects) {
      const preset = d.presets.find((p) => optionValue(d, p) === value);
      if (preset) return onPick(preset, d);
    }
  };
  const wantAll = () => {
    if (dialects.length < dialectIds.length) void Promise.all(dialectIds.map(loadDialect)).then(setDialects);
  };
  return (
    <select
      data-testid={testId}
      aria-label={ariaLabel}
      value={marked}
      onFocus={wantAll}
      onPointerEnter={wantAll}
      onKeyDown={(e) => {
        browsing.current = browsesOptions(e);
        if (e.key === 'Enter' && marked !== '') {
          e.preventDefault();
          apply(marked);
        }
      }}
      onKeyUp={() => {
        browsing.current = false;
      }}
      onBlur={() => setMarked('')}
      onChange={(e) => {
        if (browsing.current) setMarked(e.target.value);
        else apply(e.target.value);
      }}
    >
      <option value="" disabled>
        {placeholder}
      </option>
      {dialects.map((d) => (
        <optgroup key={d.id} label={t(`presets${d.nameSuffix}`)}>
          {d.presets.map((p) => (
            <option key={p.id} value={optionValue(d, p)}>
              {pickText(p.name, language)}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}
