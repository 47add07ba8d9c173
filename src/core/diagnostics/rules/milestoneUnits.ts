/**
 * Milestones in the wrong unit or out of reach. Under IterBasedRunner MMCV's lr hook defaults to
 * by_epoch=False (mmcv/runner/iter_based_runner.py:274), so `step=[8, 11]` decays at iterations
 * 8 and 11 (mmseg #3113); the reverse, iteration counts under an epoch schedule, never decay.
 * An MMEngine MultiStepLR counts milestones from its `begin` and stops at its `end`: milestones at
 * or past `end` never fire (MMDetection 3.3 faster-rcnn_r50-caffe_fpn_ms-2x sets [16, 23] on a
 * scheduler ending at 12).
 */
import { canonicalLrPolicy } from '../../model/policies.ts';
import { reprPy } from '../../python/repr.ts';
import { lengthIn, mmcvHookUnit, trainLengthMmcv1 } from '../facts.ts';
import type { Unit } from '../facts.ts';
import { dictAt, numberAt, numbersOf } from '../pyAccess.ts';
import { resolvedSchedulers } from '../schedulerFacts.ts';
import { showPath, text } from '../text.ts';
import type { Finding, Rule } from '../types.ts';

const word: Record<Unit, [string, string]> = { epoch: ['epoch', 'epoch'], iter: ['iteration', '迭代'] };
/** Milestones all below 1% of an iteration schedule read as epoch numbers. */
const EPOCH_LIKE_FRACTION = 0.01;

function epochLike(steps: readonly number[], totalIters: number): boolean {
  return steps.length > 0 && Math.max(...steps) <= totalIters * EPOCH_LIKE_FRACTION;
}

function epochLikeFinding(path: string[], steps: number[], total: number): Finding {
  return {
    severity: 'warning',
    path,
    message: text(
      `${showPath(path)}=${reprPy(steps)} counts iterations here (the schedule steps per iteration, ${total} in all): these look like epoch numbers, so the decay happens in the first few iterations.`,
      `${showPath(path)}=${reprPy(steps)} 在这里按迭代计数（共 ${total} 次迭代）：这些数值像是 epoch，衰减会在最初几次迭代就发生。`,
    ),
  };
}

function beyondFinding(path: string[], late: number[], limit: number, unit: Unit, what: { en: string; zh: string }): Finding {
  // Epoch milestones a hundred times past the end are iteration counts under an epoch schedule (the reverse mistake).
  const iterationLike = unit === 'epoch' && Math.min(...late) >= limit * 100;
  const hint = iterationLike ? text(' They look like iteration counts, but this schedule counts epochs.', '它们看起来是迭代次数，但该调度按 epoch 计数。') : text('', '');
  return {
    severity: 'warning',
    path,
    message: text(
      `Milestones ${reprPy(late)} are at or past ${what.en} (${word[unit][0]} ${limit}): the learning rate never decays there.${hint.en}`,
      `里程碑 ${reprPy(late)} 位于${what.zh}（${word[unit][1]} ${limit}）或之后：学习率不会在那里衰减。${hint.zh}`,
    ),
  };
}

const epochMilestones = {
  id: 'schedule/epoch-milestones-under-iterations',
  summary: 'epoch-valued step/milestones under an iteration runner or by_epoch=False',
  reference: { source: 'mmcv v1.7.2 mmcv/runner/iter_based_runner.py:274; mmseg issue #3113', url: 'https://github.com/open-mmlab/mmsegmentation/issues/3113' },
};

/** MMCV: `lr_config.step` of a step policy whose hook counts iterations. */
export const epochMilestonesUnderIterationsMmcv1: Rule = {
  ...epochMilestones,
  check(input): Finding[] {
    const train = trainLengthMmcv1(input.config);
    const lr = dictAt(input.config, ['lr_config']);
    if (!lr || canonicalLrPolicy(lr.policy) !== 'step') return [];
    const steps = numbersOf(lr.step);
    const total = lengthIn(train, 'iter', input.itersPerEpoch);
    if (!steps || mmcvHookUnit(lr, train?.unit) !== 'iter' || total === undefined || !epochLike(steps, total)) return [];
    return [epochLikeFinding(['lr_config', 'step'], steps, total)];
  },
};

/** MMEngine: MultiStepLR/MultiStepMomentum milestones of a scheduler stepping per iteration. */
export const epochMilestonesUnderIterationsMmengine: Rule = {
  ...epochMilestones,
  check(input): Finding[] {
    return resolvedSchedulers(input).flatMap((s) => {
      if (s.unit !== 'iter' || (s.name !== 'MultiStepLR' && s.name !== 'MultiStepMomentum')) return [];
      const steps = numbersOf(s.entry.milestones);
      const span = s.end === undefined ? undefined : s.end - s.begin;
      return steps && span !== undefined && epochLike(steps, span) ? [epochLikeFinding([...s.path, 'milestones'], steps, span)] : [];
    });
  },
};

const beyondEnd = {
  id: 'schedule/milestone-beyond-end',
  summary: 'milestones beyond max_epochs/max_iters or beyond a scheduler\'s end',
  reference: { source: 'MMDetection v3.3.0 configs/faster_rcnn/faster-rcnn_r50-caffe_fpn_ms-2x_coco.py (milestones [16, 23], end=12)' },
};

/** MMCV: `lr_config.step` against the end of training. */
export const milestoneBeyondEndMmcv1: Rule = {
  ...beyondEnd,
  check(input): Finding[] {
    const train = trainLengthMmcv1(input.config);
    const lr = dictAt(input.config, ['lr_config']);
    if (!lr || canonicalLrPolicy(lr.policy) !== 'step') return [];
    const steps = numbersOf(lr.step);
    const unit = mmcvHookUnit(lr, train?.unit);
    const total = lengthIn(train, unit, input.itersPerEpoch);
    // The step hook decays once progress (0-based epoch or iteration) reaches a step: a step equal to the length never fires.
    const late = steps?.filter((s) => total !== undefined && s >= total) ?? [];
    return late.length > 0 && total !== undefined ? [beyondFinding(['lr_config', 'step'], late, total, unit, { en: 'the end of training', zh: '训练结束处' })] : [];
  },
};

/** MMEngine: MultiStep* milestones against their scheduler's end − begin. */
export const milestoneBeyondEndMmengine: Rule = {
  ...beyondEnd,
  check(input): Finding[] {
    return resolvedSchedulers(input).flatMap((s) => {
      if (!s.name.startsWith('MultiStep') || s.end === undefined) return [];
      const span = s.end - s.begin;
      const late = (numbersOf(s.entry.milestones) ?? []).filter((m) => m >= span);
      const atEnd = numberAt(s.entry, 'end') !== undefined;
      return late.length > 0
        ? [beyondFinding([...s.path, 'milestones'], late, span, s.unit, atEnd ? { en: "the scheduler's end − begin", zh: '调度器的 end − begin ' } : { en: 'the end of training', zh: '训练结束处' })]
        : [];
    });
  },
};
