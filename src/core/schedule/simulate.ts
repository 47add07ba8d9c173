import type { PyDict } from '../python/value.ts';
import { simulateMmcv1 } from './mmcv1/simulate.ts';
import { simulateMmengine } from './mmengine/simulate.ts';
import { replaceClassRefsByName } from './classRefs.ts';
import type { ScheduleResult } from './types.ts';

export type ScheduleStyle = 'mmcv1' | 'mmengine';

/**
 * Per-iteration lr and momentum curves of a config, in the dialect it is written in:
 * `mmcv1` (MMDetection 2.x: `lr_config`/`momentum_config`/`runner`, MMCV 1.7.2 hooks) or
 * `mmengine` (MMDetection 3.x: `param_scheduler`/`train_cfg`). `itersPerEpoch` = len(data loader).
 */
export function simulateSchedule(style: ScheduleStyle, config: PyDict, opts: { itersPerEpoch: number }): ScheduleResult {
  switch (style) {
    case 'mmcv1':
      return simulateMmcv1(config, opts);
    case 'mmengine':
      // Lazy-import configs name classes by reference (`type=MultiStepLR`); the simulator reads names.
      return simulateMmengine(replaceClassRefsByName(config) as PyDict, opts);
  }
}
