/**
 * Intervals that count iterations when epochs were meant. Under IterBasedRunner MMCV defaults the
 * checkpoint hook to by_epoch=False (mmcv/runner/iter_based_runner.py:272) and MMDetection 2.x
 * sets the EvalHook's by_epoch from the runner type (mmdet/apis/train.py), so the 1x schedule's
 * `interval=1` saves and evaluates every iteration: 90,000 checkpoints on a 90k run.
 */
import { numberOf } from '../../python/value.ts';
import { checkpointFactsMmcv1, checkpointFactsMmengine } from '../checkpointFacts.ts';
import type { CheckpointFacts } from '../checkpointFacts.ts';
import { lengthIn, trainLengthMmcv1 } from '../facts.ts';
import { dictAt } from '../pyAccess.ts';
import { text } from '../text.ts';
import type { DiagnoseInput, Finding, Rule } from '../types.ts';

/** More saves or evaluations than this in one run is taken as a unit mistake. */
const TOO_MANY = 1000;

const tooFrequent = {
  id: 'schedule/interval-too-frequent',
  summary: 'checkpoint or evaluation interval counting iterations, firing thousands of times',
  reference: { source: 'mmcv v1.7.2 mmcv/runner/iter_based_runner.py:272', url: 'https://github.com/open-mmlab/mmcv/blob/v1.7.2/mmcv/runner/iter_based_runner.py#L272' },
};

/** MMEngine: the checkpoint hook only (validation follows the train loop's own unit). */
export const intervalTooFrequentMmengine: Rule = { ...tooFrequent, check: (input) => checkpointFindings(input, checkpointFactsMmengine(input)) };

/** MMCV: the checkpoint hook, and EvalHook whose by_epoch MMDetection 2.x takes from the runner. */
export const intervalTooFrequentMmcv1: Rule = {
  ...tooFrequent,
  check(input): Finding[] {
    const out = checkpointFindings(input, checkpointFactsMmcv1(input));
    const train = trainLengthMmcv1(input.config);
    const ev = dictAt(input.config, ['evaluation']);
    const interval = numberOf(ev?.interval) ?? 1;
    if (ev && train?.unit === 'iter' && train.length !== undefined && interval > 0 && train.length / interval > TOO_MANY) {
      out.push({
        severity: 'warning',
        path: ['evaluation', 'interval'],
        message: text(
          `evaluation interval=${interval} counts iterations under IterBasedRunner: validation would run ${Math.floor(train.length / interval)} times.`,
          `evaluation 的 interval=${interval} 在 IterBasedRunner 下按迭代计数：验证将运行 ${Math.floor(train.length / interval)} 次。`,
        ),
      });
    }
    return out;
  },
};

function checkpointFindings(input: DiagnoseInput, ck: CheckpointFacts | undefined): Finding[] {
  const out: Finding[] = [];
  const ckInterval = numberOf(ck?.section.interval);
  const ckTotal = ck ? lengthIn(ck.train, ck.unit, input.itersPerEpoch) : undefined;
  if (ck && ck.unit === 'iter' && ckInterval !== undefined && ckInterval > 0 && ckTotal !== undefined && ckTotal / ckInterval > TOO_MANY) {
    const n = Math.floor(ckTotal / ckInterval);
    out.push({
      severity: 'warning',
      path: [...ck.path, 'interval'],
      message: text(`interval=${ckInterval} counts iterations here: ${n} checkpoints would be written.`, `interval=${ckInterval} 在这里按迭代计数：将写入 ${n} 个检查点。`),
    });
  }
  return out;
}
