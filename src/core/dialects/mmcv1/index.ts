/** MMDetection 2.x on MMCV 1.7.2 runners: the dialect module the app loads first. */
import { writeConfig } from './write/writeConfig.ts';
import { changeLrPolicy, changeMomentumPolicy, changeRunnerType } from '../../model/policyChange.ts';
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
    'lr_config.policy': (config, policy) => changeLrPolicy(config, policy ?? ''),
    'momentum_config.policy': changeMomentumPolicy,
    'runner.type': (config, type) => changeRunnerType(config, type ?? ''),
  },
  convertInto: async (config, opts) => (await import('../../config/convert/convertToMmcv1.ts')).convertToMmcv1(config, opts),
};
