/**
 * CosineAnnealing* with `T_max` other than its range: MMEngine's CosineAnnealingParamScheduler
 * keeps following the cosine past T_max, so a shorter T_max makes the value climb back up
 * before `end`, a longer one stops before the minimum (eta_min) is reached.
 */
import { numberAt } from '../pyAccess.ts';
import { resolvedSchedulers } from '../schedulerFacts.ts';
import { text } from '../text.ts';
import type { Finding, Rule } from '../types.ts';

export const cosineTmaxMismatch: Rule = {
  id: 'schedule/cosine-tmax-mismatch',
  summary: 'cosine T_max different from end − begin',
  reference: { source: 'mmengine v0.10.7 mmengine/optim/scheduler/param_scheduler.py (CosineAnnealingParamScheduler)', url: 'https://github.com/open-mmlab/mmengine/blob/v0.10.7/mmengine/optim/scheduler/param_scheduler.py' },
  check(input): Finding[] {
    return resolvedSchedulers(input).flatMap((s) => {
      const tMax = numberAt(s.entry, 'T_max');
      if (!s.name.startsWith('CosineAnnealing') || tMax === undefined || s.end === undefined) return [];
      const span = s.end - s.begin;
      if (tMax === span) return [];
      const shorter = tMax < span;
      return [
        {
          severity: 'warning',
          path: [...s.path, 'T_max'],
          message: shorter
            ? text(`T_max=${tMax} is shorter than end − begin = ${span}: after ${tMax} steps the value climbs back up until end.`, `T_max=${tMax} 小于 end − begin = ${span}：${tMax} 步之后数值会重新上升直到 end。`)
            : text(`T_max=${tMax} is longer than end − begin = ${span}: the scheduler stops before reaching its minimum.`, `T_max=${tMax} 大于 end − begin = ${span}：调度器在达到最小值之前就停止了。`),
          fix: { title: text(`Set T_max=${span}`, `将 T_max 设为 ${span}`), edits: [{ op: 'set', path: [...s.path, 'T_max'], value: span }] },
        },
      ];
    });
  },
};
