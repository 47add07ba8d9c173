import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Preset } from '../../core/model/presets.ts';
import { presets } from '../../core/model/presets.ts';
import type { Dialect } from '../../core/config/load/loadConfig.ts';
import { loadV3Model } from '../dialect/useDialectModel.ts';
import { pickText } from '../i18n.ts';
import { useStudio } from '../storeContext.tsx';

export interface PresetSelectProps {
  testId: string;
  placeholder: string;
  ariaLabel?: string;
  onPick: (preset: Preset, dialect: Dialect) => void;
}

/**
 * A native select of mmdet's schedule presets in both dialects. The 3.x presets live in the 3.x
 * chunk, fetched when the person reaches for the list.
 */
export function PresetSelect({ testId, placeholder, ariaLabel, onPick }: PresetSelectProps) {
  const { t } = useTranslation();
  const language = useStudio((s) => s.language);
  const [presetsV3, setPresetsV3] = useState<readonly Preset[]>([]);
  const wantV3 = () => {
    if (presetsV3.length === 0) void loadV3Model().then((m) => setPresetsV3(m.presetsV3));
  };
  return (
    <select
      data-testid={testId}
      aria-label={ariaLabel}
      value=""
      onFocus={wantV3}
      onPointerEnter={wantV3}
      onChange={(e) => {
        const id = e.target.value;
        const v3 = presetsV3.find((p) => `v3:${p.id}` === id);
        const v2 = presets.find((p) => p.id === id);
        if (v3) onPick(v3, 'mmengine');
        else if (v2) onPick(v2, 'mmcv1');
      }}
    >
      <option value="" disabled>
        {placeholder}
      </option>
      <optgroup label={t('presets2x')}>
        {presets.map((p) => (
          <option key={p.id} value={p.id}>
            {pickText(p.name, language)}
          </option>
        ))}
      </optgroup>
      {presetsV3.length > 0 && (
        <optgroup label={t('presets3x')}>
          {presetsV3.map((p) => (
            <option key={p.id} value={`v3:${p.id}`}>
              {pickText(p.name, language)}
            </option>
          ))}
        </optgroup>
      )}
    </select>
  );
}
