import { useEffect, useState } from 'react';
import type { Dialect } from '../../core/config/load/loadConfig.ts';
import type { FieldMessage, SectionSpec } from '../../core/model/fieldSpec.ts';
import { runtimeSections } from '../../core/model/sections/index.ts';
import { validateConfig } from '../../core/model/validate.ts';
import type { PyDict } from '../../core/python/value.ts';
import { writeConfig } from '../../core/config/write/writeConfig.ts';
import type { ScheduleBaseId } from '../../core/model/bases.ts';

type V3Model = typeof import('./v3Model.ts');

/** What the forms, messages and export need from one config dialect. */
export interface DialectModel {
  dialect: Dialect;
  sections: readonly SectionSpec[];
  validate: (config: PyDict) => FieldMessage[];
  write: (config: PyDict, opts: { mode: 'inherit' | 'standalone'; scheduleBase: ScheduleBaseId }) => string;
}

export const mmcv1Model: DialectModel = { dialect: 'mmcv1', sections: runtimeSections, validate: validateConfig, write: writeConfig };

function toModel(m: V3Model): DialectModel {
  return { dialect: 'mmengine', sections: m.runtimeSectionsV3, validate: m.validateConfigV3, write: m.writeConfigV3 };
}

let v3Model: DialectModel | null = null;
let v3Loading: Promise<V3Model> | null = null;

/** Starts loading the 3.x model chunk (idempotent). */
export function loadV3Model(): Promise<V3Model> {
  v3Loading ??= import('./v3Model.ts').then((m) => {
    v3Model = toModel(m);
    return m;
  });
  return v3Loading;
}

/** The model of the current dialect; null while the 3.x chunk is still loading. */
export function useDialectModel(dialect: Dialect): DialectModel | null {
  const [loaded, setLoaded] = useState<DialectModel | null>(v3Model);
  useEffect(() => {
    if (dialect !== 'mmengine' || loaded) return;
    let live = true;
    void loadV3Model().then(() => live && setLoaded(v3Model));
    return () => {
      live = false;
    };
  }, [dialect, loaded]);
  return dialect === 'mmcv1' ? mmcv1Model : loaded;
}
