import type { PyValue } from '../../python/value.ts';
import { isPyDict } from '../../python/value.ts';
import type { FieldSpec } from '../fieldSpec.ts';
import { t } from './text.ts';

/** True when the runner is IterBasedRunner, whose register_training_hooks defaults by_epoch to False. */
export function isIterRunner(config: Readonly<Record<string, PyValue>>): boolean {
  const runner = config.runner;
  return isPyDict(runner) && runner.type === 'IterBasedRunner';
}

/** Shown when the section's warmup is set (not None). */
export function hasWarmup(section: Readonly<Record<string, PyValue>>): boolean {
  return typeof section.warmup === 'string';
}

/** The warmup fields LrUpdaterHook and MomentumUpdaterHook share, under `key`. */
export function warmupFields(key: 'lr_config' | 'momentum_config', ratioDefault: PyValue, ratioHelp: { en: string; zh: string }): FieldSpec[] {
  return [
    {
      path: [key, 'warmup'],
      type: { kind: 'enum', options: ['constant', 'linear', 'exp'] },
      nullable: true,
      mmcvDefault: null,
      label: t('Warmup', '预热'),
      help: t("Warmup type: None (no warmup), 'constant', 'linear' or 'exp'.", "预热类型：None（不预热）、'constant'、'linear' 或 'exp'。"),
    },
    {
      path: [key, 'warmup_iters'],
      type: { kind: 'int', min: 1 },
      mmcvDefault: 0,
      visibleWhen: hasWarmup,
      label: t('Warmup iterations', '预热迭代数'),
      help: t('The number of iterations (or epochs with warmup_by_epoch) that warmup lasts.', '预热持续的迭代数（warmup_by_epoch 时为轮数）。'),
    },
    {
      path: [key, 'warmup_ratio'],
      type: { kind: 'float', min: 0, max: 1, minExclusive: true },
      mmcvDefault: ratioDefault,
      visibleWhen: hasWarmup,
      label: t('Warmup ratio', '预热比例'),
      help: ratioHelp,
    },
  ];
}
