/**
 * What the presets gallery reads off an MMDetection 3.x config: the card's schedule summary, why a
 * config has nothing to chart, and COCO's empty-image filter default.
 */
import { formatList, readLength, readTypeName } from '../../gallery/scheduleParts.ts';
import type { ScheduleFacts } from '../../gallery/scheduleParts.ts';
import { isPyDict, numberOf } from '../../python/value.ts';
import type { PyDict } from '../../python/value.ts';

/** Optimizer, lr and the `optim_wrapper`'s optimizer, the `param_scheduler` entries and `train_cfg`'s length. */
export function readScheduleFactsMmengine(config: PyDict): ScheduleFacts {
  const wrapper = isPyDict(config['optim_wrapper']) ? config['optim_wrapper'] : {};
  const optimizer = isPyDict(wrapper['optimizer']) ? wrapper['optimizer'] : {};
  const raw = config['param_scheduler'];
  const schedulers = Array.isArray(raw) ? raw : isPyDict(raw) ? [raw] : [];
  const parts: string[] = [];
  const typeNames: string[] = [];
  for (const s of schedulers) {
    if (!isPyDict(s)) continue;
    const name = readTypeName(s['type']);
    if (name === undefined) continue;
    const milestones = formatList(s['milestones']);
    parts.push(milestones ? `${name} ${milestones}` : name);
    typeNames.push(name);
  }
  return {
    optimizer: readTypeName(optimizer['type']),
    lr: numberOf(optimizer['lr']),
    parts,
    typeNames,
    length: readLength(config['train_cfg'], 'max_epochs', 'max_iters'),
  };
}

/** Why a loaded config has nothing to chart, or undefined when it trains. */
export function findMissingScheduleMmengine(config: PyDict): string | undefined {
  if (!isPyDict(config['train_cfg'])) return 'train_cfg is not a dict (a test-only or helper config)';
  if (!isPyDict(config['optim_wrapper'])) return 'optim_wrapper is not a dict';
  return undefined;
}

/** 3.x CocoDataset filters images without annotations only with `filter_cfg.filter_empty_gt=True`. */
export function filtersEmptyImagesMmengine(dataset: PyDict): boolean {
  const filterCfg = dataset['filter_cfg'];
  return isPyDict(filterCfg) && filterCfg['filter_empty_gt'] === true;
}
