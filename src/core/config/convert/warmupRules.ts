import type { PyDict } from '../../python/value.ts';
import type { WarmupKind } from '../../dialects/mmcv1/schedule/lrHookSpec.ts';
import type { NoteList } from './notes.ts';
import { toFloat } from './pyNumbers.ts';

/**
 * MMCV 1.7.2's lr warmup (`get_warmup_lr`, iterations [0, warmup_iters)) as MMEngine schedulers
 * stepping per iteration. MMCV's factor reaches 1 at iteration `warmup_iters`; an MMEngine
 * scheduler over [begin, end) makes its last change at step end - 1, so every warmup here ends
 * at `warmup_iters + 1` (the migration guide's `end=warmup_iters` finishes one step early).
 * The factors multiply the current value, as MMCV multiplies the regular lr.
 */
export function mapLrWarmup(kind: WarmupKind, ratio: number, warmupIters: number, notes: NoteList, path: string[]): PyDict[] {
  const end = warmupIters + 1;
  switch (kind) {
    case 'linear':
      notes.info(
        [...path, 'warmup_iters'],
        `LinearLR(start_factor=${ratio}, end=${end}): MMCV reaches the full lr at iteration ${warmupIters} and LinearLR at step end - 1, so end is warmup_iters + 1. The migration guide's end=${warmupIters} ends one iteration early and differs from iteration 1 on.`,
        `LinearLR(start_factor=${ratio}, end=${end})：MMCV 在第 ${warmupIters} 次迭代达到完整学习率，LinearLR 在第 end - 1 步达到，所以 end 取 warmup_iters + 1。迁移文档的 end=${warmupIters} 会提前一步结束，从第 1 次迭代起就不同。`,
      );
      return [{ type: 'LinearLR', start_factor: toFloat(ratio), by_epoch: false, begin: 0, end }];
    case 'constant':
      notes.info(
        [...path, 'warmup_iters'],
        `ConstantLR(factor=${ratio}, end=${end}): ConstantLR restores the lr at step end - 1, MMCV at iteration warmup_iters, so end is warmup_iters + 1 (end=${warmupIters} would restore it one iteration early).`,
        `ConstantLR(factor=${ratio}, end=${end})：ConstantLR 在第 end - 1 步恢复学习率，MMCV 在第 warmup_iters 次迭代恢复，所以 end 取 warmup_iters + 1（end=${warmupIters} 会提前一步恢复）。`,
      );
      return [{ type: 'ConstantLR', factor: toFloat(ratio), by_epoch: false, begin: 0, end }];
    case 'exp': {
      // ratio ** (1 - i / W) = ratio * g ** i with g = ratio ** (-1 / W): hold the ratio, then grow by g.
      const gamma = ratio ** (-1 / warmupIters);
      notes.info(
        [...path, 'warmup'],
        `warmup='exp' rises from ratio to 1 as ratio ** (1 - i / warmup_iters). The migration guide's ExponentialLR(gamma=ratio) decays instead. Exact equivalent used: LinearLR(start_factor=end_factor=${ratio}) keeps the ratio, ExponentialLR(gamma=${gamma}) over [0, ${end}) multiplies it back to 1.`,
        `warmup='exp' 按 ratio ** (1 - i / warmup_iters) 从 ratio 升到 1。迁移文档中的 ExponentialLR(gamma=ratio) 实际上是衰减。这里用精确等价写法：LinearLR(start_factor=end_factor=${ratio}) 保持该比例，ExponentialLR(gamma=${gamma}) 在 [0, ${end}) 内把它乘回 1。`,
      );
      return [
        { type: 'LinearLR', start_factor: toFloat(ratio), end_factor: toFloat(ratio), by_epoch: false, begin: 0, end },
        { type: 'ExponentialLR', gamma: toFloat(gamma), by_epoch: false, begin: 0, end },
      ];
    }
  }
}
