import type { FieldSpec, SectionSpec } from '../../../../model/fieldSpec.ts';
import { schedulerTypes } from '../schedulerTypes.ts';
import { customHooksSection, customHookTypes } from './customHooks.ts';
import { defaultHooksSection } from './defaultHooks.ts';
import { environmentSection } from './environment.ts';
import { loggingSection } from './logging.ts';
import { loopsSection } from './loops.ts';
import { optimWrapperSection } from './optimWrapper.ts';
import { paramSchedulerSection } from './paramScheduler.ts';

/** Every runtime section of an MMDetection 3.x (MMEngine 0.10.7) config, in the order the UI shows them. */
export const runtimeSectionsV3: SectionSpec[] = [
  optimWrapperSection,
  paramSchedulerSection,
  loopsSection,
  defaultHooksSection,
  customHooksSection,
  loggingSection,
  environmentSection,
];

/** Every top-level-path field of every 3.x section, for lookups by path. */
export const runtimeFieldsV3: FieldSpec[] = runtimeSectionsV3.flatMap((s) => s.fields);

/** Fields whose paths are relative to one list entry (a scheduler or a custom hook dict). */
export const entryFieldsV3: FieldSpec[] = [...schedulerTypes.flatMap((s) => s.args), ...customHookTypes.flatMap((h) => h.args)];
