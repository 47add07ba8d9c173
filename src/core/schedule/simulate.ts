import type { PyDict } from '../python/value.ts';
import { simulateMmcv1 } from './mmcv1/simulate.ts';
import { simulateMmengine } from './mmengine/simulate.ts';
import { replaceClassRefsByName } from './classRefs.ts';
import type { ScheduleResult } from './types.ts';
import type { DialectId } from '../dialects/types.ts';

export type { DialectId } from '../dialects/types.ts';

const simulators: Record<DialectId, (config: PyDict, opts: { itersPerEpoch: number }) => ScheduleResult> = {
  mmcv1: simulateMmcv1,
  // Lazy-import configs name classes by reference (`type=MultiStepLR`); the simulator reads names.
  mmengine: (config, opts) => simulateMmengine(replaceClassRefsByName(config) as PyDict, opts),
};

/**
 * Per-iteration lr and momentum curves of a config, in the dialect it is written in:
 * `mmcv1` (MMDetection 2.x: `lr_config`/`momentum_config`/`runner`, MMCV 1.7.2 hooks) or
 * `mmengine` (MMDetection 3.x: `param_scheduler`/`train_cfg`). `itersPerEpoch` = len(data loader).
 */
export function simulateSchedule(style: DialectId, config: PyDict, opts: { itersPerEpoch: number }): ScheduleResult {
  return simulators[style](config, opts);
}
