/**
 * Each MMEngine scheduler's `end` when the config leaves it out: the Runner sets it to the train
 * loop's `max_epochs` (epoch schedulers) or `max_iters` (iteration ones), runner.py:1171. Shown as
 * info, so the range a scheduler acts over is never a guess. Under an IterBasedTrainLoop, which
 * reports max_epochs=1 (loops.py:226), an epoch scheduler without `end` stops after the first
 * epoch and the lr stays where it is for the rest of training (xtuner #386): a warning.
 */
import { trainLengthMmengine } from '../facts.ts';
import { resolvedSchedulers } from '../schedulerFacts.ts';
import { showPath, text } from '../text.ts';
import type { Finding, Rule } from '../types.ts';

export const schedulerResolvedEnd: Rule = {
  id: 'schedule/resolved-end',
  summary: "the end a scheduler without one gets from the train loop",
  reference: { source: 'mmengine v0.10.7 mmengine/runner/runner.py:1171; xtuner issue #386', url: 'https://github.com/InternLM/xtuner/issues/386' },
  check(input): Finding[] {
    const train = trainLengthMmengine(input.config);
    return resolvedSchedulers(input).flatMap((s): Finding[] => {
      if ('end' in s.entry || s.end === undefined) return [];
      const where = showPath(s.path);
      if (s.unit === 'epoch' && train?.unit === 'iter') {
        return [
          {
            severity: 'warning',
            path: s.path,
            message: text(
              `${where} ${s.name} has no end and counts epochs, but the IterBasedTrainLoop reports max_epochs=1: the Runner sets end=1, so it stops after the first epoch and the value stays there until ${showPath(train.path)}. Write end explicitly.`,
              `${where} ${s.name} 未写 end 且按 epoch 计数，而 IterBasedTrainLoop 的 max_epochs 为 1：Runner 将 end 设为 1，它在第一个 epoch 后就停止，之后数值保持不变直到 ${showPath(train.path)}。请显式写出 end。`,
            ),
            at: { unit: 'epoch', value: 1 },
          },
        ];
      }
      const unit = s.unit === 'epoch' ? ['epoch', 'max_epochs', '个 epoch'] : ['iteration', 'max_iters', '次迭代'];
      return [
        {
          severity: 'info',
          path: s.path,
          message: text(
            `${where} ${s.name} has no end: the Runner sets end=${s.end} (the train loop's ${unit[1]}), so it acts from ${unit[0]} ${s.begin} to ${s.end}.`,
            `${where} ${s.name} 未写 end：Runner 将 end 设为 ${s.end}（训练循环的 ${unit[1]}），作用范围为 ${s.begin} 到 ${s.end}${unit[2]}。`,
          ),
        },
      ];
    });
  },
};
