import type { PyDict } from '../../python/value.ts';
import type { LrHookSpec } from '../../dialects/mmcv1/schedule/lrHookSpec.ts';
import type { Axis } from './axis.ts';
import type { NoteList } from './notes.ts';
import { toFloat } from './pyNumbers.ts';

/**
 * MMDetection 2.25's `YOLOXLrUpdaterHook` as MMEngine schedulers. Its warmup is
 * `base * ratio * ((i + 1) / W) ** 2` whatever the warmup word, which is MMDetection 3.x's
 * QuadraticWarmupLR over [0, W) when ratio is 1. Its cosine uses `progress + 1`, one step ahead
 * of an MMEngine scheduler, and is at the minimum from `max - last - 1` on: a CosineAnnealingLR
 * over [W - 1, max - last) with T_max = max - W - last reproduces both (step 0 at W - 1 is a
 * no-op; the last step lands on eta_min exactly). The 3.x yolox config's
 * CosineAnnealingLR(begin=W, end=max-last) + ConstantLR is one step behind and never reaches eta_min.
 */
export function mapYolox(
  hook: LrHookSpec,
  rule: Extract<LrHookSpec['rule'], { policy: 'YOLOX' }>,
  axis: Axis,
  warmupIters: number,
  notes: NoteList,
  path: string[],
): { schedulers: PyDict[]; exact: boolean } {
  let exact = true;
  if (axis.unit === 'epoch') {
    exact = false;
    notes.warn(
      [...path, 'by_epoch'],
      'YOLOX with by_epoch=True mixes epochs and iterations in MMCV (num_last_epochs is counted in iterations); the conversion below treats it per iteration and differs.',
      'by_epoch=True 的 YOLOX 在 MMCV 中混用 epoch 与迭代（num_last_epochs 按迭代计），下面的转换按迭代处理，结果不同。',
    );
  }
  const max = axis.unit === 'epoch' ? axis.maxEpochs * axis.itersPerEpoch : axis.maxProgress;
  const last = axis.itersPerEpoch * rule.numLastEpochs;
  const span = max - warmupIters - last;
  const schedulers: PyDict[] = [];
  if (hook.warmup !== null && warmupIters > 0) {
    schedulers.push({ type: 'QuadraticWarmupLR', by_epoch: false, begin: 0, end: warmupIters });
    if (hook.warmupRatio !== 1) {
      exact = false;
      notes.warn(
        [...path, 'warmup_ratio'],
        `QuadraticWarmupLR has no ratio; YOLOX's warmup_ratio=${hook.warmupRatio} scales its ramp, which is not kept.`,
        `QuadraticWarmupLR 没有比例参数；YOLOX 的 warmup_ratio=${hook.warmupRatio} 对预热曲线的缩放无法保留。`,
      );
    }
  }
  const eta: PyDict = rule.target.kind === 'ratio' ? { eta_min_ratio: toFloat(rule.target.value) } : { eta_min: toFloat(rule.target.value) };
  if (warmupIters < 1 || span < 1) {
    exact = false;
    notes.warn(
      path,
      'Without warmup iterations the YOLOX cosine is already one step in at iteration 0, which no MMEngine scheduler can start from; closest: a cosine from iteration 0.',
      '没有预热迭代时，YOLOX 的余弦在第 0 次迭代就已前进一步，MMEngine 调度器无法从这里开始；最接近的写法：从第 0 次迭代开始的余弦。',
    );
  }
  const begin = Math.max(warmupIters - 1, 0);
  schedulers.push({ type: 'CosineAnnealingLR', T_max: Math.max(span, 1), ...eta, by_epoch: false, begin, end: Math.max(max - last, begin + 1) });
  notes.info(
    path,
    `YOLOX: QuadraticWarmupLR over [0, ${warmupIters}), CosineAnnealingLR over [${begin}, ${max - last}) with T_max=${span}, then the minimum held (iterations for iters_per_epoch=${axis.itersPerEpoch}). The 3.x yolox config's CosineAnnealingLR(begin=${warmupIters}) runs one iteration behind MMCV's hook and never reaches the minimum.`,
    `YOLOX：QuadraticWarmupLR 作用于 [0, ${warmupIters})，CosineAnnealingLR 作用于 [${begin}, ${max - last})，T_max=${span}，之后保持下限（按 iters_per_epoch=${axis.itersPerEpoch} 换算）。3.x yolox 配置中的 CosineAnnealingLR(begin=${warmupIters}) 比 MMCV 慢一步，且永远到不了下限。`,
  );
  return { schedulers, exact };
}
