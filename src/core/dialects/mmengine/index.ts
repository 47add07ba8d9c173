/** MMDetection 3.3 on MMEngine 0.10.7: loaded in its own chunk, 2.x users never download it. */
import { writeConfigV3 } from './write/writeConfigV3.ts';
import { presetsV3 } from './model/presets.ts';
import { changeSchedulerType } from './model/schedulerChange.ts';
import { runtimeSectionsV3 } from './model/sections/index.ts';
import { validateConfigV3 } from './model/validate.ts';
import { guessItersPerEpoch } from '../../schedule/itersFromConfig.ts';
import { computeTimelineV3 } from './timeline/computeTimelineV3.ts';
import { dialectInfos } from '../info.ts';
import type { Dialect } from '../types.ts';
import { withEngine } from '../withEngine.ts';
import { mmengineRules } from './rules.ts';

const id = dialectInfos.mmengine.id;

export const mmengineDialect: Dialect = {
  ...dialectInfos.mmengine,
  sections: runtimeSectionsV3,
  diagnose: withEngine(dialectInfos.mmengine, mmengineRules, validateConfigV3),
  write: writeConfigV3,
  timeline: computeTimelineV3,
  presets: presetsV3,
  guessItersPerEpoch: (config) => guessItersPerEpoch(config, id),
  reshape: {
    'param_scheduler[].type': (entry, type) => changeSchedulerType(entry, type ?? ''),
  },
  convertInto: async (config, opts) => (await import('../../config/convert/convertToMmengine.ts')).convertToMmengine(config, opts),
};
