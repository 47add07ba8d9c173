import { useState } from 'react';
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
 * A native select of mmdet's schedule presets in every dialect. The presets of a dialect not yet
 * loaded arrive with its chunk, fetched when the person reaches for the list.
 */
export function PresetSelect({ testId, placeholder, ariaLabel, onPick }: PresetSelectProps) {
  const { t } = useTranslation();
  const language = useStudio((s) => s.language);
  const [dialects, setDialects] = useState<readonly Dialect[]>(readyDialects);
  const wantAll = () => {
    if (dialects.length < dialectIds.length) void Promise.all(dialectIds.map(loadDialect)).then(setDialects);
  };
  return (
    <select
      data-testid={testId}
      aria-label={ariaLabel}
      value=""
      onFocus={wantAll}
      onPointerEnter={wantAll}
      onChange={(e) => {
        const value = e.target.value;
        for (const d of dialects) {
          const preset = d.presets.find((p) => optionValue(d, p) === value);
          if (preset) return onPick(preset, d);
        }
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
