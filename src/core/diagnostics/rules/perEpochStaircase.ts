/**
 * A smooth schedule that changes only at epoch boundaries. MMEngine schedulers default to
 * by_epoch=True and step once per epoch unless `convert_to_iter_based=True`
 * (mmengine/optim/scheduler/param_scheduler.py, build_iter_from_epoch); MMCV's lr hooks with
 * by_epoch=True (the default) compute the lr in before_train_epoch only
 * (mmcv/runner/hooks/lr_updater.py). Over a few dozen epochs a cosine or poly curve becomes a
 * staircase and a LinearLR warmup holds its start value for a whole epoch. MMDetection's own 3.x
 * recipes write `convert_to_iter_based=True` where they want a smooth curve, so a short per-epoch
 * curve is probably not meant; long ones (the 120-epoch SSD cosine) are near-smooth and pass.
 */
import { canonicalLrPolicy } from '../../model/policies.ts';
import { trainLengthMmcv1 } from '../facts.ts';
import { dictAt } from '../pyAccess.ts';
import { resolvedSchedulers } from '../schedulerFacts.ts';
import { showPath, text } from '../text.ts';
import type { DiagnoseInput, Finding, Rule } from '../types.ts';

const id = 'schedule/per-epoch-staircase';
const summary = 'a smooth lr curve stepped only once per epoch (a staircase)';
const reference = {
  source: 'mmengine v0.10.7 mmengine/optim/scheduler/param_scheduler.py (convert_to_iter_based); mmcv v1.7.2 mmcv/runner/hooks/lr_updater.py (by_epoch: get_lr in before_train_epoch)',
  url: 'https://github.com/open-mmlab/mmengine/blob/v0.10.7/mmengine/optim/scheduler/param_scheduler.py',
};

/** Spans of at most this many epochs show visible stairs (each at least 2% of the range). */
const MAX_EPOCHS = 50;

const smoothSchedulers = new Set(['CosineAnnealingLR', 'CosineRestartLR', 'PolyLR', 'ExponentialLR', 'LinearLR', 'QuadraticWarmupLR', 'OneCycleLR']);

function perIteration(input: DiagnoseInput): string {
  return input.itersPerEpoch !== undefined && input.itersPerEpoch > 1 ? ` (each stair is ${input.itersPerEpoch} iterations long)` : '';
}

function perIterationZh(input: DiagnoseInput): string {
  return input.itersPerEpoch !== undefined && input.itersPerEpoch > 1 ? `（每级台阶长 ${input.itersPerEpoch} 次迭代）` : '';
}

export const perEpochStaircaseMmengine: Rule = {
  id,
  summary,
  reference,
  check(input): Finding[] {
    return resolvedSchedulers(input).flatMap((s) => {
      // A written convert_to_iter_based (True or False) says what was meant.
      if (!s.lr || s.unit !== 'epoch' || !smoothSchedulers.has(s.name) || 'convert_to_iter_based' in s.entry || s.end === undefined) return [];
      const span = s.end - s.begin;
      if (span < 1 || span > MAX_EPOCHS) return [];
      return [
        {
          severity: 'info',
          path: s.path,
          message: text(
            `${showPath(s.path)} ${s.name} steps once per epoch: over ${span} epoch${span === 1 ? '' : 's'} its curve is ${span} flat stair${span === 1 ? '' : 's'}${perIteration(input)}. convert_to_iter_based=True makes it change every iteration.`,
            `${showPath(s.path)} ${s.name} 每个 epoch 只更新一次：在 ${span} 个 epoch 中曲线是 ${span} 级平台${perIterationZh(input)}。设置 convert_to_iter_based=True 可按迭代平滑变化。`,
          ),
          fix: { title: text('Set convert_to_iter_based=True', '设置 convert_to_iter_based=True'), edits: [{ op: 'set', path: [...s.path, 'convert_to_iter_based'], value: true }] },
        },
      ];
    });
  },
};

const smoothPolicies = new Set(['exp', 'poly', 'inv', 'CosineAnnealing', 'FlatCosineAnnealing', 'CosineRestart', 'LinearAnnealing']);

export const perEpochStaircaseMmcv1: Rule = {
  id,
  summary,
  reference,
  check(input): Finding[] {
    const lr = dictAt(input.config, ['lr_config']);
    const policy = canonicalLrPolicy(lr?.policy);
    const train = trainLengthMmcv1(input.config);
    // by_epoch=True is MMCV's default and what its recipes rely on: only the default is questioned,
    // a written by_epoch says what was meant. Under IterBasedRunner the default is False.
    const defaulted = lr?.by_epoch === undefined || lr.by_epoch === null;
    if (!lr || policy === undefined || !smoothPolicies.has(policy) || !defaulted || train?.unit !== 'epoch' || train.length === undefined) return [];
    const span = train.length;
    if (span < 1 || span > MAX_EPOCHS) return [];
    return [
      {
        severity: 'info',
        path: ['lr_config', 'policy'],
        message: text(
          `lr_config policy '${policy}' with by_epoch left at its default True changes the lr once per epoch: over ${span} epochs the curve is ${span} flat stairs${perIteration(input)}. by_epoch=False makes it change every iteration.`,
          `lr_config 策略 '${policy}' 在 by_epoch 默认为 True 时每个 epoch 只更新一次学习率：${span} 个 epoch 中曲线是 ${span} 级平台${perIterationZh(input)}。设置 by_epoch=False 可按迭代平滑变化。`,
        ),
        fix: { title: text('Set by_epoch=False', '设置 by_epoch=False'), edits: [{ op: 'set', path: ['lr_config', 'by_epoch'], value: false }] },
      },
    ];
  },
};
