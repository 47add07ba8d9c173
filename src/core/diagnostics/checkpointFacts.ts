/** The checkpoint hook's section and the unit it counts `interval` in, for both dialects. */
import type { PyDict } from '../python/value.ts';
import { mmcvHookUnit, trainLength } from './facts.ts';
import type { TrainLength, Unit } from './facts.ts';
import { dictAt } from './pyAccess.ts';
import type { DiagnoseInput } from './types.ts';

export interface CheckpointFacts {
  path: string[];
  section: PyDict;
  unit: Unit;
  /** by_epoch was written (not a default). */
  explicit: boolean;
  train: TrainLength | undefined;
}

/** mmcv1 `checkpoint_config` (unit per IterBasedRunner's default); mmengine `default_hooks.checkpoint` (by_epoch defaults True). */
export function checkpointFacts(input: DiagnoseInput): CheckpointFacts | undefined {
  const train = trainLength(input.config, input.dialect);
  const path = input.dialect === 'mmcv1' ? ['checkpoint_config'] : ['default_hooks', 'checkpoint'];
  const section = dictAt(input.config, path);
  if (!section) return undefined;
  const explicit = section.by_epoch !== undefined && section.by_epoch !== null;
  const unit = input.dialect === 'mmcv1' ? mmcvHookUnit(section, train?.unit) : section.by_epoch === false || section.by_epoch === 0 ? 'iter' : 'epoch';
  return { path, section, unit, explicit, train };
}
