/**
 * An absolute minimum learning rate under parameter groups with `lr_mult` (mmengine #1612). The
 * cosine and poly schedules anneal every group from its own initial lr toward the same absolute
 * value (MMEngine `eta_min`, MMCV `min_lr`): the groups lose their ratio at the end, and a group
 * whose initial lr (lr × lr_mult) is at or below that value climbs instead of decaying. The ratio
 * forms (`eta_min_ratio`, `min_lr_ratio`) scale with each group's lr.
 */
import { canonicalLrPolicy, minLrPairPolicies } from '../../model/policies.ts';
import { isPyDict, numberOf } from '../../python/value.ts';
import type { PyDict } from '../../python/value.ts';
import { dictAt, numberAt } from '../pyAccess.ts';
import { resolvedSchedulers } from '../schedulerFacts.ts';
import { showPath, text } from '../text.ts';
import type { Finding, Fix, Rule } from '../types.ts';

const id = 'schedule/absolute-min-with-lr-mult';
const summary = 'absolute eta_min / min_lr with lr_mult parameter groups';
const reference = { source: 'mmengine issue #1612', url: 'https://github.com/open-mmlab/mmengine/issues/1612' };

interface Group {
  name: string;
  mult: number;
}

/** The lr multipliers paramwise_cfg gives groups: `custom_keys[*].lr_mult` and `bias_lr_mult` (DefaultOptimizerConstructor / DefaultOptimWrapperConstructor). */
function multipliedGroups(paramwise: PyDict | undefined): Group[] {
  if (!paramwise) return [];
  const out: Group[] = [];
  const keys = paramwise.custom_keys;
  if (isPyDict(keys)) {
    for (const [name, v] of Object.entries(keys)) {
      const mult = isPyDict(v) ? numberOf(v.lr_mult) : undefined;
      if (mult !== undefined && mult !== 1) out.push({ name, mult });
    }
  }
  const bias = numberOf(paramwise.bias_lr_mult);
  if (bias !== undefined && bias !== 1) out.push({ name: 'bias', mult: bias });
  return out;
}

function finding(path: string[], key: string, min: number, lr: number, groups: Group[], fix: Fix | undefined): Finding {
  const low = groups.filter((g) => lr * g.mult <= min);
  const shown = (low.length > 0 ? low : groups).map((g) => `'${g.name}' (lr_mult=${g.mult}, starts at ${Number((lr * g.mult).toPrecision(6))})`).join(', ');
  const message =
    low.length > 0
      ? text(
          `${showPath([...path, key])}=${min} is an absolute learning rate for every parameter group: ${shown} starts at or below it, so its learning rate climbs toward ${min} instead of decaying.`,
          `${showPath([...path, key])}=${min} 是所有参数组共用的绝对学习率：${shown} 的初始学习率不高于它，因此学习率会向 ${min} 上升而不是衰减。`,
        )
      : text(
          `${showPath([...path, key])}=${min} is an absolute learning rate for every parameter group: ${shown} also ends at ${min}, so the groups lose their lr_mult ratio by the end.`,
          `${showPath([...path, key])}=${min} 是所有参数组共用的绝对学习率：${shown} 最终也降到 ${min}，训练结束时各组失去 lr_mult 比例。`,
        );
  return { severity: low.length > 0 ? 'warning' : 'info', path: [...path, key], message, ...(fix ? { fix } : {}) };
}

function ratioFix(path: string[], from: string, to: string, ratio: number): Fix {
  const r = Number(ratio.toPrecision(6));
  return { title: text(`Use ${to}=${r} (scales with each group)`, `改用 ${to}=${r}（随各组学习率缩放）`), edits: [{ op: 'delete', path: [...path, from] }, { op: 'set', path: [...path, to], value: r }] };
}

/** MMEngine: CosineAnnealingLR / CosineRestartLR (which also take eta_min_ratio) and PolyLR (eta_min only). */
export const absoluteMinWithLrMultMmengine: Rule = {
  id,
  summary,
  reference,
  check(input): Finding[] {
    const wrapper = dictAt(input.config, ['optim_wrapper']);
    const lr = numberAt(dictAt(input.config, ['optim_wrapper', 'optimizer']), 'lr');
    const groups = multipliedGroups(isPyDict(wrapper?.paramwise_cfg) ? wrapper.paramwise_cfg : undefined);
    if (lr === undefined || lr <= 0 || groups.length === 0) return [];
    return resolvedSchedulers(input).flatMap((s) => {
      const min = numberAt(s.entry, 'eta_min');
      if (min === undefined || min <= 0 || !['CosineAnnealingLR', 'CosineRestartLR', 'PolyLR'].includes(s.name)) return [];
      const fix = s.name === 'PolyLR' ? undefined : ratioFix(s.path, 'eta_min', 'eta_min_ratio', min / lr);
      return [finding(s.path, 'eta_min', min, lr, groups, fix)];
    });
  },
};

/** MMCV: the hooks taking min_lr or min_lr_ratio (CosineAnnealing, FlatCosineAnnealing, CosineRestart, LinearAnnealing) and Poly (min_lr only). */
export const absoluteMinWithLrMultMmcv1: Rule = {
  id,
  summary,
  reference,
  check(input): Finding[] {
    const optimizer = dictAt(input.config, ['optimizer']);
    const lrConfig = dictAt(input.config, ['lr_config']);
    const lr = numberAt(optimizer, 'lr');
    const groups = multipliedGroups(isPyDict(optimizer?.paramwise_cfg) ? optimizer.paramwise_cfg : undefined);
    const min = numberAt(lrConfig, 'min_lr');
    const policy = canonicalLrPolicy(lrConfig?.policy);
    if (lr === undefined || lr <= 0 || groups.length === 0 || min === undefined || min <= 0) return [];
    if (policy === undefined || (policy !== 'poly' && !minLrPairPolicies.includes(policy))) return [];
    const fix = policy === 'poly' ? undefined : ratioFix(['lr_config'], 'min_lr', 'min_lr_ratio', min / lr);
    return [finding(['lr_config'], 'min_lr', min, lr, groups, fix)];
  },
};
