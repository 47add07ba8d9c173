/**
 * Whether a config trains at all. Test-time configs (`*_tta.py`, tracking `..._test-...` configs)
 * leave `train_dataloader`, `train_cfg` and `optim_wrapper` all None or absent: MMEngine's Runner
 * accepts that (it raises only when some are set and others are not) and simply cannot `train()`;
 * a 2.x config with neither `optimizer` nor `lr_config` has nothing for MMCV's runner to schedule.
 */
import { dialectInfo } from '../dialects/info.ts';
import type { DialectId } from '../dialects/types.ts';
import type { PyDict } from '../python/value.ts';

/** Undefined when the config has a training part; else one sentence saying it has none. */
export function describeMissingTraining(config: PyDict, dialect: DialectId): string | undefined {
  const keys = dialectInfo(dialect).trainingKeys;
  const set = (k: string): boolean => Object.hasOwn(config, k) && config[k] !== null && config[k] !== undefined;
  if (keys.some(set)) return undefined;
  const names = `${keys.slice(0, -1).join(', ')} and ${keys[keys.length - 1] ?? ''}`;
  return `no training part: ${names} are all None or absent (a test or TTA config), so there is no schedule to chart`;
}
