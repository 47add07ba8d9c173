import type { FieldSpec, SectionSpec } from '../../../../model/fieldSpec.ts';
import { t } from '../../../../model/sections/text.ts';
import { schedulerTypes } from '../schedulerTypes.ts';
import { changeSchedulerType } from '../schedulerChange.ts';

/**
 * `param_scheduler` is an ordered list of scheduler dicts picked by `type`, each with its own
 * arguments (paths relative to the scheduler's dict): the form adds, reorders and removes
 * entries, and switching an entry's type goes through `changeSchedulerType`.
 */
const field: FieldSpec = {
  path: ['param_scheduler'],
  type: { kind: 'hook-list', hookTypes: schedulerTypes, ordered: true, retype: changeSchedulerType },
  nullable: true,
  mmcvDefault: null,
  label: t('Parameter schedulers', '参数调度器'),
  help: t('Schedulers applied in list order, each over its own [begin, end); LR and momentum ones can be mixed.', '按列表顺序生效的调度器，各自作用于 [begin, end)；学习率与动量调度器可混用。'),
};

/** `param_scheduler = [dict(type='LinearLR', ...), ...]` (a single dict is also accepted by MMEngine). */
export const paramSchedulerSection: SectionSpec = {
  id: 'param_scheduler',
  title: t('Parameter schedule', '参数调度'),
  help: t('How learning rate and momentum change over training: warmup then decay, as a list of schedulers.', '训练中学习率与动量如何变化：以调度器列表表示的预热与衰减。'),
  fields: [field],
};
