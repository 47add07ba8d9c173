/**
 * What the presets gallery reads off an MMDetection 2.x config: the card's schedule summary, why a
 * config has nothing to chart, and COCO's empty-image filter default.
 */
import { formatList, readLength, readTypeName } from '../../gallery/scheduleParts.ts';
import type { ScheduleFacts } from '../../gallery/scheduleParts.ts';
import { isPyDict, numberOf } from '../../python/value.ts';
import type { PyDict } from '../../python/value.ts';

/** Optimizer, lr, `lr_config` warmup and policy, momentum policy and the runner's length. */
export function readScheduleFactsMmcv1(config: PyDict): ScheduleFacts {
  const optimizer = isPyDict(config['optimizer']) ? config['optimizer'] : {};
  const lrConfig = isPyDict(config['lr_config']) ? config['lr_config'] : {};
  const parts: string[] = [];
  const typeNames: string[] = [];
  const warmup = lrConfig['warmup'];
  if (typeof warmup === 'string') {
    parts.push(`${warmup} warmup ${numberOf(lrConfig['warmup_iters']) ?? ''}`.trim());
    typeNames.push(`${warmup} warmup`);
  }
  const policy = lrConfig['policy'];
  if (typeof policy === 'string') {
    const steps = policy === 'step' ? formatList(lrConfig['step']) : undefined;
    parts.push(steps ? `${policy} ${steps}` : policy);
    typeNames.push(policy);
  }
  const momentum = isPyDict(config['momentum_config']) ? config['momentum_config']['policy'] : undefined;
  if (typeof momentum === 'string') {
    parts.push(`momentum ${momentum}`);
    typeNames.push(momentum);
  }
  const runner = config['runner'];
  return {
    optimizer: readTypeName(optimizer['type']),
    lr: numberOf(optimizer['lr']),
    parts,
    typeNames,
    length: readLength(runner, 'max_epochs', 'max_iters'),
  };
}

/** Why a loaded config has nothing to chart, or undefined when it trains. */
export function findMissingScheduleMmcv1(config: PyDict): string | undefined {
  return isPyDict(config['runner']) || isPyDict(config['lr_config']) ? undefined : 'no runner or lr_config';
}

/** 2.x CocoDataset filters images without annotations by default (`filter_empty_gt=True`). */
export function filtersEmptyImagesMmcv1(dataset: PyDict): boolean {
  return dataset['filter_empty_gt'] !== false;
}
