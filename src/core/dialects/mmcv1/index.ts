/** MMDetection 2.x on MMCV 1.7.2 runners: the dialect module the app loads first. */
import { writeConfig } from './write/writeConfig.ts';
import { changeMomentumPolicy } from '../../model/policyChange.ts';
import { changeComponentType } from '../typeChange.ts';
import { presets } from '../../model/presets.ts';
import { runtimeSections } from '../../model/sections/index.ts';
import { validateConfig } from '../../model/validate.ts';
import { guessItersPerEpoch } from '../../schedule/itersFromConfig.ts';
import { computeTimeline } from '../../timeline/computeTimeline.ts';
import { dialectInfos } from '../info.ts';
import type { Dialect } from '../types.ts';
import { withEngine } from '../withEngine.ts';
import { mmcv1Rules } from './rules.ts';

export const mmcv1Dialect: Dialect = {
  ...dialectInfos.mmcv1,
  sections: runtimeSections,
  diagnose: withEngine(dialectInfos.mmcv1, mmcv1Rules, validateConfig),
  write: writeConfig,
  timeline: computeTimeline,
  presets,
  guessItersPerEpoch: (config) => guessItersPerEpoch(config, dialectInfos.mmcv1.id),
  reshape: {
    // The same reshape the forms use (reshapeOnTypeChange through changeComponentType), as 3.x's scheduler type.
    'lr_config.policy': (config, policy) => changeComponentType(config, ['lr_config', 'policy'], policy ?? '', { dialect: 'mmcv1' }),
    'momentum_config.policy': (config, policy) => (policy === null ? changeMomentumPolicy(config, null) : changeComponentType(config, ['momentum_config', 'policy'], policy, { dialect: 'mmcv1' })),
    'runner.type': (config, type) => changeComponentType(config, ['runner', 'type'], type ?? '', { dialect: 'mmcv1' }),
  },
  convertInto: async (config, opts) => (await import('../../config/convert/convertToMmcv1.ts')).convertToMmcv1(config, opts),
};
