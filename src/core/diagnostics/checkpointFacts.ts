/** The checkpoint hook's section and the unit it counts `interval` in, for both dialects. */
import type { PyDict } from '../python/value.ts';
import { mmcvHookUnit, trainLengthMmcv1, trainLengthMmengine } from './facts.ts';
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

/** MMCV 1.x `checkpoint_config`: `interval` counts in the unit IterBasedRunner's default gives it. */
export function checkpointFactsMmcv1(input: DiagnoseInput): CheckpointFacts | undefined {
  const train = trainLengthMmcv1(input.config);
  const path = ['checkpoint_config'];
  const section = dictAt(input.config, path);
  if (!section) return undefined;
  return { path, section, unit: mmcvHookUnit(section, train?.unit), explicit: isSet(section.by_epoch), train };
}

/** MMEngine `default_hooks.checkpoint` (by_epoch defaults True). */
export function checkpointFactsMmengine(input: DiagnoseInput): CheckpointFacts | undefined {
  const train = trainLengthMmengine(input.config);
  const path = ['default_hooks', 'checkpoint'];
  const section = dictAt(input.config, path);
  if (!section) return undefined;
  const unit = section.by_epoch === false || section.by_epoch === 0 ? 'iter' : 'epoch';
  return { path, section, unit, explicit: isSet(section.by_epoch), train };
}

/** by_epoch was written (not a default). */
function isSet(v: unknown): boolean {
  return v !== undefined && v !== null;
}
