/** A warmup that outlasts training: the learning rate never reaches its base value (mmdet #7789). */
import { lengthIn, trainLengthMmcv1, trainLengthMmengine } from '../facts.ts';
import { dictAt, numberAt, truthyOr } from '../pyAccess.ts';
import { resolvedSchedulers, warmupClasses } from '../schedulerFacts.ts';
import { text } from '../text.ts';
import type { Finding, Rule } from '../types.ts';

const unitWord = { epoch: ['epochs', '个 epoch'], iter: ['iterations', '次迭代'] } as const;

const longerThanTraining = {
  id: 'schedule/warmup-longer-than-training',
  summary: 'warmup longer than the whole training',
  reference: { source: 'mmdet issue #7789', url: 'https://github.com/open-mmlab/mmdetection/issues/7789' },
};

/** MMCV: `lr_config.warmup_iters` (in epochs with warmup_by_epoch). */
export const warmupLongerThanTrainingMmcv1: Rule = {
  ...longerThanTraining,
  check(input): Finding[] {
    const train = trainLengthMmcv1(input.config);
    const lr = dictAt(input.config, ['lr_config']);
    const warmupIters = numberAt(lr, 'warmup_iters');
    if (!lr || !truthyOr(lr.warmup, false) || warmupIters === undefined) return [];
    // warmup_by_epoch counts warmup_iters in epochs; otherwise iterations, whatever by_epoch says.
    const unit = truthyOr(lr.warmup_by_epoch, false) ? 'epoch' : 'iter';
    const total = lengthIn(train, unit, input.itersPerEpoch);
    if (total === undefined || warmupIters <= total) return [];
    return [finding(['lr_config', 'warmup_iters'], warmupIters, total, unit)];
  },
};

/** MMEngine: the `end` of a warmup scheduler. */
export const warmupLongerThanTrainingMmengine: Rule = {
  ...longerThanTraining,
  check(input): Finding[] {
    const train = trainLengthMmengine(input.config);
    return resolvedSchedulers(input).flatMap((s) => {
      if (!s.lr || !warmupClasses.has(s.name) || s.end === undefined) return [];
      const total = lengthIn(train, s.unit, input.itersPerEpoch);
      if (total === undefined || s.end <= total) return [];
      return [finding([...s.path, 'end'], s.end, total, s.unit)];
    });
  },
};

function finding(path: string[], warmup: number, total: number, unit: 'epoch' | 'iter'): Finding {
  const [en, zh] = unitWord[unit];
  return {
    severity: 'warning',
    path,
    message: text(
      `The warmup lasts ${warmup} ${en} but training ends after ${total}: the learning rate never reaches its base value.`,
      `预热持续 ${warmup} ${zh}，而训练在 ${total} ${zh} 后结束：学习率永远达不到基础值。`,
    ),
  };
}
